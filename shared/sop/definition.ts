/**
 * The SOP as data (docs/sop.md §The procedure): *SOP Reset Password dan Perubahan Informasi User ID
 * Pokja Pemilihan*. The core's engine interprets it, the UI draws the flowchart and the timers from
 * it. A revised SOP is a change here (and standard minutes can be overridden in workflow.json).
 */

import type { RequestKind } from '../domain/case';

export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type StepNo = (typeof STEP_NUMBERS)[number];

export type Actor = 'pokja' | 'admin' | 'admin_to_pokja';
/** activity: an ordinary box; decision: a box ending in a yes/no question; waiting: the Pokja's turn. */
export type StepShape = 'activity' | 'decision' | 'waiting';

export interface Bilingual {
  id: string;
  en: string;
}

/** Documents a step produces (the letters issue renders them; the archive lists them). */
export const SOP_DOCUMENTS = [
  'hardcopy_request', // step 1: the request file handed in
  'completeness_result', // step 2: Hasil Pengecekan Berkas
  'completion_notice', // step 3: Pemberitahuan untuk melengkapi berkas
  'validity_check', // step 5: Pengecekan Berkas
  'reset_result', // step 6: hasil reset dan informasi User ID
  'rejection_notice', // step 7: Pemberitahuan permohonan ditolak
  'password_notice', // step 8: Pemberitahuan Password Baru / Informasi User ID
  'archive_record', // step 9: Arsip berkas
] as const;
export type SopDocument = (typeof SOP_DOCUMENTS)[number];

export interface SopStep {
  no: StepNo;
  shape: StepShape;
  actor: Actor;
  title: Bilingual;
  /**
   * The title as a case of that kind does the step, where the SOP's wording names one kind only
   * (step 6 says "reset password"; a User-ID-only change resets none): docs/sop.md §Decided: Request kinds.
   */
  titleByKind?: Partial<Record<RequestKind, Bilingual>>;
  /** The SOP's *mutu baku* in minutes of admin work; null = not the admin's time (N/A). */
  standardMinutes: number | null;
  requirement: Bilingual;
  output: Bilingual;
  documents: readonly SopDocument[];
  note?: Bilingual;
  /** The kinds the note speaks of (all when absent): step 8's default password is only a reset's. */
  noteKinds?: readonly RequestKind[];
}

