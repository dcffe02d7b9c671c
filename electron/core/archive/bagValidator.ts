/**
 * Validates a bag on disk against RFC 8493 and the archive profile: *complete* (bagit.txt, data/,
 * the required manifests, every payload file listed exactly once and every listed file present) and
 * *valid* (every checksum of every manifest and tag manifest matches), plus Payload-Oxum and the
 * profile's bag-info labels (RFC 8493 §3). Every finding is a named problem, never a bare "invalid".
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BagProblem, BagReport } from '../../../shared/contract/features/archive';
import {
  checkBagitTxt, DIGEST_HEX_LENGTH, fieldValues, isSafeBagPath, MANIFEST_RE, parseBagInfo, parseManifest, parseOxum, TAG_MANIFEST_RE,
  type ManifestEntry, type ParsedBagInfo,
} from './bagit';
import { hashFileWith, isUnsupportedAlgorithm } from './fixity';
import { ARCHIVE_PROFILE, type BagitProfile } from './profile';

export interface ValidateOptions {
  /** Profile whose labels, manifests and tag files are required (default: the archive profile). */
  profile?: BagitProfile;
  /**
   * The manifests whose payload checksums are recomputed (default: all). Every manifest is still
   * checked for completeness and, through the tag manifests, for its own integrity; the scheduled
   * fixity audit and the exporter's check of the copy it has just written recompute sha256 only (its
   * other digests came from the same bytes in the same pass), so a pass costs one hash per payload byte.
   */
  payloadAlgorithms?: readonly string[];
}

/** What the validator read, for checks layered on top (audit trail, letters: verifyArchiveBag). */
export interface BagContents {
  report: BagReport;
  bagInfo: ParsedBagInfo | null;
}

const COMPLETENESS: ReadonlySet<BagProblem['code']> = new Set([
  'missing_bagit_txt', 'bad_bagit_txt', 'missing_payload_dir', 'missing_manifest', 'bad_manifest_line', 'missing_file', 'unlisted_file', 'unreadable',
]);

async function readText(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Every regular file under `dir`, as "/"-joined paths relative to `base`. */
async function walk(base: string, dir: string, out: string[], problems: BagProblem[]): Promise<void> {
  const entries = await fs.readdir(path.join(base, dir), { withFileTypes: true });
  for (const e of entries) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) await walk(base, rel, out, problems);
    else if (e.isFile()) out.push(rel);
    else problems.push({ code: 'unlisted_file', path: rel, message: `${rel} bukan berkas biasa (tautan atau perangkat); bag hanya boleh berisi berkas.` });
  }
}

