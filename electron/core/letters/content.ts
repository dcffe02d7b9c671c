/**
 * What a letter says (issue 5 §1), built from the case record (intake, the trail's step payloads,
 * the documents), settings.json's agency and letters.json's template: every printed text and table
 * cell, so `sha256(canonicalJson(content))` — the hash in the letter's QR code — covers exactly what
 * the paper shows. The temporary password is never part of it: the archived copy shows it redacted,
 * the printed copy draws it from memory outside the content (docs/sop.md §Decided: Password never stored).
 */
import { TIME_ZONES, formatTanggal, formatWaktu, localDate, type ZonaWaktu } from '../../../shared/dates';
import type { CaseRecord } from '../../../shared/domain/case';
import { CHANGE_FIELD_LABELS, KIND_LABELS } from '../../../shared/domain/labels';
import { LETTER_KIND_LABELS, LETTER_STEP, type LetterKind, type LetterPlaceholder, type LetterTemplate, type LettersSettings } from '../../../shared/domain/letters';
import type { AgencyProfile } from '../../../shared/domain/settings';
import { tanggalTerbilang } from '../../../shared/terbilang';
import { trailHeadOf, type TrailHead } from '../../../shared/domain/trailHead';
import { CHECKLIST_LABELS, CHECKLIST_MISSING, SPSE_FIELD_LABELS, applicableLines, type WorkflowSettings } from '../../../shared/domain/workflow';
import { foldTrail, lastCompletion, passwordWasReset, workedMs, type Folded } from '../../../shared/domain/workflowFold';
import type { ArchiveSearch, CompletedStep, StepCompleted } from '../../../shared/domain/trailPayloads';
import { formatNip, nipSex } from '../../../shared/nip';
import { stepTitle, type StepNo } from '../../../shared/sop/definition';
import { canonicalJson, sha256Hex } from '../workflow/canonical';
import { standardMinutes } from '../workflow/engine';
import { letterSignatures, officerOf, profileForLetters, type LetterSignature } from './signers';

export const LETTER_CONTENT_FORMAT = 'loket-surat/1';

export interface LetterTable {
  caption: string;
  columns: string[];
  /** Relative column widths (sum 1). */
  widths: number[];
  rows: string[][];
}

/** The canonical JSON source of a letter: what it prints. */
export interface LetterContent {
  format: typeof LETTER_CONTENT_FORMAT;
  kind: LetterKind;
  visit: number;
  title: string;
  caseNumber: string;
  /** '' for unnumbered kinds (and drafts not yet issued). */
  number: string;
  /** "YYYY-MM-DD" in the configured zone. */
  date: string;
  placeDate: string;
  /** surat: a letter to the requester (Nomor/Sifat/Lampiran/Hal, Yth.); naskah: a titled record (berita acara, tanda terima). */
  form: 'surat' | 'naskah';
  nature: string;
  attachment: string;
  subject: string;
  recipient: string[];
  paragraphs: string[];
  /** Label/value lines after the body ("Nomor berkas : …"). */
  fields: [string, string][];
  tables: LetterTable[];
  /** Lines after the tables (conclusion, notes). */
  notes: string[];
  closing: string;
  /** Who signs (issue 10 §2: the role configured per kind; the person from the profile or the trail). */
  signatory: LetterSignature;
  /** A second signature on the left (the requester handing the file in, on the receipt). */
  counterpart: LetterSignature | null;
  /** Under "Mengetahui," (the head by default); null when the kind has none. */
  acknowledger: LetterSignature | null;
  copies: string[];
  agency: { institution: string; unit: string; address: string; city: string; lines: string[]; logo: string };
  /** Step-8 notice only: the password is redacted here and on the archived copy. */
  password: string | null;
  /** Present (true) only for a letter from a demo folder (`loket demo`): printed "CONTOH", and in the hash. */
  sample?: true;
  /**
   * Control sheet only: the head of the trail when it was issued, printed in full with its QR code
   * (pdf/trailHeadBlock.ts) — the paper copy of the chain a forger cannot reach from the PC.
   */
  trailHead?: TrailHead;
  /** Present (true) only on a copy the archiver made of a letter never printed in this version (issue 10 §8). */
  archiveCopy?: true;
}

/** The first paragraph of every letter from a demo folder (demo/demoMarker.ts). */
export const SAMPLE_NOTICE = 'CONTOH — surat ini dibuat dari data contoh untuk pelatihan (loket demo); bukan surat resmi dan tidak berlaku.';

