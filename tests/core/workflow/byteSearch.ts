/**
 * Searches every readable file under a folder for a secret: as raw UTF-8, UTF-16 (LE/BE), base64
 * (every alignment, standard and URL alphabets), hex (both cases) and percent-encoded, and the same
 * inside gzip members, zlib streams (anywhere in a file, e.g. PDF streams) and zip entries.
 */
import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Needle {
  label: string;
  bytes: Buffer;
}

export interface Hit {
  file: string;
  needle: string;
  /** "raw", "gzip", "zlib@123", "zip:name". */
  layer: string;
}

/** The forms a secret can take when something encodes it on its way to disk. */
export function needlesFor(secret: string): Needle[] {
  const utf8 = Buffer.from(secret, 'utf8');
  const utf16le = Buffer.from(secret, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const needles: Needle[] = [
    { label: 'utf8', bytes: utf8 },
    { label: 'utf16le', bytes: utf16le },
    { label: 'utf16be', bytes: utf16be },
    { label: 'hex', bytes: Buffer.from(utf8.toString('hex')) },
    { label: 'HEX', bytes: Buffer.from(utf8.toString('hex').toUpperCase()) },
    { label: 'percent', bytes: Buffer.from(encodeURIComponent(secret)) },
  ];
  for (const [name, source] of [['utf8', utf8], ['utf16le', utf16le]] as const) {
    for (let k = 0; k < 3; k++) {
      // Only the base64 characters fully determined by the secret's bytes, whatever precedes or follows it.
      const enc = Buffer.concat([Buffer.alloc(k), source]).toString('base64');
      const start = [0, 2, 3][k] as number;
      const end = Math.floor((k + source.length) / 3) * 4;
      const core = enc.slice(start, end);
      needles.push({ label: `base64(${name},+${k})`, bytes: Buffer.from(core) });
      needles.push({ label: `base64url(${name},+${k})`, bytes: Buffer.from(core.replace(/\+/g, '-').replace(/\//g, '_')) });
    }
  }
  return needles;
}

const LENIENT = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
/** Decompressed layers are capped: a secret is short, a false zlib header can inflate garbage. */
const MAX_STREAM = 8 * 1024 * 1024;

function tryInflate(fn: () => Buffer): Buffer | null {
  try {
    const out = fn();
    return out.length > 0 ? out : null;
  } catch {
    return null;
  }
}

/** The decoded layers inside a buffer (one level; the caller recurses). */
export function layersOf(buf: Buffer): { layer: string; bytes: Buffer }[] {
  const layers: { layer: string; bytes: Buffer }[] = [];
  if (buf[0] === 0x1f && buf[1] === 0x8b) {
    const out = tryInflate(() => zlib.gunzipSync(buf, LENIENT));
    if (out) layers.push({ layer: 'gzip', bytes: out });
  }
  // zlib streams: 0x78 then a FLG byte making (CMF*256+FLG) % 31 == 0.
  for (let i = buf.indexOf(0x78); i !== -1 && i < buf.length - 2; i = buf.indexOf(0x78, i + 1)) {
    const flg = buf[i + 1] as number;
    if ((0x78 * 256 + flg) % 31 !== 0) continue;
    const out = tryInflate(() => zlib.inflateSync(buf.subarray(i, i + MAX_STREAM), LENIENT));
    if (out && out.length > 4) layers.push({ layer: `zlib@${i}`, bytes: out });
  }
  // zip local file headers "PK\3\4": stored (0) or deflated (8) entries.
  for (let i = buf.indexOf('PK\u0003\u0004'); i !== -1; i = buf.indexOf('PK\u0003\u0004', i + 4)) {
    if (i + 30 > buf.length) break;
    const method = buf.readUInt16LE(i + 8);
    const size = buf.readUInt32LE(i + 18);
    const nameLen = buf.readUInt16LE(i + 26);
    const extraLen = buf.readUInt16LE(i + 28);
    const name = buf.subarray(i + 30, i + 30 + nameLen).toString('utf8');
    const start = i + 30 + nameLen + extraLen;
    // Entries written with a data descriptor have size 0 here: read to the end of the stream.
    const body = buf.subarray(start, size > 0 ? start + size : Math.min(buf.length, start + MAX_STREAM));
    const out = method === 8 ? tryInflate(() => zlib.inflateRawSync(body, LENIENT)) : method === 0 ? body : null;
    if (out) layers.push({ layer: `zip:${name}`, bytes: out });
  }
  return layers;
}

export function searchBuffer(buf: Buffer, needles: readonly Needle[], layer = 'raw', depth = 0): { needle: string; layer: string }[] {
  const hits: { needle: string; layer: string }[] = [];
  for (const n of needles) if (buf.includes(n.bytes)) hits.push({ needle: n.label, layer });
  if (depth < 2) for (const l of layersOf(buf)) hits.push(...searchBuffer(l.bytes, needles, `${layer}>${l.layer}`, depth + 1));
  return hits;
}

/**
 * Where to look. `since` (ms): only files written at or after it — the machine's temp folder holds
 * other processes' files (a clone of the repository with its node_modules, other tests), which this
 * test did not write and must not spend minutes reading. Folders that are never temp output
 * (`node_modules`, `.git`) are skipped when `since` is given.
 */
export interface SearchScope {
  since?: number;
}

const NOT_TEMP_OUTPUT = new Set(['node_modules', '.git']);

/**
 * The file system's "now" (a marker file's mtime), for `SearchScope.since`: file times come from the
 * file system's clock, which the suite's injected clock does not move.
 */
export async function fileSystemNow(dir: string): Promise<number> {
  const marker = path.join(dir, `.since-${process.pid}-${Math.random().toString(36).slice(2)}`);
  await fs.writeFile(marker, '');
  try {
    return (await fs.stat(marker)).mtimeMs;
  } finally {
    await fs.rm(marker, { force: true });
  }
}

/** Every regular file under `root` that this process can read (others are skipped, as the brief allows). */
export async function* readableFiles(root: string, scope: SearchScope = {}): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(root, e.name);
    if (e.isDirectory()) {
      if (scope.since === undefined || !NOT_TEMP_OUTPUT.has(e.name)) yield* readableFiles(full, scope);
    } else if (e.isFile()) {
      if (scope.since !== undefined) {
        // Coarse file-system timestamps (FAT, some overlays): a second of slack.
        const mtime = await fs.stat(full).then((st) => st.mtimeMs, () => -Infinity);
        if (mtime < scope.since - 1_000) continue;
      }
      yield full;
    }
  }
}

export async function searchTree(root: string, needles: readonly Needle[], scope: SearchScope = {}): Promise<{ files: number; bytes: number; hits: Hit[] }> {
  const hits: Hit[] = [];
  let files = 0;
  let bytes = 0;
  for await (const file of readableFiles(root, scope)) {
    let buf: Buffer;
    try {
      buf = await fs.readFile(file);
    } catch {
      continue; // unreadable (permissions) or gone meanwhile (other processes use the temp folder)
    }
    files += 1;
    bytes += buf.length;
    for (const h of searchBuffer(buf, needles)) hits.push({ file, ...h });
  }
  return { files, bytes, hits };
}
