/**
 * An archived case read back from its bag on the shared drive, read-only (issue 12 §2: "a read-only
 * view of its letters and trail"). The share is not trusted: a bag reference must name a folder
 * inside the archive root (links resolved), a PDF must be a plain file of the bag's data/ under a
 * size cap and start as a PDF does. Nothing is written, neither on the share nor in the data folder.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import type { ZonaWaktu } from '../../../shared/dates';
import type { CaseRecord } from '../../../shared/domain/case';
import { DOCUMENT_TYPE_LABELS } from '../../../shared/domain/document';
import type { ArchivedCase, ArchivedFile, CatalogueEntry } from '../../../shared/domain/office';
import { foldTrail, lastCompletion } from '../../../shared/domain/workflowFold';
import type { MessageRef } from '../../../shared/messages/format';
import { MAX_CASE_JSON, readBagCaseTrail } from '../archive/bagCaseTrail';
import { AUDIT_TRAIL_JSONL, LETTERS_INDEX } from '../archive/caseBag';
import { archiveItems } from '../archive/items';
import { lettersIndexSchema } from '../archive/verifyArchiveBag';
import { errnoCode } from '../store/storageError';
import { catalogueDifferences } from './bagAudit';
import { caseFactsOf, entryOfBag, workstationOfCase } from './bagEntry';

/** A PDF of a bag larger than this is not read into memory (a 300-page scan at 300 dpi stays below it). */
export const MAX_BAG_PDF = 100 * 1024 * 1024;