/**
 * The first paragraph of an archive copy: it was not printed, so its date is not a date of issue
 * and it carries no number of its own (issue 10 §8).
 */
export function archiveCopyNotice(date: string): string {
  return `SALINAN ARSIP — versi surat ini tidak pernah dicetak atau diserahkan; dibuat oleh aplikasi saat berkas diarsipkan pada ${formatTanggal(date)} sebagai rekaman hasil langkah SOP. Tanggal di bawah adalah tanggal pengarsipan, bukan tanggal penerbitan surat.`;
}

export const PASSWORD_REDACTED = 'dirahasiakan — diserahkan langsung kepada yang bersangkutan';

/** What the content builder reads besides the record. */
export interface ContentInputs {
  agency: AgencyProfile;
  zone: ZonaWaktu;
  letters: LettersSettings;
  workflow: WorkflowSettings;
  /** Case numbers of cases compared at step 5 (id → number), when known. */
  caseNumbers: ReadonlyMap<string, string>;
  now: Date;
  /** The data folder is a demo folder: the letter says it is a sample. */
  sample?: boolean;
  /** The case's trail folded, when the caller already has it (one fold for all of a case's letters). */
  folded?: Folded;
}

/** Visits of a letter kind's step that exist so far (receipt, notification, control sheet: one). */
export function letterVisits(record: CaseRecord, kind: LetterKind, folded: Folded = foldTrail(record.events)): number {
  if (kind === 'receipt' || kind === 'control_sheet' || kind === 'notification') return 1;
  return Math.max(1, folded.completions.filter((c) => c.payload.step === LETTER_STEP[kind]).length);
}

/**
 * Whether the letter can be issued: its step completed at that visit; the receipt and control sheet
 * always; the step-8 notice as soon as the case reaches step 8 (it is printed and handed over before
 * step 8 is recorded — SOP step 8).
 */
export function letterAvailable(record: CaseRecord, kind: LetterKind, visit: number, folded: Folded = foldTrail(record.events)): boolean {
  if (kind === 'receipt' || kind === 'control_sheet') return visit === 1;
  const done = folded.completions.some((c) => c.payload.step === LETTER_STEP[kind] && c.visit === visit);
  if (kind === 'notification') return visit === 1 && (done || folded.step === 8);
  return done;
}

/** "24-11-2026 09.31" in the zone: compact for table cells. */
function shortTime(iso: string, zone: ZonaWaktu): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const s = new Date(t + TIME_ZONES[zone].offsetHours * 3_600_000).toISOString();
  return `${s.slice(8, 10)}-${s.slice(5, 7)}-${s.slice(0, 4)} ${s.slice(11, 13)}.${s.slice(14, 16)}`;
}

const tanggalOf = (iso: string, zone: ZonaWaktu) => (iso ? formatTanggal(localDate(new Date(iso), zone)) : '—');
const jenis = (record: CaseRecord) => KIND_LABELS[record.intake.kind].toLowerCase().replace('user id', 'User ID');

/**
 * The values of the template placeholders for this case (`—` where the case has no such data yet).
 * `date` is the letter's date ("YYYY-MM-DD"), said in words for a berita acara's opening.
 */
export function placeholderValues(
  record: CaseRecord, inputs: ContentInputs, visit: number, date: string, signatory: LetterSignature, folded: Folded = foldTrail(record.events),
): Record<LetterPlaceholder, string> {
  const { intake } = record;
  const notice = lastCompletion(folded, 3, visit) ?? lastCompletion(folded, 3);
  const reset = lastCompletion(folded, 6);
  const rejection = lastCompletion(folded, 7);
  const missing = notice ? missingItems(notice.payload.data) : [];
  const agency = profileForLetters(inputs.agency);
  const words = tanggalTerbilang(date);
  return {
    nama: intake.requester.name,
    nip: formatNip(intake.requester.nip),
    jabatan: intake.requester.position,
    instansi: intake.requester.agency,
    userId: intake.requester.userId,
    nomorBerkas: record.caseNumber,
    jenisPermohonan: jenis(record),
    nomorSuratPermohonan: intake.letter.number,
    tanggalSuratPermohonan: formatTanggal(intake.letter.date),
    perihalSuratPermohonan: intake.letter.subject,
    nomorSk: intake.sk.number,
    tanggalSk: formatTanggal(intake.sk.date),
    tanggalDiterima: tanggalOf(intake.receivedAt, inputs.zone),
    perubahan: intake.changes.length ? intake.changes.map((c) => `${changeLabel(c)}: ${c.current} menjadi ${c.requested}`).join('; ') : '—',
    kekurangan: missing.length ? missing.join('; ') : '—',
    batasWaktu: notice ? formatTanggal(notice.payload.data.deadline) : '—',
    alasan: rejection ? rejection.payload.data.reason : '—',
    tanggalReset: reset ? tanggalOf(reset.payload.data.doneAt, inputs.zone) : '—',
    instansiKami: agency.institution,
    unitKami: agency.unit,
    kota: agency.city,
    penandatangan: signatory.name,
    jabatanPenandatangan: signatory.position,
    hari: words.hari,
    tanggalTerbilang: words.tanggal,
    bulan: words.bulan,
    tahunTerbilang: words.tahun,
  };
}

