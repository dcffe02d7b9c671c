/**
 * Outgoing documents (issue "Paper out and the archive" §1): the letters and reports each SOP step
 * produces, in the form of an Indonesian *naskah dinas*. Templates (text with placeholders) and the
 * numbering live in `letters.json`; every issued letter is recorded in the outgoing-letter register
 * (`letters-register.json`, the agency's *agenda surat keluar*), never in the case record, so a
 * closed case can still get its control sheet at archiving time.
 */
import { z } from 'zod';
import { optionalMultilineText, optionalText, requiredMultilineText, requiredText, type FieldLabel } from './fields';
import { sha256Schema } from './document';
import { trailHeadSchema } from './trailHead';
import { messageToken } from '../messages/format';

/** One kind per SOP output (docs/sop.md §The procedure, output column) plus the receipt and the control sheet. */
export const LETTER_KINDS = [
  'receipt', // step 1: Tanda Terima Berkas (archive number as QR + barcode)
  'completeness_result', // step 2: Hasil Pengecekan Kelengkapan Berkas
  'completion_notice', // step 3: Pemberitahuan untuk Melengkapi Berkas
  'validity_result', // step 5: Hasil Pengecekan Kebenaran Berkas
  'reset_report', // step 6: Berita Acara Reset Password / Perubahan Informasi User ID
  'rejection_notice', // step 7: Pemberitahuan Permohonan Ditolak
  'notification', // step 8: Pemberitahuan Password Baru / Informasi User ID
  'control_sheet', // every step: Lembar Kendali
] as const;
export const letterKindSchema = z.enum(LETTER_KINDS, { error: messageToken('schema.unknownLetterKind') });
export type LetterKind = z.infer<typeof letterKindSchema>;

/** The SOP step whose completion makes the letter available (the control sheet: any time). */
export const LETTER_STEP: Record<LetterKind, number> = {
  receipt: 1,
  completeness_result: 2,
  completion_notice: 3,
  validity_result: 5,
  reset_report: 6,
  rejection_notice: 7,
  notification: 8,
  control_sheet: 9,
};

export const LETTER_KIND_LABELS: Record<LetterKind, { id: string; en: string }> = {
  receipt: { id: 'Tanda Terima Berkas', en: 'Receipt of the file' },
  completeness_result: { id: 'Hasil Pengecekan Kelengkapan Berkas', en: 'Completeness check result' },
  completion_notice: { id: 'Pemberitahuan untuk Melengkapi Berkas', en: 'Notice to complete the file' },
  validity_result: { id: 'Hasil Pengecekan Kebenaran Berkas', en: 'Validity check result' },
  reset_report: { id: 'Berita Acara Reset Password / Perubahan Informasi User ID', en: 'Official report of the reset / User ID change' },
  rejection_notice: { id: 'Pemberitahuan Permohonan Ditolak', en: 'Rejection notice' },
  notification: { id: 'Pemberitahuan Password Baru / Informasi User ID', en: 'New password / User ID information notice' },
  control_sheet: { id: 'Lembar Kendali', en: 'Control sheet' },
};

/**
 * Placeholders a template may use, with what they stand for (shown beside the template editor).
 * Unknown placeholders are refused when a template is saved.
 */
export const LETTER_PLACEHOLDERS = {
  nama: 'Nama pemohon',
  nip: 'NIP pemohon (dengan spasi baku)',
  jabatan: 'Jabatan pemohon',
  instansi: 'Instansi/unit kerja pemohon',
  userId: 'User ID SPSE',
  nomorBerkas: 'Nomor berkas (nomor arsip)',
  jenisPermohonan: 'Jenis permohonan (reset password / perubahan informasi User ID)',
  nomorSuratPermohonan: 'Nomor surat permohonan',
  tanggalSuratPermohonan: 'Tanggal surat permohonan',
  perihalSuratPermohonan: 'Perihal surat permohonan',
  nomorSk: 'Nomor SK penetapan Pokja',
  tanggalSk: 'Tanggal SK penetapan Pokja',
  tanggalDiterima: 'Tanggal berkas diterima',
  perubahan: 'Daftar perubahan data (lama → baru)',
  kekurangan: 'Daftar kekurangan berkas (langkah 3)',
  batasWaktu: 'Batas waktu melengkapi berkas (langkah 3)',
  alasan: 'Alasan penolakan (langkah 7)',
  tanggalReset: 'Tanggal pelaksanaan di SPSE (langkah 6)',
  instansiKami: 'Nama instansi (pengaturan)',
  unitKami: 'Nama unit UKPBJ/LPSE (pengaturan)',
  kota: 'Kota/kabupaten (pengaturan)',
  penandatangan: 'Nama penanda tangan',
  jabatanPenandatangan: 'Jabatan penanda tangan',
  // The date of the letter in words, for the opening of a berita acara (tata naskah dinas).
  hari: 'Nama hari tanggal surat (mis. Selasa)',
  tanggalTerbilang: 'Tanggal surat dengan huruf (mis. dua puluh sembilan)',
  bulan: 'Nama bulan tanggal surat (mis. Februari)',
  tahunTerbilang: 'Tahun surat dengan huruf (mis. dua ribu dua puluh delapan)',
} as const;
export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;

