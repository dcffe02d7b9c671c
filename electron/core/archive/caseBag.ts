/**
 * What the bag of a closed case holds (docs/archive-profile.md; SOP step 9, *Pencatatan*): the
 * archival PDFs of its documents and letters under data/ in `archiveItems` order, the tag files
 * (`daftar-isi-berkas.csv`, `case.json`, `audit-trail.jsonl`, `surat-keluar.json`) and bag-info.txt
 * with the ANRI labels. Pure assembly: the exporter writes and verifies it.
 */
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { canonicalJson, sha256Hex } from '../workflow/canonical';
import { localDate } from '../../../shared/dates';
import { FINAL_DISPOSITION_LABELS, SECURITY_CLASS_LABELS, type ArchiveSettings } from '../../../shared/domain/archive';
import { caseRecordSchema, type CaseRecord } from '../../../shared/domain/case';
import { KIND_LABELS } from '../../../shared/domain/labels';
import type { Settings } from '../../../shared/domain/settings';
import { formatNip } from '../../../shared/nip';
import { foldTrail, lastCompletion, type Folded } from '../../../shared/domain/workflowFold';
import type { ArchivedLetter } from '../letters/archiveLetter';
import type { BagInfo } from './bagit';
import type { BagPlan, PayloadFile, StoredFile } from './bagWriter';
import { csvText } from './csv';
import { archiveItems, type ArchiveItem } from './items';

/** Format of the tag files we add (case.json wraps the record with its own schemaVersion). */
export const BAG_TAG_FORMAT_VERSION = 1;
export const CASE_JSON = 'case.json';
/** What `case.json` holds: the record (its own schemaVersion inside) in a wrapper of this format's version. */
export const caseJsonSchema = z.object({ schemaVersion: z.literal(BAG_TAG_FORMAT_VERSION), record: caseRecordSchema });
export const AUDIT_TRAIL_JSONL = 'audit-trail.jsonl';
export const LETTERS_INDEX = 'surat-keluar.json';
export const ITEMS_CSV = 'daftar-isi-berkas.csv';

export interface CaseBagInput {
  record: CaseRecord;
  letters: readonly ArchivedLetter[];
  /** The archival PDF of a document: the built one's stored file, or bytes made in memory (DocumentService.archivalPdf). */
  documentPdf: (record: CaseRecord, documentId: string) => Promise<Uint8Array | StoredFile>;
  agency: Settings['agency'];
  zone: Settings['timeZone'];
  archive: ArchiveSettings;
  softwareAgent: string;
  now: Date;
}

/** One entry of surat-keluar.json: `loket verify` checks each letter's QR stamp against `content`. */
export interface LetterIndexEntry {
  path: string;
  kind: string;
  visit: number;
  version: number;
  number: string;
  title: string;
  date: string;
  contentHash: string;
  pdfSha256: string;
  content: Record<string, unknown>;
}

export interface LettersIndex {
  schemaVersion: number;
  caseNumber: string;
  letters: LetterIndexEntry[];
}

export interface CaseJson {
  schemaVersion: number;
  record: CaseRecord;
}

/** The closing instant: the step-9 completion, else the last event (a case closed another way). */
export function closedAt(record: CaseRecord, folded: Folded = foldTrail(record.events)): string {
  return lastCompletion(folded, 9)?.at ?? record.events.at(-1)?.at ?? record.updatedAt;
}

/** Where the paper file is kept, as set when it was archived (SOP step 9, *Pencatatan* 2). */
function physicalLocation(folded: Folded): string {
  const archived = lastCompletion(folded, 9);
  if (!archived) return 'Belum dicatat';
  const p = archived.payload.data.physical;
  return `Boks ${p.box}, folder ${p.folder}, ${p.shelf}`;
}

function addYears(isoDay: string, years: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  // 29 February + n years → 28 February when the target year has none.
  const t = new Date(Date.UTC(y + years, m - 1, d));
  if (t.getUTCMonth() !== m - 1) t.setUTCDate(0);
  return t.toISOString().slice(0, 10);
}