function changeLabel(c: { field: string; label: string }): string {
  return c.field === 'other' ? c.label : (CHANGE_FIELD_LABELS[c.field as keyof typeof CHANGE_FIELD_LABELS] ?? c.field);
}

/** A failed checklist line said as what the Pokja must bring (the checklist labels state the check). */
function missingItems(data: CompletedStep<3>['data']): string[] {
  // A line a later SOP no longer lists is named as stored (trailPayloads.ts: lists checked as text).
  const items = data.missingItems.map((l) => (CHECKLIST_MISSING as Partial<typeof CHECKLIST_MISSING>)[l]?.id ?? l);
  const other = data.otherMissing.trim();
  return other ? [...items, other] : items;
}

/** `{name}` → its value; unknown names were refused when the template was saved. */
export function fillTemplate(text: string, values: Record<LetterPlaceholder, string>): string {
  return text.replace(/\{([^{}]*)\}/g, (whole, name: string) => (name in values ? values[name as LetterPlaceholder] : whole));
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);

const FORM: Record<LetterKind, 'surat' | 'naskah'> = {
  receipt: 'naskah',
  completeness_result: 'naskah',
  completion_notice: 'surat',
  validity_result: 'naskah',
  reset_report: 'naskah',
  rejection_notice: 'surat',
  notification: 'surat',
  control_sheet: 'naskah',
};

/**
 * The letter's content. `number` and `date` are the register's (issued) values or the draft's; they
 * are printed, so they are part of the hash. So is the control sheet's trail head: the register's
 * when issued (later events, such as the issue itself being recorded, do not make it stale), else
 * the trail's head now.
 */
export function buildContent(
  record: CaseRecord, kind: LetterKind, visit: number, inputs: ContentInputs, issue: { number: string; date: string; archiveCopy?: boolean; trailHead?: TrailHead | undefined },
): LetterContent {
  const template: LetterTemplate = inputs.letters.templates[kind];
  // The trail folded once for the whole letter (or once for all of the case's letters, by the caller).
  const folded = inputs.folded ?? foldTrail(record.events);
  const { signatory, acknowledger } = letterSignatures(record, kind, visit, inputs.agency, inputs.letters.signers[kind], folded);
  const values = placeholderValues(record, inputs, visit, issue.date, signatory, folded);
  // Every text the template and the core write addresses the requester as the NIP says (docs/reference.md §12).
  const female = nipSex(record.intake.requester.nip) === 'P';
  const fill = (t: string) => addressed(fillTemplate(t, values), female);
  const agency = profileForLetters(inputs.agency);
  const r = record.intake.requester;
  const data = kindData(record, folded, kind, visit, inputs);
  const paragraphs = paragraphsOf(fill(template.body));
  const reset = passwordWasReset(folded, record.intake.kind);
  return {
    format: LETTER_CONTENT_FORMAT,
    kind,
    visit,
    title: LETTER_KIND_LABELS[kind].id,
    caseNumber: record.caseNumber,
    number: issue.number,
    date: issue.date,
    placeDate: `${agency.city}, ${formatTanggal(issue.date)}${issue.archiveCopy ? ' (tanggal pengarsipan)' : ''}`,
    form: FORM[kind],
    nature: template.nature,
    attachment: '-',
    subject: fill(template.subject),
    recipient: FORM[kind] === 'surat' ? [addressed(`Yth. Saudara ${r.name}`, female), r.position, r.agency, 'di Tempat'] : [],
    paragraphs: [...(inputs.sample ? [SAMPLE_NOTICE] : []), ...(issue.archiveCopy ? [archiveCopyNotice(issue.date)] : []), ...paragraphs],
    fields: data.fields,
    tables: data.tables,
    notes: data.notes.map((n) => addressed(n, female)),
    closing: closingOf(fill(template.closing), kind, reset),
    signatory,
    counterpart: kind === 'receipt' ? { caption: 'Yang menyerahkan,', position: r.position, name: r.name, nip: formatNip(r.nip) } : null,
    acknowledger,
    copies: template.copies.map(fill),
    agency: {
      institution: agency.institution,
      unit: agency.unit,
      address: agency.address,
      city: agency.city,
      lines: inputs.letters.letterheadLines.filter((l) => l.trim() !== ''),
      logo: inputs.letters.logo,
    },
    password: kind === 'notification' && reset ? PASSWORD_REDACTED : null,
    // Absent on real letters, so their content (and its hash) is as before.
    ...(inputs.sample ? { sample: true as const } : {}),
    ...controlSheetHead(record, kind, issue.trailHead),
    ...(issue.archiveCopy ? { archiveCopy: true as const } : {}),
  };
}