/** Names in `{…}` that are not placeholders (an Indonesian message for the first one), else null. */
export function unknownPlaceholder(text: string): string | null {
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1] ?? '';
    if (!(name in LETTER_PLACEHOLDERS)) return `Penanda {${name}} tidak dikenal. Pilih dari daftar penanda di samping.`;
  }
  return null;
}

const templateText = (label: FieldLabel, max: number, lines: 'one' | 'many' = 'one') =>
  (lines === 'one' ? requiredText(label, max) : requiredMultilineText(label, max)).superRefine((t, ctx) => {
    const problem = unknownPlaceholder(t);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** *Sifat* of a letter (naskah dinas). */
export const LETTER_NATURES = ['Biasa', 'Segera', 'Penting', 'Terbatas'] as const;

export const letterTemplateSchema = z.object({
  /** *Hal/Perihal*. */
  subject: templateText('label.subject', 300),
  /** Body paragraphs separated by a blank line; step data (tables, checklists) are drawn by the generator after it. */
  body: templateText('label.letterBody', 5000, 'many'),
  /** Closing paragraph ("Demikian … disampaikan …"). */
  closing: optionalMultilineText('label.closing', 1000).default(''),
  /** *Tembusan*, one per line. */
  copies: z.array(requiredText('label.copiesTo', 200)).max(10).default([]),
  /** `{kode}` of the number pattern (e.g. "RST" for the reset report). */
  code: z.string().trim().max(20, { error: messageToken('schema.letterCodeMax') }).regex(/^[A-Za-z0-9.-]*$/, { error: messageToken('schema.letterCodeChars') }).default(''),
  /** Numbered letters take the next number of the year's sequence when first issued. */
  numbered: z.boolean().default(true),
  nature: z.enum(LETTER_NATURES).default('Biasa'),
});
export type LetterTemplate = z.output<typeof letterTemplateSchema>;

/** Tokens of the letter number pattern: {seq} per-year sequence (3 digits), {kode}, {bulan}, {bulanRomawi}, {tahun}. */
export const LETTER_NUMBER_TOKENS = ['seq', 'kode', 'ws', 'bulan', 'bulanRomawi', 'tahun'] as const;
/**
 * For a folder that has not saved its own pattern: with the workstation code, as the case number
 * has it, so two PCs sharing one office archive never issue the same letter number (docs/office.md).
 * A pattern saved before {ws} existed is kept as it is.
 */
export const DEFAULT_LETTER_NUMBER_PATTERN = '{seq}/{kode}/{ws}/UKPBJ/{bulanRomawi}/{tahun}';

/**
 * Who signs a letter (issue 10 §2): a role, never a name typed here — the head of unit comes from the
 * agency profile (settings.json), the officer from the trail (the operator recorded on the event that
 * did the work; for the receipt the one recorded at registration). So a change of the head shows on
 * every letter at once, and no second copy of a signer can go stale.
 */
export const SIGNER_ROLES = ['officer', 'head'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];
/** Who signs under "Mengetahui," (acknowledges), or nobody. */
export const ACKNOWLEDGER_ROLES = ['head', 'officer', 'none'] as const;
export type AcknowledgerRole = (typeof ACKNOWLEDGER_ROLES)[number];

export const letterSignersSchema = z
  .object({
    signer: z.enum(SIGNER_ROLES, { error: messageToken('schema.pickSigner') }),
    acknowledger: z.enum(ACKNOWLEDGER_ROLES, { error: messageToken('schema.pickAcknowledger') }),
  })
  .refine((s) => s.signer !== s.acknowledger, { path: ['acknowledger'], error: messageToken('schema.acknowledgerIsSigner') });
export type LetterSigners = z.output<typeof letterSignersSchema>;

/**
 * Defaults: the officer who did the work signs and the head acknowledges (the results, the berita
 * acara, the control sheet); the receipt is signed by the receiving officer alone (the head is not at
 * the counter); letters to the requester are *surat dinas* of the unit, signed by its head.
 */
export const DEFAULT_LETTER_SIGNERS: Record<LetterKind, LetterSigners> = {
  receipt: { signer: 'officer', acknowledger: 'none' },
  completeness_result: { signer: 'officer', acknowledger: 'head' },
  completion_notice: { signer: 'head', acknowledger: 'none' },
  validity_result: { signer: 'officer', acknowledger: 'head' },
  reset_report: { signer: 'officer', acknowledger: 'head' },
  rejection_notice: { signer: 'head', acknowledger: 'none' },
  notification: { signer: 'head', acknowledger: 'none' },
  control_sheet: { signer: 'officer', acknowledger: 'head' },
};

export const letterSignersByKindSchema = z
  .object(Object.fromEntries(LETTER_KINDS.map((k) => [k, letterSignersSchema.default(DEFAULT_LETTER_SIGNERS[k])])) as Record<LetterKind, z.ZodDefault<typeof letterSignersSchema>>)
  .default(DEFAULT_LETTER_SIGNERS);

export const LETTERS_SETTINGS_VERSION = 2;
export const lettersSettingsInputSchema = z.object({
  numberPattern: z.string().trim().min(1, { error: messageToken('schema.letterNumberPatternRequired') }).max(80),
  /** Which role signs each kind and who acknowledges it; the people come from the profile and the trail. */
  signers: letterSignersByKindSchema,
  /** Extra letterhead lines under the institution and unit (phone, e-mail, website). */
  letterheadLines: z.array(optionalText('label.letterheadLine', 200)).max(3).default([]),
  /** Logo on the letterhead: a PNG/JPEG blob in the data folder (sha256), '' for none. */
  logo: z.union([z.literal(''), sha256Schema]).default(''),
  templates: z.object(Object.fromEntries(LETTER_KINDS.map((k) => [k, letterTemplateSchema])) as Record<LetterKind, typeof letterTemplateSchema>),
});
export type LettersSettingsInput = z.input<typeof lettersSettingsInputSchema>;
export const lettersSettingsSchema = lettersSettingsInputSchema.extend({ schemaVersion: z.literal(LETTERS_SETTINGS_VERSION) });
export type LettersSettings = z.output<typeof lettersSettingsSchema>;

/**
 * A letter of one case: which kind, and which visit of its step it documents (step 2 and 3 may be
 * visited twice when the Pokja completes the file; visit 1 otherwise).
 */
export const letterRefSchema = z.object({
  kind: letterKindSchema,
  visit: z.number().int().positive().default(1),
});
export type LetterRef = z.output<typeof letterRefSchema>;

/** One entry of the outgoing-letter register: a letter as issued (numbered and archived). */
export const issuedLetterSchema = z.object({
  caseId: z.string(),
  kind: letterKindSchema,
  visit: z.number().int().positive(),
  /** Re-issuing after the case data changed makes version 2, 3…; the number stays. */
  version: z.number().int().positive(),
  /** '' for unnumbered kinds. */
  number: z.string(),
  year: z.number().int(),
  /** Sequence within the year; 0 for unnumbered kinds. */
  seq: z.number().int().nonnegative(),
  issuedAt: z.iso.datetime({ offset: true }),
  /** The letter's date as printed, "YYYY-MM-DD" in the configured zone. */
  date: z.string(),
  /** sha256 of the canonical JSON of what the letter says (password redacted); printed in its QR code. */
  contentHash: sha256Schema,
  /** The archived PDF/A-2b (password redacted) in the blob store. */
  blob: sha256Schema,
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().positive(),
  operator: z.object({ id: z.string(), name: z.string() }).nullable(),
  /**
   * The head of the case's trail when this version was issued: a copy of the chain kept in the
   * register, outside the case file (`loket verify --data-dir` checks the bag's trail still passes
   * through it). Absent on letters issued before it was recorded.
   */
  trailHead: trailHeadSchema.optional(),
  /**
   * Made by the archiver for a letter not printed in this version (issue 10 §8): it takes no new
   * number and says on its face that it was never printed; its date is the archiving date.
   */
  archiveCopy: z.boolean().default(false),
  /**
   * Issued by the archiver at export, not printed by an operator: the archive copies, and the control
   * sheet it numbers as usual as the archive's own record (issue 10 walkthrough: the letters section
   * said "Tercetak" for a sheet nobody printed). A later print of the same content is recorded as
   * an entry of the same version without it. False on every version an operator printed, and on
   * versions recorded before it was kept.
   */
  byArchiver: z.boolean().default(false),
});
export type IssuedLetter = z.infer<typeof issuedLetterSchema>;

/** What `letters.list` shows per letter of a case. */
export const caseLetterSchema = z.object({
  kind: letterKindSchema,
  visit: z.number().int().positive(),
  title: z.string(),
  /** False until the step that produces it is completed. */
  available: z.boolean(),
  /** Latest issued version, null if never issued. */
  issued: issuedLetterSchema.nullable(),
  /** The case data changed since that version was issued (issuing again makes a new version). */
  stale: z.boolean(),
  /** Step 8 only: the temporary password is still in memory, so a printed copy can carry it. */
  passwordAvailable: z.boolean(),
});
export type CaseLetter = z.infer<typeof caseLetterSchema>;

/** Rendered pages of a PDF for the preview and for printing (PNG data URLs; never written to disk). */
export const pdfPreviewSchema = z.object({
  pages: z.array(z.object({ dataUrl: z.string(), width: z.number().int().positive(), height: z.number().int().positive() })),
  /** Page size in PDF points (A4 = 595 × 842), so print CSS can size the images exactly. */
  pageWidthPt: z.number().positive(),
  pageHeightPt: z.number().positive(),
});
export type PdfPreview = z.infer<typeof pdfPreviewSchema>;