/** "Reset password" → "reset password", keeping "User ID" as written. */
function kindPhrase(kind: CaseRecord['intake']['kind']): string {
  const label = KIND_LABELS[kind];
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function developmentLevel(record: CaseRecord): string {
  const levels = new Set(record.documents.map((d) => d.developmentLevel));
  if (levels.size === 0) return 'Elektronik';
  if (levels.size === 2) return 'Asli dan salinan';
  return levels.has('asli') ? 'Asli' : 'Salinan';
}

/** Identifies the source of a bag: the same record and letters give the same fingerprint (an unchanged case keeps its bag). */
export function sourceFingerprint(record: CaseRecord, letters: readonly ArchivedLetter[]): string {
  return sha256Hex(canonicalJson({ record, letters: letters.map((l) => l.issued) }));
}

export function bagInfoFor(input: Omit<CaseBagInput, 'letters' | 'documentPdf'>): BagInfo {
  const { record, archive, agency, zone } = input;
  const folded = foldTrail(record.events);
  const closedDay = localDate(new Date(closedAt(record, folded)), zone);
  const receivedDay = localDate(new Date(record.intake.receivedAt), zone);
  const r = record.intake.requester;
  const activeUntil = addYears(closedDay, archive.retentionActiveYears);
  return [
    ['Source-Organization', `${agency.unit}, ${agency.institution}`],
    ['Organization-Address', agency.address],
    ['Contact-Name', archive.contactName],
    ['External-Identifier', record.caseNumber],
    ['External-Description', `Berkas permohonan ${kindPhrase(record.intake.kind)} pada SPSE a.n. ${r.name}, NIP ${formatNip(r.nip)}, User ID ${r.userId} (ID berkas ${record.id}).`],
    ['Bagging-Date', localDate(input.now, zone)],
    ['Bag-Software-Agent', input.softwareAgent],
    ['Kode-Klasifikasi', archive.classificationCode],
    ['Uraian-Informasi', `${archive.description} a.n. ${r.name}`],
    ['Kurun-Waktu', `${receivedDay} s.d. ${closedDay}`],
    ['Tingkat-Perkembangan', developmentLevel(record)],
    ['Klasifikasi-Keamanan', SECURITY_CLASS_LABELS[archive.securityClass]],
    ['Retensi-Aktif', `${archive.retentionActiveYears} tahun (sampai ${activeUntil})`],
    ['Retensi-Inaktif', `${archive.retentionInactiveYears} tahun (sampai ${addYears(activeUntil, archive.retentionInactiveYears)})`],
    ['Keterangan-Akhir', FINAL_DISPOSITION_LABELS[archive.finalDisposition]],
    ['Lokasi-Simpan-Fisik', physicalLocation(folded)],
    ['Jejak-Audit-Hash', record.events.at(-1)?.hash ?? ''],
  ];
}

/** ANRI *Daftar Isi Berkas* columns (docs/reference.md §3) plus where the item sits in the bag. */
export function itemsCsv(record: CaseRecord, items: readonly ArchiveItem[], archive: ArchiveSettings): string {
  return csvText([
    ['Nomor Berkas', 'Nomor Item Arsip', 'Kode Klasifikasi', 'Uraian Informasi Arsip', 'Tanggal', 'Jumlah', 'Keterangan', 'Berkas Elektronik'],
    ...items.map((i) => [record.caseNumber, i.nomorItem, archive.classificationCode, i.uraian, i.tanggal, i.jumlah, i.keterangan, i.payloadPath]),
  ]);
}

function letterFor(letters: readonly ArchivedLetter[], item: ArchiveItem): ArchivedLetter {
  const want = item.source.kind === 'letter' ? item.source.letter : null;
  const hit = want && letters.find((l) => l.issued.kind === want.kind && l.issued.visit === want.visit && l.issued.version === want.version);
  if (!hit) throw new Error(`letter for archive item ${item.nomorItem} not found`);
  return hit;
}

export async function caseBagPlan(input: CaseBagInput): Promise<BagPlan> {
  const { record, letters } = input;
  const items = archiveItems(record, letters.map((l) => l.issued));
  const payload: PayloadFile[] = [];
  const index: LetterIndexEntry[] = [];
  for (const item of items) {
    if (item.source.kind === 'document') {
      const pdf = await input.documentPdf(record, item.source.documentId);
      payload.push(pdf instanceof Uint8Array ? { path: item.payloadPath, data: pdf } : { path: item.payloadPath, stored: pdf });
      continue;
    }
    const l = letterFor(letters, item);
    payload.push({ path: item.payloadPath, data: l.pdf });
    index.push({
      path: item.payloadPath, kind: l.issued.kind, visit: l.issued.visit, version: l.issued.version, number: l.issued.number, title: l.title,
      date: l.issued.date, contentHash: l.issued.contentHash, pdfSha256: sha256OfBytes(l.pdf), content: l.content,
    });
  }
  const caseJson: CaseJson = { schemaVersion: BAG_TAG_FORMAT_VERSION, record };
  const lettersIndex: LettersIndex = { schemaVersion: BAG_TAG_FORMAT_VERSION, caseNumber: record.caseNumber, letters: index };
  return {
    payload,
    tagFiles: [
      { path: ITEMS_CSV, text: itemsCsv(record, items, input.archive) },
      { path: CASE_JSON, text: `${JSON.stringify(caseJson, null, 2)}\n` },
      { path: AUDIT_TRAIL_JSONL, text: record.events.map((e) => `${JSON.stringify(e)}\n`).join('') },
      { path: LETTERS_INDEX, text: `${JSON.stringify(lettersIndex, null, 2)}\n` },
    ],
    bagInfo: bagInfoFor(input),
  };
}

function sha256OfBytes(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