/**
 * "Saudari" for a woman, "Saudara" otherwise (docs/reference.md §12): the templates are written with
 * "Saudara", the NIP's sex digit decides. Only the whole word changes.
 */
function addressed(text: string, female: boolean): string {
  return female ? text.replace(/\bSaudara\b/g, 'Saudari') : text;
}

function controlSheetHead(record: CaseRecord, kind: LetterKind, issued: TrailHead | undefined): { trailHead?: TrailHead } {
  if (kind !== 'control_sheet') return {};
  const head = issued ?? trailHeadOf(record.events);
  return head ? { trailHead: { seq: head.seq, hash: head.hash } } : {};
}

export function contentHash(content: LetterContent): string {
  return sha256Hex(canonicalJson(content));
}

/**
 * The notice's closing without its sentences about the password when none was reset (a User-ID-only
 * change): the template is written for the common case, and "wajib segera mengganti password
 * default" would tell the Pokja member to change a password they never received (docs/sop.md step 8).
 */
function closingOf(text: string, kind: LetterKind, reset: boolean): string {
  if (kind !== 'notification' || reset) return text;
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !/\bpassword\b/i.test(sentence))
    .join(' ');
}

interface KindData {
  fields: [string, string][];
  tables: LetterTable[];
  notes: string[];
}

