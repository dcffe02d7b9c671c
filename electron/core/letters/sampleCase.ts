/**
 * A realistic case for the live template preview (`letters.templatePreview`): registered, walked
 * through the SOP by the real engine (so the trail, timers and step payloads are what a real case
 * has), held in memory only — nothing is written to the store.
 */
import { localDate } from '../../../shared/dates';
import { CASE_SCHEMA_VERSION, intakeSchema, type CaseRecord } from '../../../shared/domain/case';
import type { LetterKind } from '../../../shared/domain/letters';
import type { OperatorRef } from '../../../shared/domain/trail';
import { CHECKLIST_LINES, stepPayloadSchema, type StepPayloadInput, type WorkflowSettings } from '../../../shared/domain/workflow';
import { foldTrail } from '../../../shared/domain/workflowFold';
import { isTimedStep, type Outcome } from '../../../shared/sop/definition';
import { planComplete, planOpen, type EngineContext } from '../workflow/engine';
import { appendEvents, genesisEvent } from '../workflow/trail';

const OPERATOR: OperatorRef = { id: 'op-contoh', name: 'Rina Wulandari, S.Kom.', nip: '199001152015032001' };

/** Paths through the SOP: the rejection notice needs its own (steps 6 and 8 are never both with 7). */
const COMPLETED: Outcome[] = ['incomplete', 'notice_sent', 'supplemented', 'complete', 'valid', 'reset_done', 'notified', 'archived'];
const REJECTED: Outcome[] = ['complete', 'invalid', 'rejection_sent', 'archived'];

export function sampleCase(kind: LetterKind, now: Date, settings: WorkflowSettings): CaseRecord {
  let t = now.getTime() - 3 * 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const receivedAt = iso(t);
  const intake = intakeSchema.parse({
    kind: 'both',
    changes: [{ field: 'email', label: '', current: 'siti.nurhaliza@sukamajukab.go.id', requested: 'siti.n@sukamajukab.go.id' }],
    requester: {
      name: 'Siti Nurhaliza, S.T.',
      nip: '198503122010012003',
      position: 'Anggota Pokja Pemilihan',
      agency: 'Dinas Pekerjaan Umum dan Penataan Ruang',
      userId: 'siti.nurhaliza',
      email: 'siti.nurhaliza@sukamajukab.go.id',
      phone: '081234567890',
    },
    letter: { number: '027/145/DPUPR/2026', date: localDate(new Date(t - 2 * 86_400_000)), subject: 'Permohonan Reset Password dan Perubahan Email Akun SPSE' },
    sk: { number: '027/12/UKPBJ/2026', date: '2026-01-05', issuer: 'Kepala UKPBJ', validFrom: '2026-01-05', validUntil: '' },
    receivedAt,
    receivedBy: OPERATOR.name,
    notes: '',
  });
  const year = Number(receivedAt.slice(0, 4));
  let record: CaseRecord = {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: `${year}-WS01-00001`,
    caseNumber: `0001/WS01/RP-UKPBJ/XI/${year}`,
    year,
    workstation: 'WS01',
    seq: 1,
    status: 'registered',
    createdAt: receivedAt,
    updatedAt: receivedAt,
    revision: 0,
    intakeRevision: 0,
    intake,
    events: [genesisEvent({ intake, id: `${year}-WS01-00001`, caseNumber: `0001/WS01/RP-UKPBJ/XI/${year}` }, OPERATOR, 'app', receivedAt)],
    documents: [],
  };
  for (const outcome of kind === 'rejection_notice' ? REJECTED : COMPLETED) {
    const step = foldTrail(record.events).step;
    if (step === null) break;
    t += 10 * 60_000;
    const ctx = (): EngineContext => ({ now: new Date(t), settings, zone: 'WIB', operator: OPERATOR, source: 'app', password: 'generated' });
    const opened = isTimedStep(step) ? planOpen(record, step, ctx()) : [];
    t += 4 * 60_000;
    const form = stepPayloadSchema.parse(formFor(outcome, iso(t - 60_000), localDate(new Date(t + 14 * 86_400_000))));
    const events = [...opened, ...planComplete({ ...record, events: appendEvents(record, opened) }, form, '', ctx())];
    record = { ...record, events: appendEvents(record, events), revision: record.revision + 1 };
    record = { ...record, status: foldTrail(record.events).status };
    if (kind !== 'control_sheet' && kind !== 'notification' && done(kind, outcome)) break;
    // The step-8 notice is printed while the case is at step 8.
    if (kind === 'notification' && outcome === 'reset_done') break;
  }
  return record;
}

const STOP_AFTER: Partial<Record<LetterKind, Outcome>> = {
  receipt: 'incomplete',
  completeness_result: 'incomplete',
  completion_notice: 'notice_sent',
  validity_result: 'valid',
  reset_report: 'reset_done',
  rejection_notice: 'rejection_sent',
};
const done = (kind: LetterKind, outcome: Outcome) => STOP_AFTER[kind] === outcome;

const yes = Object.fromEntries(CHECKLIST_LINES.map((l) => [l, 'yes'])) as Record<(typeof CHECKLIST_LINES)[number], 'yes'>;

function formFor(outcome: Outcome, at: string, deadline: string): StepPayloadInput {
  switch (outcome) {
    case 'incomplete':
      return { step: 2, checklist: { ...yes, sk_present: 'no', letter_signed_stamped: 'no' }, decision: 'incomplete' };
    case 'complete':
      return { step: 2, checklist: yes, decision: 'complete' };
    case 'notice_sent':
      return { step: 3, missingItems: ['letter_signed_stamped', 'sk_present'], channel: 'phone', sentAt: at, deadline };
    case 'supplemented':
      return { step: 4, outcome: 'supplemented', receivedAt: at, items: ['SK penetapan Pokja (salinan)', 'Surat permohonan bertanda tangan dan cap'] };
    case 'valid':
      return {
        step: 5,
        spse: { name: 'Siti Nurhaliza, S.T.', nip: '198503122010012003', userId: 'siti.nurhaliza', email: 'siti.nurhaliza@sukamajukab.go.id', phone: '081234567890', agency: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
        confirmations: [{ channel: 'phone', contact: 'Siti Nurhaliza (0812-3456-7890)', at, result: 'confirmed' }],
        decision: 'valid',
      };
    case 'invalid':
      return { step: 5, spse: { name: 'Siti Aminah', nip: '198503122010012003', userId: 'siti.nurhaliza' }, decision: 'invalid', notes: 'Nama pada SPSE berbeda dengan nama pada surat permohonan.' };
    case 'reset_done':
      return { step: 6, passwordReset: true, changedFields: ['email'], doneAt: at };
    case 'rejection_sent':
      return { step: 7, failedChecks: ['Nama tidak sama dengan data di SPSE'], reason: 'Nama pemohon pada surat permohonan tidak sama dengan nama akun pada SPSE.', channel: 'letter', sentAt: at };
    case 'notified':
      return { step: 8, channel: 'in_person', receivedBy: 'Siti Nurhaliza, S.T.', at, mustChangeReminder: true };
    case 'archived':
      return { step: 9, physical: { box: 'B-12', folder: 'F-034', shelf: 'Lemari 2 rak 3' }, electronic: 'pending' };
    default:
      throw new Error(`sample case: no form for ${outcome}`);
  }
}
