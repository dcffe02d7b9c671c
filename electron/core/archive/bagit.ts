/**
 * BagIt 1.0 text formats (RFC 8493 §2): `bagit.txt`, manifest lines, `bag-info.txt` and Payload-Oxum.
 * Pure functions over strings; the writer (bagWriter.ts) and the validator (bagValidator.ts) share
 * them, so what we write is exactly what we accept.
 */

/** RFC 8493 §2.1.1: exactly these two lines (UTF-8, no BOM). */
export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/** The algorithms every bag of ours carries (RFC 8493 §2.4: tools must support SHA-256 and SHA-512). */
export const BAG_ALGORITHMS = ['sha256', 'sha512'] as const;
export type BagAlgorithm = (typeof BAG_ALGORITHMS)[number];
export type Digests = Record<BagAlgorithm, string>;

/** Digest lengths (hex) of the algorithms a manifest may name; others are reported as unsupported. */
export const DIGEST_HEX_LENGTH: Record<string, number> = { md5: 32, sha1: 40, sha256: 64, sha512: 128 };

export const manifestName = (alg: string) => `manifest-${alg}.txt`;
export const tagManifestName = (alg: string) => `tagmanifest-${alg}.txt`;
export const MANIFEST_RE = /^manifest-([a-z0-9]+)\.txt$/;
export const TAG_MANIFEST_RE = /^tagmanifest-([a-z0-9]+)\.txt$/;

/** RFC 8493 §2.1.3: in manifest paths only CR, LF and `%` are percent-encoded. */
export function encodeManifestPath(p: string): string {
  return p.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function decodeManifestPath(p: string): string {
  return p.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

export interface ManifestEntry {
  path: string;
  digest: string;
}

/** One line per file: `<checksum>  <path>` (two spaces, as sha256sum writes; RFC 8493 §2.1.3 allows any whitespace). */
export function manifestText(entries: readonly ManifestEntry[]): string {
  return entries.map((e) => `${e.digest}  ${encodeManifestPath(e.path)}\n`).join('');
}

export interface ParsedManifest {
  entries: ManifestEntry[];
  /** 1-based numbers and text of lines that are not `<hex checksum> <path>`. */
  badLines: { line: number; text: string }[];
}

/** Lines end in LF, CRLF or CR (RFC 8493 §2.1.3); a trailing empty line is not an entry. */
export function parseManifest(text: string, alg: string): ParsedManifest {
  const entries: ManifestEntry[] = [];
  const badLines: ParsedManifest['badLines'] = [];
  const hexLength = DIGEST_HEX_LENGTH[alg];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  for (const [i, line] of lines.entries()) {
    const m = /^([0-9a-fA-F]+)[ \t]+(.+)$/.exec(line);
    if (!m || (hexLength !== undefined && (m[1] as string).length !== hexLength)) {
      badLines.push({ line: i + 1, text: line });
      continue;
    }
    entries.push({ digest: (m[1] as string).toLowerCase(), path: decodeManifestPath(m[2] as string) });
  }
  return { entries, badLines };
}

/** Paths inside the bag: relative, "/"-separated, no "." or ".." segments (RFC 8493 §2.1.3, §5.2). */
export function isSafeBagPath(p: string): boolean {
  if (p === '' || p.startsWith('/') || p.includes('\\') || /^[A-Za-z]:/.test(p)) return false;
  return p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}

export type BagInfo = ReadonlyArray<readonly [label: string, value: string]>;

/** RFC 8493 §2.2.2 recommends lines of at most 79 characters; longer values are folded. */
const MAX_LINE = 79;

/**
 * `Label: value` lines; a long value is folded at spaces onto continuation lines that start with two
 * spaces (RFC 8493 §2.2.2). Values keep their words; a single word longer than a line stays whole.
 */
export function bagInfoText(info: BagInfo): string {
  let out = '';
  for (const [label, raw] of info) {
    if (!/^[^:\s][^:\r\n]*$/.test(label)) throw new Error(`bag-info label not allowed: ${label}`);
    const value = raw.replace(/\s+/g, ' ').trim();
    const words = value.split(' ');
    let line = `${label}:`;
    let first = true;
    for (const w of words) {
      if (!first && line.length + 1 + w.length > MAX_LINE) {
        out += `${line}\n`;
        line = `  ${w}`;
      } else line += ` ${w}`;
      first = false;
    }
    out += `${line}\n`;
  }
  return out;
}

export interface ParsedBagInfo {
  /** In file order; a label may repeat (RFC 8493 §2.2.2). */
  fields: Array<[string, string]>;
  badLines: { line: number; text: string }[];
}

export function parseBagInfo(text: string): ParsedBagInfo {
  const fields: Array<[string, string]> = [];
  const badLines: ParsedBagInfo['badLines'] = [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  for (const [i, line] of lines.entries()) {
    const last = fields.at(-1);
    if (/^[ \t]/.test(line)) {
      // Continuation of the previous value (folded, §2.2.2).
      if (last) last[1] = `${last[1]} ${line.trim()}`;
      else badLines.push({ line: i + 1, text: line });
      continue;
    }
    const m = /^([^:]+?)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (!m) {
      badLines.push({ line: i + 1, text: line });
      continue;
    }
    fields.push([m[1] as string, (m[2] as string).trim()]);
  }
  return { fields, badLines };
}

export function fieldValues(info: ParsedBagInfo, label: string): string[] {
  const wanted = label.toLowerCase();
  return info.fields.filter(([l]) => l.toLowerCase() === wanted).map(([, v]) => v);
}

/** RFC 8493 §2.2.2: "<octet count>.<stream count>" of the payload. */
export function payloadOxum(bytes: number, files: number): string {
  return `${bytes}.${files}`;
}

export function parseOxum(value: string): { bytes: number; files: number } | null {
  const m = /^(\d+)\.(\d+)$/.exec(value.trim());
  return m ? { bytes: Number(m[1]), files: Number(m[2]) } : null;
}

/** `bagit.txt` checked line by line: the version the profile accepts and UTF-8 (RFC 8493 §2.1.1). */
export function checkBagitTxt(text: string, acceptVersions: readonly string[]): string | null {
  if (text.charCodeAt(0) === 0xfeff) return 'bagit.txt diawali BOM; RFC 8493 §2.1.1 melarangnya.';
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  if (lines.length !== 2) return `bagit.txt harus berisi tepat 2 baris; tertulis ${lines.length}.`;
  const version = /^BagIt-Version: (\d+\.\d+)$/.exec(lines[0] as string);
  if (!version) return `Baris pertama bagit.txt harus "BagIt-Version: M.N"; tertulis "${lines[0]}".`;
  if (!acceptVersions.includes(version[1] as string)) return `Versi BagIt ${version[1]} tidak diterima (yang diterima: ${acceptVersions.join(', ')}).`;
  if (lines[1] !== 'Tag-File-Character-Encoding: UTF-8') return `Baris kedua bagit.txt harus "Tag-File-Character-Encoding: UTF-8"; tertulis "${lines[1]}".`;
  return null;
}