function kindData(record: CaseRecord, folded: Folded, kind: LetterKind, visit: number, inputs: ContentInputs): KindData {
  /** This visit's completion of `step`, else its last. */
  const at = <S extends StepCompleted['step']>(step: S) => lastCompletion(folded, step, visit) ?? lastCompletion(folded, step);
  const { intake } = record;
  const zone = inputs.zone;
  const none: KindData = { fields: [], tables: [], notes: [] };
  switch (kind) {
    case 'receipt':
      return receiptData(record, zone);
    case 'completeness_result': {
      const c = at(2);
      if (!c) return none;
      const { checklist, notes } = c.payload.data;
      const answer = (a: unknown) => (a === 'yes' ? 'Ya' : a === 'no' ? 'Tidak' : 'Tidak berlaku');
      const lines = applicableLines(intake.kind);
      return {
        fields: [
          ['Nomor berkas', record.caseNumber],
          ['Waktu pemeriksaan', `${shortTime(c.at, zone)} ${zone}`],
          ['Pemeriksaan ke', String(visit)],
        ],
        tables: [{ caption: 'Hasil pemeriksaan kelengkapan:', columns: ['No.', 'Uraian pemeriksaan', 'Hasil'], widths: [0.08, 0.72, 0.2], rows: lines.map((l, i) => [`${i + 1}.`, CHECKLIST_LABELS[l].id, answer(checklist[l])]) }],
        notes: [
          `Kesimpulan: berkas permohonan ${c.payload.outcome === 'complete' ? 'LENGKAP dan dilanjutkan dengan pemeriksaan kebenaran berkas' : 'BELUM LENGKAP dan pemohon diminta melengkapi kekurangannya'}.`,
          ...noteLine(notes),
        ],
      };
    }
    case 'completion_notice': {
      const c = at(3);
      if (!c) return none;
      const data = c.payload.data;
      return {
        fields: [['Batas waktu melengkapi', formatTanggal(data.deadline)], ['Nomor berkas', record.caseNumber]],
        tables: [{ caption: 'Kekurangan berkas yang harus dilengkapi:', columns: ['No.', 'Kekurangan berkas'], widths: [0.08, 0.92], rows: missingItems(data).map((m, i) => [`${i + 1}.`, m]) }],
        notes: noteLine(data.notes),
      };
    }
    case 'validity_result': {
      const c = at(5);
      if (!c) return none;
      const { comparison: rows, confirmations, comparedCases, archiveSearch, notes } = c.payload.data;
      const verdict = (m: boolean | null) => (m === true ? 'Sesuai' : m === false ? 'Tidak sesuai' : 'Tidak diperiksa');
      const channel = (v: string) => (v === 'phone' ? 'Telepon' : 'Tatap muka');
      const result = (v: string) => (v === 'confirmed' ? 'Membenarkan' : v === 'denied' ? 'Tidak membenarkan' : 'Tidak dapat dihubungi');
      const compared = comparedCases.map((id) => inputs.caseNumbers.get(id) ?? id);
      const tables: LetterTable[] = [
        {
          caption: 'Perbandingan data permohonan dengan data akun pada SPSE:',
          columns: ['Data', 'Menurut permohonan', 'Pada SPSE', 'Hasil'],
          widths: [0.2, 0.33, 0.3, 0.17],
          rows: rows.map((x) => [(SPSE_FIELD_LABELS as Partial<typeof SPSE_FIELD_LABELS>)[x.field]?.id ?? x.field, x.expected || '—', x.spse || '—', verdict(x.match)]),
        },
      ];
      if (confirmations.length)
        tables.push({
          caption: 'Konfirmasi kepada pemohon:',
          columns: ['Waktu', 'Cara', 'Pihak yang dihubungi', 'Hasil', 'Catatan'],
          widths: [0.2, 0.13, 0.27, 0.18, 0.22],
          rows: confirmations.map((k) => [shortTime(k.at, zone), channel(k.channel), k.contact, result(k.result), k.notes || '—']),
        });
      return {
        fields: [
          ['Nomor berkas', record.caseNumber],
          ['Waktu pemeriksaan', `${shortTime(c.at, zone)} ${zone}`],
          ['Arsip yang dibandingkan', comparedText(compared, archiveSearch)],
        ],
        tables,
        notes: [
          `Kesimpulan: data berkas permohonan ${c.payload.outcome === 'valid' ? 'BENAR/VALID dan permohonan dapat dilaksanakan' : 'TIDAK VALID dan permohonan ditolak'}.`,
          ...noteLine(notes),
        ],
      };
    }
    case 'reset_report': {
      const c = at(6);
      if (!c) return none;
      const data = c.payload.data;
      const changed: readonly string[] = data.changedFields;
      const rows = intake.changes.filter((x) => changed.includes(x.field)).map((x) => [changeLabel(x), x.current, x.requested]);
      const tables: LetterTable[] = rows.length
        ? [{ caption: 'Perubahan informasi User ID yang dilaksanakan:', columns: ['Data', 'Semula', 'Menjadi'], widths: [0.24, 0.38, 0.38], rows }]
        : [];
      return {
        fields: [
          ['Nomor berkas', record.caseNumber],
          ['Waktu pelaksanaan di SPSE', `${shortTime(data.doneAt, zone)} ${zone}`],
          ['Reset password', data.passwordReset ? 'Dilaksanakan (password sementara tidak dicantumkan dalam berita acara ini)' : 'Tidak dilaksanakan'],
          ['Perubahan informasi User ID', rows.length ? `${rows.length} data (rincian di bawah)` : 'Tidak ada'],
          ['Pelaksana', c.operator?.name || '—'],
        ],
        tables,
        notes: noteLine(data.notes),
      };
    }
    case 'rejection_notice': {
      const c = at(7);
      if (!c) return none;
      const checks = c.payload.data.failedChecks;
      return {
        fields: [['Nomor berkas', record.caseNumber]],
        tables: checks.length ? [{ caption: 'Hasil pemeriksaan yang tidak terpenuhi:', columns: ['No.', 'Uraian'], widths: [0.08, 0.92], rows: checks.map((x, i) => [`${i + 1}.`, x]) }] : [],
        notes: [],
      };
    }
    case 'notification': {
      const c = at(6);
      const reset = passwordWasReset(folded, intake.kind);
      const changed: readonly string[] = c ? c.payload.data.changedFields : intake.changes.map((x) => x.field);
      const rows = intake.changes.filter((x) => changed.includes(x.field)).map((x) => [changeLabel(x), x.current, x.requested]);
      const userIdChange = intake.changes.find((x) => x.field === 'userId' && changed.includes('userId'));
      const fields: [string, string][] = [
        ['Nama', intake.requester.name],
        ['NIP', formatNip(intake.requester.nip)],
        ['User ID', userIdChange ? userIdChange.requested : intake.requester.userId],
      ];
      return {
        fields,
        tables: rows.length ? [{ caption: 'Informasi User ID yang telah diubah:', columns: ['Data', 'Semula', 'Menjadi'], widths: [0.24, 0.38, 0.38], rows }] : [],
        notes: reset ? [] : ['Password akun tidak direset; Saudara tetap menggunakan password yang berlaku.'],
      };
    }
    case 'control_sheet':
      return controlSheetData(record, folded, inputs);
  }
}