const isInside = (parent: string, child: string) => {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

const refused = (bag: string) =>
  new AppError('invalid_input', 'office.notABag', { bag }, { bag: { key: 'office.notABagField' } });

/**
 * The folder of `bag` ("2026/<folder>") under `root`, resolved through links and checked to be
 * inside the root: no "..", no absolute path, no link leading off the share (OWASP path traversal).
 */
export async function bagDirOf(root: string, bag: string): Promise<string> {
  const parts = bag.split('/');
  const [year, folder] = parts;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (parts.length !== 2 || !year || !folder || !/^\d{4}$/.test(year) || folder.startsWith('.') || /[\\:\u0000-\u001f]/.test(folder)) throw refused(bag);
  const realRoot = await fs.realpath(root).catch((e: unknown) => {
    throw shareAway(root, e);
  });
  const dir = path.join(realRoot, year, folder);
  if (!isInside(realRoot, dir)) throw refused(bag);
  const real = await fs.realpath(dir).catch((e: unknown) => {
    throw errnoCode(e) === 'ENOENT' || errnoCode(e) === 'ENOTDIR'
      ? new AppError('not_found', 'office.bagGone', { bag, root })
      : shareAway(root, e);
  });
  if (!isInside(realRoot, real)) throw refused(bag);
  if (!(await fs.stat(real)).isDirectory()) throw refused(bag);
  return real;
}

function shareAway(root: string, e: unknown): AppError {
  const code = errnoCode(e);
  const why: MessageRef =
    code === 'ENOENT' || code === 'ENOTDIR' ? { key: 'office.cannotOpen' } : code ? { key: 'office.cannotReadCode', params: { code } } : { key: 'office.cannotRead' };
  return new AppError('storage', 'office.archiveFolderAway', { root, why });
}

export interface ArchivedCaseContext {
  /** The bag's catalogue line as this PC last read it (null: no catalogue names it). */
  recorded: CatalogueEntry | null;
  /** Computer names of the workstation codes claimed on the share. */
  computerOf: (code: string) => string;
  zone: ZonaWaktu;
  timing: (record: CaseRecord) => ArchivedCase['timing'];
}

/** The archived case in `bag`, projected for the read-only view. */
export async function readArchivedCase(root: string, bag: string, ctx: ArchivedCaseContext): Promise<ArchivedCase> {
  const dir = await bagDirOf(root, bag);
  const read = await readBagCaseTrail(dir);
  const record = read.record;
  if (!record) {
    const why = read.problems[0]?.message ?? 'case.json tidak ada.';
    throw new AppError('corrupt', `Bag ${bag} rusak: ${why} Berkasnya tidak dapat ditampilkan. Laporkan ke petugas TI (docs/office.md, "Audit keutuhan"): salinan baik ada di komputer yang mengekspornya.`);
  }
  const problems = read.problems.map((p) => p.message);
  if (!read.trailReadable && problems.length === 0) problems.push(`${AUDIT_TRAIL_JSONL} tidak ada di bag ini: jejak audit ditampilkan dari case.json.`);
  let catalogue: ArchivedCase['integrity']['catalogue'] = 'absent';
  const recorded = ctx.recorded;
  if (recorded) {
    // The audit's own comparison (bagAudit.ts): trail head, tag-manifest digest, Payload-Oxum, case fields.
    const found = await entryOfBag(root, bag);
    const differences = found ? catalogueDifferences(recorded, found, ctx.zone).map((d) => d.message) : [`case.json tidak dapat dibandingkan dengan katalog ${recorded.workstation}.`];
    catalogue = differences.length > 0 ? 'mismatch' : 'match';
    problems.push(...differences);
  }
  const folded = foldTrail(record.events);
  const physical = lastCompletion(folded, 9)?.payload.data.physical;
  const workstation = recorded?.workstation ?? workstationOfCase(record.id);
  return {
    bag,
    workstation,
    computer: ctx.computerOf(workstation),
    ...caseFactsOf(record, folded),
    physical: physical ? { box: physical.box, folder: physical.folder, shelf: physical.shelf } : null,
    path: folded.path,
    // The trail as the bag holds it (audit-trail.jsonl); case.json's when that file is unreadable.
    events: read.trailReadable ? read.trail : record.events,
    timing: ctx.timing(record),
    integrity: { trailOk: read.trailReadable && read.problems.length === 0, catalogue, problems },
    files: await filesOf(dir, record),
  };
}

/** The PDFs of data/, named as the Daftar Isi Berkas names them (documents from the record, letters from surat-keluar.json). */
async function filesOf(dir: string, record: CaseRecord): Promise<ArchivedFile[]> {
  const known = new Map<string, Omit<ArchivedFile, 'bytes' | 'path'>>();
  // Documents come first in the bag (items.ts), so their names do not depend on the letters.
  for (const item of archiveItems(record, []))
    if (item.source.kind === 'document') {
      const id = item.source.documentId;
      const type = record.documents.find((d) => d.id === id)?.type;
      known.set(item.payloadPath, { kind: 'document', title: type ? DOCUMENT_TYPE_LABELS[type] : item.uraian, number: '', date: item.tanggal });
    }
  const index = await fs
    .stat(path.join(dir, LETTERS_INDEX))
    .then(async (st) => (st.isFile() && st.size <= MAX_CASE_JSON ? lettersIndexSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, LETTERS_INDEX), 'utf8'))) : null))
    .catch(() => null);
  if (index?.success) for (const l of index.data.letters) known.set(l.path, { kind: 'letter', title: l.title, number: l.number, date: l.date ?? '' });
  const entries = await fs.readdir(path.join(dir, 'data'), { withFileTypes: true }).catch(() => []);
  const files: ArchivedFile[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!e.isFile() || !e.name.toLowerCase().endsWith('.pdf')) continue;
    const p = `data/${e.name}`;
    const st = await fs.stat(path.join(dir, 'data', e.name)).catch(() => null);
    if (!st) continue;
    files.push({ path: p, bytes: st.size, ...(known.get(p) ?? { kind: 'other', title: e.name, number: '', date: '' }) });
  }
  return files;
}

/** The bytes of one PDF of the bag's data/, for the viewer: a plain file inside the bag, under the cap, starting "%PDF-". */
export async function readBagPdf(root: string, bag: string, file: string): Promise<Uint8Array> {
  const dir = await bagDirOf(root, bag);
  const name = file.startsWith('data/') ? file.slice('data/'.length) : '';
  const notHere = new AppError('not_found', 'office.bagFileMissing', { file, bag });
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*\.pdf$/.test(name)) throw notHere;
  const target = path.join(dir, 'data', name);
  const st = await fs.lstat(target).catch(() => null);
  // A link (to a file off the share, or on this PC) is not part of a bag (bagValidator says so too).
  if (!st) throw notHere;
  if (!st.isFile()) throw new AppError('corrupt', 'office.bagFileNotPlain', { file, bag });
  if (st.size > MAX_BAG_PDF) throw new AppError('corrupt', 'office.bagFileTooLarge', { file, bag, mb: Math.round(st.size / 1024 / 1024), maxMb: MAX_BAG_PDF / 1024 / 1024 });
  const bytes = await fs.readFile(target);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('corrupt', 'office.bagFileNotPdf', { file, bag });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
