/**
 * Blob fixity (NDSA Levels of Digital Preservation, "Integrity": verify after every copy and on a
 * schedule). A blob is named by the sha256 of its content, so the name is the reference hash: a blob
 * whose bytes hash to anything else is damaged. This module finds damaged blobs in a data folder or in
 * a backup (both have the same layout), names the cases that use each one, and looks for the last good
 * copy in the backups. Nothing here ever records the hash of damaged bytes as a blob's hash.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { indonesian, type MessageRef } from '../../../shared/messages/format';
import { hashFileWith } from '../archive/fixity';
import { listFiles } from '../backup/backupFiles';
import { BACKUP_PREFIX } from '../backup/backupManifest';
import { readManifest } from '../backup/backupList';
import { LETTERS_REGISTER_FILE } from '../letters/register';
import { CASES_DIR } from '../store/context';
import { BLOBS_DIR, blobNameOf, blobRelativePath } from './blobStore';

export interface BlobCase {
  id: string;
  caseNumber: string;
}

export interface DamagedBlob {
  /** The name: the sha256 the content must have. */
  sha256: string;
  /** "blobs/ab/cd/<sha256>". */
  path: string;
  /** What the bytes on disk hash to now, and how many there are. */
  actualSha256: string;
  bytes: number;
  cases: BlobCase[];
  /** A copy in a backup whose bytes do hash to the name, newest first; null when none was found. */
  goodCopy: string | null;
}

export interface MissingBlob {
  sha256: string;
  path: string;
  cases: BlobCase[];
  goodCopy: string | null;
}

export interface FixityReport {
  /** Blobs hashed, and their total size. */
  checked: number;
  bytes: number;
  damaged: DamagedBlob[];
  /** Blobs a case file or the letters register names that are not in blobs/ at all. */
  missing: MissingBlob[];
  /** The backup folder searched for good copies ('' when none is configured). */
  backupRoot: string;
}

/** The sha256 of a file (streamed), or null when it is gone. */
export async function sha256OfFile(file: string): Promise<{ sha256: string; bytes: number } | null> {
  try {
    const { digests, bytes } = await hashFileWith(file, ['sha256']);
    return { sha256: digests['sha256'] as string, bytes };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Every blob of `dir` (a data folder or a backup) hashed against its name; the damaged ones, without cases yet. */
export async function findDamagedBlobs(dir: string): Promise<{ checked: number; bytes: number; damaged: Omit<DamagedBlob, 'cases' | 'goodCopy'>[] }> {
  let checked = 0;
  let bytes = 0;
  const damaged: Omit<DamagedBlob, 'cases' | 'goodCopy'>[] = [];
  for (const rel of await listFiles(dir, BLOBS_DIR)) {
    const sha256 = blobNameOf(rel);
    if (!sha256) continue;
    const got = await sha256OfFile(path.join(dir, ...rel.split('/')));
    if (!got) continue;
    checked += 1;
    bytes += got.bytes;
    if (got.sha256 !== sha256) damaged.push({ sha256, path: rel, actualSha256: got.sha256, bytes: got.bytes });
  }
  return { checked, bytes, damaged };
}

/**
 * The cases of `dir` that name each blob: its case files (documents, pages, OCR, archival PDFs, the
 * trail) and the letters register (issued letters). Read from the files themselves, so it works on a
 * data folder and on a backup alike, with no store open.
 */
export async function casesUsingBlobs(dir: string, sha256s: readonly string[]): Promise<Map<string, BlobCase[]>> {
  const users = new Map<string, BlobCase[]>(sha256s.map((s) => [s, []]));
  if (sha256s.length === 0) return users;
  const byId = new Map<string, BlobCase>();
  const add = (sha: string, c: BlobCase) => {
    const list = users.get(sha);
    if (list && !list.some((x) => x.id === c.id)) list.push(c);
  };
  const names = await fs.readdir(path.join(dir, CASES_DIR)).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    const text = await fs.readFile(path.join(dir, CASES_DIR, name), 'utf8').catch(() => '');
    const c = caseOf(text, name.slice(0, -'.json'.length));
    byId.set(c.id, c);
    for (const sha of sha256s) if (text.includes(sha)) add(sha, c);
  }
  const register = await fs.readFile(path.join(dir, LETTERS_REGISTER_FILE), 'utf8').catch(() => '');
  for (const letter of lettersOf(register)) if (users.has(letter.blob)) add(letter.blob, byId.get(letter.caseId) ?? { id: letter.caseId, caseNumber: '' });
  return users;
}

function caseOf(text: string, fallbackId: string): BlobCase {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string')
      return { id: data.id, caseNumber: 'caseNumber' in data && typeof data.caseNumber === 'string' ? data.caseNumber : '' };
  } catch {
    // An unreadable case file still names its blobs by its file name.
  }
  return { id: fallbackId, caseNumber: '' };
}