/**
 * What step 5 compared, as it recorded it (docs/sop.md §Decided: Step 5 sources): when the office
 * archive could not be reached, the letter says so instead of "no earlier request". Older trails
 * (no record) read as before.
 */
function comparedText(compared: readonly string[], archiveSearch: ArchiveSearch | undefined): string {
  const list = compared.length ? compared.join(', ') : null;
  if (archiveSearch !== 'unreachable') return list ?? 'tidak ada arsip permohonan sebelumnya';
  const away = 'Arsip kantor tidak dapat diakses saat pemeriksaan; yang dibandingkan hanya berkas di komputer ini';
  return list ? `${away}: ${list}` : `${away} (tidak ada berkas terdahulu)`;
}

function noteLine(v: string): string[] {
  const t = v.trim();
  return t ? [`Catatan: ${t}`] : [];
}

/**
 * The receipt acknowledges what was handed in at the counter (SOP step 1): the intake's letter and
 * SK on paper, never the scans attached later — otherwise the copy the Pokja holds would differ from
 * the one the archive keeps as soon as a page is scanned (docs/sop.md step 1).
 */
function receiptData(record: CaseRecord, zone: ZonaWaktu): KindData {
  const { intake } = record;
  const rows: string[][] = [
    ['1.', `Surat permohonan Nomor ${intake.letter.number} tanggal ${formatTanggal(intake.letter.date)} perihal ${intake.letter.subject}`, 'Hardcopy'],
    ['2.', `SK penetapan sebagai Pokja Pemilihan Nomor ${intake.sk.number} tanggal ${formatTanggal(intake.sk.date)}`, 'Hardcopy'],
  ];
  return {
    fields: [
      ['Nomor arsip', record.caseNumber],
      ['Waktu diterima', formatWaktu(intake.receivedAt, zone)],
      ['Jenis permohonan', KIND_LABELS[intake.kind]],
      // The receiving officer as the receipt's signature names them (one source: the registration).
      ['Diterima oleh', officerOf(record, 'receipt', 1)?.name ?? intake.receivedBy],
    ],
    tables: [{ caption: 'Berkas yang diterima:', columns: ['No.', 'Uraian berkas', 'Keterangan'], widths: [0.08, 0.67, 0.25], rows }],
    notes: [],
  };
}

const RESULT_LABELS: Record<string, string> = {
  completed: 'Selesai — pemohon telah diberi tahu',
  rejected: 'Ditolak — pemberitahuan penolakan telah disampaikan',
  not_completed: 'Tidak dilengkapi sampai batas waktu',
};

/**
 * One rounding rule for the whole sheet: a step's minutes are rounded up (a started minute counts,
 * as the over-standard check counts it), and the admin's total is the sum of those rounded rows,
 * so the figures on paper add up (docs/sop.md §Decided: Time standard).
 */
const minutesOf = (ms: number) => Math.ceil(ms / 60_000);
const CONTROL_SHEET_ROUNDING = 'Menit realisasi tiap langkah dibulatkan ke atas (menit yang sudah dimulai dihitung penuh); waktu kerja Admin adalah jumlah menit pada baris-baris tersebut.';