/** Outcomes that leave a step: each names one arrow of the flowchart. */
export const OUTCOMES = [
  'submitted', // 1 → 2
  'complete', // 2 → 5
  'incomplete', // 2 → 3
  'notice_sent', // 3 → 4
  'supplemented', // 4 → 2
  'expired', // 4 → 9 (docs/sop.md §Decided: Waiting for the Pokja)
  'valid', // 5 → 6
  'invalid', // 5 → 7
  'reset_done', // 6 → 8
  'rejection_sent', // 7 → 9
  'notified', // 8 → 9
  'archived', // 9 → end
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface SopArrow {
  from: StepNo;
  /** null = the end of the procedure (the case is closed). */
  to: StepNo | null;
  outcome: Outcome;
  label: Bilingual;
  /** Not drawn in the SOP's flowchart; added by a decision (docs/sop.md §Decided). */
  decided?: true;
}

export interface SopDecision {
  step: StepNo;
  question: Bilingual;
  yes: Outcome;
  no: Outcome;
}

export const SOP_STEPS: readonly SopStep[] = [
  {
    no: 1,
    shape: 'activity',
    actor: 'pokja',
    title: { id: 'Menyampaikan berkas permohonan reset password / informasi User ID', en: 'Submit the request file for password reset / User ID information' },
    standardMinutes: null,
    requirement: { id: 'a. Surat permohonan; b. SK penetapan sebagai Pokja Pemilihan', en: 'a. Request letter; b. SK appointing as Pokja member' },
    output: { id: 'Berkas diserahkan dalam bentuk hardcopy', en: 'File handed in as hardcopy' },
    documents: ['hardcopy_request'],
  },
  {
    no: 2,
    shape: 'decision',
    actor: 'admin',
    title: { id: 'Menerima dan memeriksa kelengkapan berkas permohonan', en: 'Receive and check the completeness of the request file' },
    standardMinutes: 5,
    requirement: { id: 'Berkas permohonan', en: 'The request file' },
    output: { id: 'Hasil pengecekan berkas', en: 'Completeness check result' },
    documents: ['completeness_result'],
  },
  {
    no: 3,
    shape: 'activity',
    actor: 'admin',
    title: { id: 'Meminta anggota Pokja melengkapi berkas', en: 'Ask the Pokja member to complete the file' },
    standardMinutes: 5,
    requirement: { id: 'Berkas permohonan yang belum lengkap', en: 'The incomplete request file' },
    output: { id: 'Pemberitahuan untuk melengkapi berkas', en: 'Notice to complete the file' },
    documents: ['completion_notice'],
  },
  {
    no: 4,
    shape: 'waiting',
    actor: 'pokja',
    title: { id: 'Melengkapi kekurangan berkas', en: 'Complete the missing documents' },
    standardMinutes: null,
    requirement: { id: 'Pemberitahuan untuk melengkapi berkas', en: 'The notice to complete the file' },
    output: { id: 'Berkas pelengkap (kembali ke langkah 2)', en: 'Supplementary documents (back to step 2)' },
    documents: [],
  },
  {
    no: 5,
    shape: 'decision',
    actor: 'admin',
    title: { id: 'Memeriksa kebenaran/keabsahan berkas', en: 'Check the correctness/validity of the file' },
    standardMinutes: 15,
    requirement: {
      id: 'Data pada berkas permohonan sesuai dengan data di SPSE atau arsip permohonan saat registrasi awal',
      en: 'The data in the request matches the data in SPSE or the archive of the initial registration',
    },
    output: { id: 'Pengecekan berkas', en: 'File check' },
    documents: ['validity_check'],
    note: {
      id: 'Bila perlu, Admin Agency dapat mengonfirmasi kepada anggota Pokja melalui telepon atau tatap muka.',
      en: 'If needed, the admin may confirm with the Pokja member by telephone or in person.',
    },
  },
  {
    no: 6,
    shape: 'activity',
    actor: 'admin',
    title: { id: 'Melakukan reset password di SPSE', en: 'Reset the password in SPSE' },
    titleByKind: {
      change_info: { id: 'Melakukan perubahan informasi User ID di SPSE', en: 'Change the User ID information in SPSE' },
      both: { id: 'Melakukan reset password dan perubahan informasi User ID di SPSE', en: 'Reset the password and change the User ID information in SPSE' },
    },
    standardMinutes: 15,
    requirement: { id: 'Hasil pemeriksaan: lengkap dan valid', en: 'Check result: complete and valid' },
    output: { id: 'Hasil reset dan informasi User ID', en: 'Result of the reset and the User ID information' },
    documents: ['reset_result'],
  },
  {
    no: 7,
    shape: 'activity',
    actor: 'admin',
    title: { id: 'Memberitahukan bahwa permohonan ditolak', en: 'Notify the Pokja member that the request is rejected' },
    standardMinutes: 5,
    requirement: { id: 'Hasil pemeriksaan: tidak lengkap atau tidak valid', en: 'Check result: incomplete or invalid' },
    output: { id: 'Pemberitahuan permohonan ditolak', en: 'Rejection notice' },
    documents: ['rejection_notice'],
  },
  {
    no: 8,
    shape: 'activity',
    actor: 'admin_to_pokja',
    title: { id: 'Memberitahukan password baru / informasi User ID kepada anggota Pokja', en: 'Notify the new password / User ID information to the Pokja member' },
    standardMinutes: 10,
    requirement: { id: 'Password hasil reset / informasi User ID', en: 'The reset password / User ID information' },
    output: { id: 'Pemberitahuan password baru / informasi User ID', en: 'New password / User ID information notice' },
    documents: ['password_notice'],
    note: {
      id: 'Anggota Pokja wajib mengganti password default yang diterima dari Admin Agency.',
      en: 'The Pokja member must change the default password received from the Admin Agency.',
    },
    noteKinds: ['reset_password', 'both'],
  },
  {
    no: 9,
    shape: 'activity',
    actor: 'admin',
    title: { id: 'Mengarsipkan berkas sesuai SOP Pengarsipan Berkas UKPBJ', en: 'Archive the file per the UKPBJ filing SOP' },
    standardMinutes: 5,
    requirement: {
      id: 'Hasil reset / informasi User ID, pemberitahuan password baru / informasi User ID, berkas permohonan',
      en: 'The reset / User ID information, the new-password / User ID notice, the request',
    },
    output: { id: 'Arsip berkas', en: 'Archived file' },
    documents: ['archive_record'],
  },
];

export const SOP_ARROWS: readonly SopArrow[] = [
  { from: 1, to: 2, outcome: 'submitted', label: { id: 'Berkas diterima', en: 'File received' } },
  { from: 2, to: 5, outcome: 'complete', label: { id: 'Lengkap', en: 'Complete' } },
  { from: 2, to: 3, outcome: 'incomplete', label: { id: 'Tidak lengkap', en: 'Incomplete' } },
  { from: 3, to: 4, outcome: 'notice_sent', label: { id: 'Pemberitahuan disampaikan', en: 'Notice sent' } },
  { from: 4, to: 2, outcome: 'supplemented', label: { id: 'Berkas dilengkapi', en: 'Documents supplied' } },
  { from: 4, to: 9, outcome: 'expired', label: { id: 'Batas waktu lewat: tidak diselesaikan', en: 'Deadline passed: not completed' }, decided: true },
  { from: 5, to: 6, outcome: 'valid', label: { id: 'Valid', en: 'Valid' } },
  { from: 5, to: 7, outcome: 'invalid', label: { id: 'Tidak valid', en: 'Invalid' } },
  { from: 6, to: 8, outcome: 'reset_done', label: { id: 'Reset selesai', en: 'Reset done' } },
  { from: 7, to: 9, outcome: 'rejection_sent', label: { id: 'Penolakan disampaikan', en: 'Rejection sent' }, decided: true },
  { from: 8, to: 9, outcome: 'notified', label: { id: 'Pemberitahuan diterima', en: 'Notice handed over' } },
  { from: 9, to: null, outcome: 'archived', label: { id: 'Selesai', en: 'Done' } },
];

export const SOP_DECISIONS: readonly SopDecision[] = [
  { step: 2, question: { id: 'Apakah berkas lengkap?', en: 'Is the file complete?' }, yes: 'complete', no: 'incomplete' },
  { step: 5, question: { id: 'Apakah berkas valid?', en: 'Is the file valid?' }, yes: 'valid', no: 'invalid' },
];

export const SOP_NAME: Bilingual = {
  id: 'SOP Reset Password dan Perubahan Informasi User ID Pokja Pemilihan',
  en: 'SOP for resetting the password and changing the User ID information of a Pokja Pemilihan member',
};

export function sopStep(no: StepNo): SopStep {
  const s = SOP_STEPS.find((x) => x.no === no);
  if (!s) throw new RangeError(`langkah SOP ${no}`);
  return s;
}

/** A step's title for a case of `kind` (the SOP's own title where it does not depend on the kind). */
export function stepTitle(no: StepNo, kind: RequestKind): Bilingual {
  const s = sopStep(no);
  return s.titleByKind?.[kind] ?? s.title;
}

/** A step's SOP note for a case of `kind`, when it speaks of that kind. */
export function stepNote(no: StepNo, kind: RequestKind): Bilingual | undefined {
  const s = sopStep(no);
  return !s.noteKinds || s.noteKinds.includes(kind) ? s.note : undefined;
}

/** Arrows leaving a step, in definition order. */
export function arrowsFrom(no: StepNo): SopArrow[] {
  return SOP_ARROWS.filter((a) => a.from === no);
}

export function arrowOf(from: StepNo, outcome: Outcome): SopArrow | undefined {
  return SOP_ARROWS.find((a) => a.from === from && a.outcome === outcome);
}

/** Steps whose time is the admin's (a timer runs): the SOP gives them a standard time. */
export function isTimedStep(no: StepNo): boolean {
  return sopStep(no).standardMinutes !== null;
}

export function isStepNo(n: number): n is StepNo {
  return (STEP_NUMBERS as readonly number[]).includes(n);
}
