/**
 * The office's files on the shared drive (docs/office.md "What lives where"), all under
 * `<root>/.loket/` and each written by one workstation only (SMB byte-range locking is not to be
 * trusted, so no two PCs ever write the same file):
 *   catalogue/<code>.jsonl          what <code> published, one JSON line per bag, append-only
 *   catalogue/<code>.snapshot.json  the same, compacted, up to a byte offset of the JSONL
 *   workstations/<code>.json        the claim of a workstation code
 *   audit/<code>.jsonl              the fixity audits <code> ran, one JSON line per bag checked and per pass
 * A line is appended with O_APPEND and fsynced; a line torn by a crash (no final newline) is
 * ignored by readers and closed by the owner's next append.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { CATALOGUE_VERSION, catalogueEntrySchema, catalogueSnapshotSchema, type CatalogueEntry } from '../../../shared/domain/office';
import type { MessageRef } from '../../../shared/messages/format';
import { writeFileDurable } from '../store/durableWrite';
import { errnoCode } from '../store/storageError';

export const OFFICE_DIR = '.loket';
export const catalogueDir = (root: string) => path.join(root, OFFICE_DIR, 'catalogue');
export const catalogueLogPath = (root: string, code: string) => path.join(catalogueDir(root), `${code}.jsonl`);
export const catalogueSnapshotPath = (root: string, code: string) => path.join(catalogueDir(root), `${code}.snapshot.json`);
export const workstationsDir = (root: string) => path.join(root, OFFICE_DIR, 'workstations');
export const claimPath = (root: string, code: string) => path.join(workstationsDir(root), `${code}.json`);
export const auditLogPath = (root: string, code: string) => path.join(root, OFFICE_DIR, 'audit', `${code}.jsonl`);

const LOG_RE = /^([A-Z0-9]{2,8})\.jsonl$/;
/** The workstation code of a catalogue file name, or null for anything else in the folder. */
export function logOwner(name: string): string | null {
  return LOG_RE.exec(name)?.[1] ?? null;
}

/** How long a read of the share may take before the admin is told it crawls (issue 12 §6). */
export const SHARE_TIMEOUT_MS = 8_000;

/**
 * Waits for `work` at most `ms`: a share that hangs (SMB server gone without a reset) must not hold
 * the screen. The operation itself cannot be cancelled; its late result is dropped. `then` says
 * what the admin sees instead.
 */
export async function withShareTimeout<T>(work: Promise<T>, root: string, ms = SHARE_TIMEOUT_MS, then: MessageRef = { key: 'office.showingLocalCopy' }): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError('storage', 'office.shareTimeout', { root, seconds: Math.round(ms / 1000), then })),
      ms,
    );
    timer.unref();
  });
  work.catch(() => undefined);
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Creates `<root>/.loket/<sub>` (never the root itself: a missing root is a share that is gone). */
export async function ensureOfficeDir(root: string, sub: 'catalogue' | 'workstations' | 'audit'): Promise<void> {
  for (const dir of [path.join(root, OFFICE_DIR), path.join(root, OFFICE_DIR, sub)])
    await fs.mkdir(dir).catch((e: unknown) => {
      if (errnoCode(e) !== 'EEXIST') throw e;
    });
}

/** Appends entries to this workstation's catalogue. */
export async function appendCatalogue(root: string, code: string, entries: readonly CatalogueEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await ensureOfficeDir(root, 'catalogue');
  await appendJsonLines(catalogueLogPath(root, code), entries);
}

/**
 * Appends one JSON line per value to a file only this workstation writes: one write with O_APPEND,
 * fsynced; a last line torn by a crash (no final newline) is closed first so the new lines stay whole.
 */
export async function appendJsonLines(file: string, values: readonly unknown[]): Promise<void> {
  if (values.length === 0) return;
  const handle = await fs.open(file, 'a+');
  try {
    const { size } = await handle.stat();
    let lead = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) lead = '\n';
    }
    await handle.appendFile(lead + values.map((v) => `${JSON.stringify(v)}\n`).join(''), 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface LogRead {
  entries: CatalogueEntry[];
  /** Offset just after the last complete line read: where the next incremental read starts. */
  end: number;
  /** Complete lines that are not a catalogue entry of a known version (damage, a hand edit). */
  damagedLines: number;
}

/** How many bytes before a read's end identify the file read (see `tailFingerprint`). */
const TAIL_BYTES = 256;

/**
 * sha256 of the bytes just before `end`: a file replaced by another (a rebuilt catalogue) rather than
 * appended to no longer has them there, and is then read again from the start.
 */
export async function tailFingerprint(file: string, end: number): Promise<string> {
  const start = Math.max(0, end - TAIL_BYTES);
  const handle = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(end - start);
    const { bytesRead } = await handle.read(buf, 0, buf.length, start);
    return createHash('sha256').update(buf.subarray(0, bytesRead)).digest('hex');
  } finally {
    await handle.close();
  }
}

/** Reads the complete lines of a catalogue from `from` (a byte offset at a line start). */
export async function readCatalogueLog(file: string, from: number): Promise<LogRead> {
  const handle = await fs.open(file, 'r');
  let data: Buffer;
  try {
    const { size } = await handle.stat();
    data = Buffer.alloc(Math.max(0, size - from));
    let off = 0;
    while (off < data.length) {
      const { bytesRead } = await handle.read(data, off, data.length - off, from + off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    data = data.subarray(0, off);
  } finally {
    await handle.close();
  }
  const lastNl = data.lastIndexOf(0x0a);
  const complete = lastNl < 0 ? '' : data.subarray(0, lastNl).toString('utf8');
  const entries: CatalogueEntry[] = [];
  let damagedLines = 0;
  for (const line of complete.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    if (parsed === 'other-version') continue;
    if (parsed) entries.push(parsed);
    else damagedLines += 1;
  }
  return { entries, end: from + lastNl + 1, damagedLines };
}

function parseLine(line: string): CatalogueEntry | null | 'other-version' {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  // A newer version's line is not damage: this version skips it (and says nothing).
  if (typeof raw === 'object' && raw !== null && 'v' in raw && typeof raw.v === 'number' && raw.v > CATALOGUE_VERSION) return 'other-version';
  const parsed = catalogueEntrySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The owner's compacted copy of its catalogue up to `logBytes` (atomic replace on the share). */
export async function writeSnapshot(root: string, code: string, logBytes: number, entries: readonly CatalogueEntry[]): Promise<void> {
  await writeFileDurable(catalogueSnapshotPath(root, code), JSON.stringify({ v: CATALOGUE_VERSION, workstation: code, logBytes, entries }));
}

/** A snapshot that parses and belongs to `code`, or null (missing or damaged: the JSONL is read in full). */
export async function readSnapshot(root: string, code: string): Promise<{ logBytes: number; entries: CatalogueEntry[] } | null> {
  try {
    const parsed = catalogueSnapshotSchema.safeParse(JSON.parse(await fs.readFile(catalogueSnapshotPath(root, code), 'utf8')));
    return parsed.success && parsed.data.workstation === code ? parsed.data : null;
  } catch {
    return null;
  }
}