/** Step timers from the trail (engine's rules): only finished visits get minutes, so the content is stable. */
function controlSheetData(record: CaseRecord, f: Folded, inputs: ContentInputs): KindData {
  const zone = inputs.zone;
  const nth = (step: StepNo, visit: number) => f.completions.find((c) => c.payload.step === step && c.visit === visit);
  const genesis = record.events[0];
  const rows: string[][] = [
    ['1', genesis?.operator?.name ?? record.intake.receivedBy, shortTime(record.intake.receivedAt, zone), shortTime(record.intake.receivedAt, zone), '— / —', 'Berkas diserahkan Pokja dan dicatat'],
  ];
  let adminMinutes = 0;
  let standardTotal = 0;
  const visitLabel = (s: StepNo, v: number) => `${s}${v > 1 ? ` (ke-${v})` : ''}`;
  const waitingRows = f.waitingSpans.map((w, i) => ({ index: i, start: w.start, end: w.end }));
  const timed = f.visits.map((v) => ({ v, start: Date.parse(v.openedAt) }));
  const all = [
    ...timed.map((t) => ({ at: t.start, row: () => visitRow(t.v) })),
    ...waitingRows.map((w) => ({ at: w.start + 1, row: () => waitingRow(w) })),
  ].sort((a, b) => a.at - b.at);
  function visitRow(v: Folded['visits'][number]): string[] {
    const std = standardMinutes(v.step, inputs.workflow);
    const c = nth(v.step, v.visit);
    const operator = c?.operator?.name || v.openedBy?.name || '—';
    if (!v.completedAt) return [visitLabel(v.step, v.visit), operator, shortTime(v.openedAt, zone), '—', `— / ${std ?? '—'}`, 'Sedang berjalan'];
    const ms = workedMs(v, Date.parse(v.completedAt));
    const mins = minutesOf(ms);
    adminMinutes += mins;
    standardTotal += std ?? 0;
    const over = std !== null && ms > std * 60_000;
    const note = over ? `Melebihi standar ${mins - std} menit${v.overrunReason ? `: ${v.overrunReason}` : ''}` : 'Sesuai standar';
    return [visitLabel(v.step, v.visit), operator, shortTime(v.openedAt, zone), shortTime(v.completedAt, zone), `${mins} / ${std ?? '—'}`, note];
  }
  function waitingRow(w: { start: number; end: number | null }): string[] {
    const days = w.end === null ? null : Math.max(0, Math.round((w.end - w.start) / 86_400_000));
    return ['4', 'Pokja Pemilihan', shortTime(new Date(w.start).toISOString(), zone), w.end === null ? '—' : shortTime(new Date(w.end).toISOString(), zone), '— / —', days === null ? 'Menunggu kelengkapan dari Pokja' : `Melengkapi berkas (${days} hari, waktu Pokja)`];
  }
  for (const x of all) rows.push(x.row());
  // The paraf column stays blank: each officer initials their row by hand (tata naskah dinas).
  for (const row of rows) row.push('');
  const result = f.step === null ? (RESULT_LABELS[f.result] ?? 'Selesai') : `Dalam proses — langkah ${f.step}: ${stepTitle(f.step, record.intake.kind).id}`;
  return {
    fields: [
      ['Nomor berkas', record.caseNumber],
      ['Pemohon', `${record.intake.requester.name} (NIP ${formatNip(record.intake.requester.nip)})`],
      ['Jenis permohonan', KIND_LABELS[record.intake.kind]],
      ['Status', result],
      ['Waktu kerja Admin (selesai)', `${adminMinutes} menit dari standar ${standardTotal} menit`],
    ],
    tables: [
      {
        caption: 'Rekam jejak langkah SOP:',
        columns: ['Langkah', 'Petugas', 'Mulai', 'Selesai', 'Menit (realisasi / standar)', 'Keterangan', 'Paraf'],
        widths: [0.11, 0.17, 0.14, 0.14, 0.12, 0.22, 0.1],
        rows,
      },
    ],
    notes: [CONTROL_SHEET_ROUNDING, ...(f.waitingSpans.length ? ['Waktu menunggu kelengkapan dari Pokja (langkah 4) tidak dihitung sebagai waktu kerja Admin.'] : [])],
  };
}

/** The letter's date for issuing now: today in the configured zone. */
export const today = (now: Date, zone: ZonaWaktu) => localDate(now, zone);