function lettersOf(text: string): { caseId: string; blob: string }[] {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || !('letters' in data) || !Array.isArray(data.letters)) return [];
    return data.letters.filter(
      (l: unknown): l is { caseId: string; blob: string } =>
        typeof l === 'object' && l !== null && 'caseId' in l && typeof l.caseId === 'string' && 'blob' in l && typeof l.blob === 'string',
    );
  } catch {
    return [];
  }
}

/** "used by case 0001/WS01/RP-UKPBJ/XI/2026 (2026-WS01-00001), …" or a note that no case names it. */
export function casesUsage(cases: readonly BlobCase[]): MessageRef {
  if (cases.length === 0) return { key: 'fixity.usedByNone' };
  return { key: 'fixity.usedBy', params: { cases: cases.map((c) => (c.caseNumber ? `${c.caseNumber} (${c.id})` : c.id)).join(', ') } };
}

/** The same in Indonesian, for the CLI's and the logs' texts. */
export const describeCases = (cases: readonly BlobCase[]): string => indonesian(casesUsage(cases));

/**
 * The newest backup under `root` (any workstation's) holding a copy of the blob whose bytes hash to
 * its name — checked here, not taken from the manifest, which an older version may have written from
 * damaged bytes.
 */
export async function findGoodCopy(root: string, sha256: string): Promise<string | null> {
  if (!root) return null;
  const names = (await fs.readdir(root).catch(() => [] as string[])).filter((n) => n.startsWith(BACKUP_PREFIX));
  const dated: { dir: string; at: string }[] = [];
  for (const n of names) {
    const m = await readManifest(path.join(root, n));
    if (m) dated.push({ dir: path.join(root, n), at: m.createdAt });
  }
  for (const b of dated.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))) {
    const copy = path.join(b.dir, ...blobRelativePath(sha256).split('/'));
    if ((await sha256OfFile(copy))?.sha256 === sha256) return copy;
  }
  return null;
}

/** Cases and good copies for damaged blobs found in `dir`. */
export async function describeDamage(dir: string, damaged: readonly Omit<DamagedBlob, 'cases' | 'goodCopy'>[], backupRoot: string): Promise<DamagedBlob[]> {
  const users = await casesUsingBlobs(dir, damaged.map((d) => d.sha256));
  const out: DamagedBlob[] = [];
  for (const d of damaged) out.push({ ...d, cases: users.get(d.sha256) ?? [], goodCopy: await findGoodCopy(backupRoot, d.sha256) });
  return out;
}

/** Every blob a case file or the letters register names (`"blob": "<sha256>"`, `"logo"` aside). */
async function referencedBlobs(dir: string): Promise<Set<string>> {
  const found = new Set<string>();
  const texts = [await fs.readFile(path.join(dir, LETTERS_REGISTER_FILE), 'utf8').catch(() => '')];
  const names = await fs.readdir(path.join(dir, CASES_DIR)).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.json'))) texts.push(await fs.readFile(path.join(dir, CASES_DIR, name), 'utf8').catch(() => ''));
  for (const text of texts) for (const m of text.matchAll(/"blob"\s*:\s*"([0-9a-f]{64})"/g)) found.add(m[1] as string);
  return found;
}

/** The periodic local check (`loket fixity`): every blob of the data folder rehashed against its name, and none missing. */
export async function checkBlobFixity(dataDir: string, backupRoot: string): Promise<FixityReport> {
  const found = await findDamagedBlobs(dataDir);
  const absent: string[] = [];
  for (const sha256 of await referencedBlobs(dataDir)) {
    const there = await fs.access(path.join(dataDir, ...blobRelativePath(sha256).split('/'))).then(() => true, () => false);
    if (!there) absent.push(sha256);
  }
  absent.sort();
  const users = await casesUsingBlobs(dataDir, absent);
  const missing: MissingBlob[] = [];
  for (const sha256 of absent) missing.push({ sha256, path: blobRelativePath(sha256), cases: users.get(sha256) ?? [], goodCopy: await findGoodCopy(backupRoot, sha256) });
  return { checked: found.checked, bytes: found.bytes, damaged: await describeDamage(dataDir, found.damaged, backupRoot), missing, backupRoot };
}

const copyNote = (goodCopy: string | null) => (goodCopy ? `salinan baik: ${goodCopy}` : 'tidak ada salinan baik di folder cadangan');

/** One line per damaged blob, Indonesian: which blob, which cases, where a good copy is. */
export function damageLine(d: DamagedBlob): string {
  return `${d.path} rusak (${d.bytes} bita, sha256 isinya ${d.actualSha256.slice(0, 12)}…); ${describeCases(d.cases)}; ${copyNote(d.goodCopy)}`;
}

export function missingLine(m: MissingBlob): string {
  return `${m.path} hilang; ${describeCases(m.cases)}; ${copyNote(m.goodCopy)}`;
}