export async function validateBag(bagDir: string, options: ValidateOptions = {}): Promise<BagContents> {
  const profile = options.profile ?? ARCHIVE_PROFILE;
  const problems: BagProblem[] = [];
  const add = (code: BagProblem['code'], p: string, message: string) => problems.push({ code, path: p, message });
  let payloadFiles = 0;
  let payloadBytes = 0;
  let bagInfo: ParsedBagInfo | null = null;
  try {
    const st = await fs.stat(bagDir).catch(() => null);
    if (!st?.isDirectory()) {
      add('unreadable', '', `Folder bag ${bagDir} tidak ditemukan atau bukan folder.`);
      return { report: finish(bagDir, problems, 0, 0), bagInfo };
    }

    // RFC 8493 §2.1.1 bagit.txt.
    const bagitTxt = await readText(path.join(bagDir, 'bagit.txt'));
    if (bagitTxt === null) add('missing_bagit_txt', 'bagit.txt', 'bagit.txt tidak ada: folder ini bukan bag BagIt (RFC 8493 §2.1.1).');
    else {
      const bad = checkBagitTxt(bagitTxt, profile['Accept-BagIt-Version']);
      if (bad) add('bad_bagit_txt', 'bagit.txt', bad);
    }

    // §2.1.2 the payload directory.
    const dataSt = await fs.stat(path.join(bagDir, 'data')).catch(() => null);
    const payload: string[] = [];
    if (!dataSt?.isDirectory()) add('missing_payload_dir', 'data', 'Folder data/ (isi arsip) tidak ada (RFC 8493 §2.1.2).');
    else await walk(bagDir, 'data', payload, problems);

    const top = await fs.readdir(bagDir, { withFileTypes: true });
    const topFiles = top.filter((e) => e.isFile()).map((e) => e.name);
    const manifestAlgs = topFiles.flatMap((n) => MANIFEST_RE.exec(n)?.[1] ?? []).sort();
    const tagManifestAlgs = topFiles.flatMap((n) => TAG_MANIFEST_RE.exec(n)?.[1] ?? []).sort();
    if (manifestAlgs.length === 0) add('missing_manifest', '', 'Tidak ada manifest-<algoritma>.txt; setiap bag wajib memilikinya (RFC 8493 §2.1.3).');
    for (const alg of profile['Manifests-Required'])
      if (!manifestAlgs.includes(alg)) add('missing_manifest', `manifest-${alg}.txt`, `manifest-${alg}.txt tidak ada; profil arsip mewajibkannya.`);
    for (const alg of profile['Tag-Manifests-Required'])
      if (!tagManifestAlgs.includes(alg)) add('bad_tag_manifest', `tagmanifest-${alg}.txt`, `tagmanifest-${alg}.txt tidak ada; profil arsip mewajibkannya.`);
    for (const name of profile['Tag-Files-Required'])
      if (!topFiles.includes(name)) add('missing_file', name, `Berkas tag ${name} tidak ada; profil arsip mewajibkannya.`);

    // §2.1.3 payload manifests: each lists every payload file exactly once.
    const payloadSet = new Set(payload);
    const wanted = new Map<string, Map<string, string>>(); // path → alg → digest
    const chosen = manifestAlgs.filter((a) => options.payloadAlgorithms?.includes(a) ?? true);
    // A bag without any of the chosen manifests is checked with all of its own.
    const recompute = new Set(chosen.length > 0 ? chosen : manifestAlgs);
    for (const alg of manifestAlgs) {
      const name = `manifest-${alg}.txt`;
      if (isUnsupportedAlgorithm(alg) || DIGEST_HEX_LENGTH[alg] === undefined) {
        add('bad_manifest_line', name, `Algoritma ${alg} pada ${name} tidak didukung; gunakan sha256 atau sha512.`);
        continue;
      }
      const listed = checkManifestLines(name, parseManifest((await readText(path.join(bagDir, name))) ?? '', alg), problems, (p) => p.startsWith('data/'));
      for (const e of listed) {
        if (!payloadSet.has(e.path)) add('missing_file', e.path, `${e.path} tercantum di ${name} tetapi berkasnya tidak ada.`);
        else if (recompute.has(alg)) setWanted(wanted, e.path, alg, e.digest);
      }
      const names = new Set(listed.map((e) => e.path));
      for (const p of payload) if (!names.has(p)) add('unlisted_file', p, `${p} ada di data/ tetapi tidak tercantum di ${name}.`);
    }

    // Hash each payload file once, with every manifest's algorithm (its size is what was read).
    for (const p of payload) {
      const algs = wanted.get(p);
      payloadFiles += 1;
      if (!algs) {
        payloadBytes += (await fs.stat(path.join(bagDir, p))).size;
        continue;
      }
      const got = await hashFileWith(path.join(bagDir, p), [...algs.keys()]);
      payloadBytes += got.bytes;
      for (const [alg, digest] of algs)
        if (got.digests[alg] !== digest) add('checksum_mismatch', p, `Isi ${p} berubah: checksum ${alg} tidak cocok dengan manifest-${alg}.txt.`);
    }

    // §2.2.1 tag manifests: every listed tag file exists and matches; every tag file is listed.
    const tagFiles = topFiles.filter((n) => !TAG_MANIFEST_RE.test(n));
    // Problems keep the order of the manifests: each manifest's own, then its files'.
    const tagLists: Array<{ alg: string; name: string; lines: BagProblem[]; listed: ManifestEntry[] | null }> = [];
    const tagWanted = new Map<string, Map<string, string>>();
    for (const alg of tagManifestAlgs) {
      const name = `tagmanifest-${alg}.txt`;
      if (isUnsupportedAlgorithm(alg) || DIGEST_HEX_LENGTH[alg] === undefined) {
        tagLists.push({ alg, name, lines: [{ code: 'bad_tag_manifest', path: name, message: `Algoritma ${alg} pada ${name} tidak didukung.` }], listed: null });
        continue;
      }
      const lines: BagProblem[] = [];
      const listed = checkManifestLines(name, parseManifest((await readText(path.join(bagDir, name))) ?? '', alg), lines, (p) => !p.startsWith('data/'), 'bad_tag_manifest');
      tagLists.push({ alg, name, lines, listed });
      for (const e of listed) setWanted(tagWanted, e.path, alg, e.digest);
    }
    // Each tag file is read once, with the algorithms of every tag manifest that lists it.
    const tagDigests = new Map<string, Record<string, string> | null>();
    for (const [p, algs] of tagWanted) {
      const file = path.join(bagDir, ...p.split('/'));
      const exists = await fs.stat(file).then((s) => s.isFile(), () => false);
      tagDigests.set(p, exists ? (await hashFileWith(file, [...algs.keys()])).digests : null);
    }
    for (const { alg, name, lines, listed } of tagLists) {
      problems.push(...lines);
      if (!listed) continue;
      for (const e of listed) {
        const got = tagDigests.get(e.path);
        if (!got) add('missing_file', e.path, `${e.path} tercantum di ${name} tetapi berkasnya tidak ada.`);
        else if (got[alg] !== e.digest) add('checksum_mismatch', e.path, `Isi berkas tag ${e.path} berubah: checksum ${alg} tidak cocok dengan ${name}.`);
      }
      const names = new Set(listed.map((e) => e.path));
      for (const t of tagFiles) if (!names.has(t)) add('bad_tag_manifest', t, `Berkas tag ${t} tidak tercantum di ${name}; isinya tidak terlindungi checksum.`);
    }

    // §2.2.2 bag-info.txt, Payload-Oxum and the profile's labels.
    const infoText = await readText(path.join(bagDir, 'bag-info.txt'));
    if (infoText === null) {
      if (Object.values(profile['Bag-Info']).some((r) => r.required)) add('missing_profile_field', 'bag-info.txt', 'bag-info.txt tidak ada; profil arsip mewajibkan label-labelnya.');
    } else {
      bagInfo = parseBagInfo(infoText);
      if (infoText.charCodeAt(0) === 0xfeff) add('bad_profile_field', 'bag-info.txt', 'bag-info.txt diawali BOM; berkas tag harus UTF-8 tanpa BOM.');
      for (const b of bagInfo.badLines) add('bad_profile_field', 'bag-info.txt', `Baris ${b.line} bag-info.txt bukan "Label: nilai": "${b.text.slice(0, 60)}".`);
      checkProfileLabels(bagInfo, profile, add);
      const oxums = fieldValues(bagInfo, 'Payload-Oxum');
      for (const o of oxums) {
        const parsed = parseOxum(o);
        if (!parsed) add('bad_profile_field', 'bag-info.txt:Payload-Oxum', `Payload-Oxum "${o}" bukan "<oktet>.<berkas>".`);
        else if (parsed.bytes !== payloadBytes || parsed.files !== payloadFiles)
          add('oxum_mismatch', 'bag-info.txt:Payload-Oxum', `Payload-Oxum ${o} tidak sesuai isi data/ (${payloadBytes} oktet, ${payloadFiles} berkas): ada berkas yang ditambah, dihapus atau diubah ukurannya.`);
      }
      for (const d of fieldValues(bagInfo, 'Bagging-Date'))
        if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) add('bad_profile_field', 'bag-info.txt:Bagging-Date', `Bagging-Date "${d}" bukan tanggal TTTT-BB-HH.`);
    }
  } catch (e) {
    add('unreadable', '', `Bag tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { report: finish(bagDir, problems, payloadFiles, payloadBytes), bagInfo };
}

function setWanted(wanted: Map<string, Map<string, string>>, p: string, alg: string, digest: string): void {
  let m = wanted.get(p);
  if (!m) wanted.set(p, (m = new Map()));
  m.set(alg, digest);
}

/** Bad lines, unsafe paths and duplicates are named; the entries that pass are returned. */
function checkManifestLines(
  name: string,
  parsed: ReturnType<typeof parseManifest>,
  problems: BagProblem[],
  inScope: (p: string) => boolean,
  code: 'bad_manifest_line' | 'bad_tag_manifest' = 'bad_manifest_line',
): ManifestEntry[] {
  for (const b of parsed.badLines) problems.push({ code, path: name, message: `Baris ${b.line} ${name} bukan "<checksum> <path>": "${b.text.slice(0, 80)}".` });
  const seen = new Set<string>();
  const ok: ManifestEntry[] = [];
  for (const e of parsed.entries) {
    if (!isSafeBagPath(e.path) || !inScope(e.path)) {
      problems.push({ code, path: name, message: `${name} mencantumkan path yang tidak sah: "${e.path}".` });
      continue;
    }
    if (seen.has(e.path)) {
      problems.push({ code, path: name, message: `${e.path} tercantum lebih dari sekali di ${name} (RFC 8493 §2.1.3: tepat satu kali).` });
      continue;
    }
    seen.add(e.path);
    ok.push(e);
  }
  return ok;
}

function checkProfileLabels(info: ParsedBagInfo, profile: BagitProfile, add: (code: BagProblem['code'], p: string, message: string) => void): void {
  for (const [label, rule] of Object.entries(profile['Bag-Info'])) {
    const values = fieldValues(info, label);
    const where = `bag-info.txt:${label}`;
    if (rule.required && (values.length === 0 || values.every((v) => v === '')))
      add('missing_profile_field', where, `Label ${label} tidak ada atau kosong di bag-info.txt; profil arsip mewajibkannya.`);
    if (!rule.repeatable && values.length > 1) add('bad_profile_field', where, `Label ${label} tertulis ${values.length} kali; profil arsip hanya membolehkan satu.`);
    if (rule.values) for (const v of values) if (!rule.values.includes(v)) add('bad_profile_field', where, `Nilai ${label} "${v}" tidak dikenal (pilihan: ${rule.values.join(', ')}).`);
  }
}

function finish(bagDir: string, problems: BagProblem[], payloadFiles: number, payloadBytes: number): BagReport {
  const complete = !problems.some((p) => COMPLETENESS.has(p.code));
  const valid = complete && !problems.some((p) => p.code === 'checksum_mismatch' || p.code === 'bad_tag_manifest' || p.code === 'oxum_mismatch');
  return { bag: bagDir, ok: problems.length === 0, complete, valid, payloadFiles, payloadBytes, problems, copies: [] };
}
