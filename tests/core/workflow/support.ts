/** Step forms and an in-memory case for the workflow tests (the engine is pure; the core tests add the store). */
import { intakeSchema, type CaseRecord, type Intake, type RequestKind } from '../../../shared/domain/case';
import { CHECKLIST_LINES, stepPayloadSchema, type StepPayload, type StepPayloadInput } from '../../../shared/domain/workflow';
import { foldTrail } from '../../../shared/domain/workflowFold';
import { isTimedStep, type Outcome } from '../../../shared/sop/definition';
import type { Core } from '../../../electron/core/core';
import type { OperatorPublic } from '../../../shared/domain/operator';
import type { WorkflowState } from '../../../shared/domain/workflow';
import { atTheKeyboard, call, TEST_OPERATOR } from '../support/core';
import { localDate } from '../../../shared/dates';
import type { OperatorRef } from '../../../shared/domain/trail';
import { appendEvents, genesisEvent, type NewEvent } from '../../../electron/core/workflow/trail';
import { defaultWorkflowSettings } from '../../../electron/core/workflow/settingsFile';
import type { EngineContext } from '../../../electron/core/workflow/engine';
import { validIntake } from '../../fixtures/intake';

export const ADMIN: OperatorRef = { id: 'op-0123456789ab', name: 'Rina Wulandari', nip: '199001152015032001' };

const CURRENT_EMAIL = 'siti.nurhaliza@sukamajukab.go.id';

/** A valid intake of each kind (the fixture's requester; "both"/"change_info" change the e-mail). */
export function intakeOf(kind: RequestKind): Intake {
  const changes = kind === 'reset_password' ? [] : [{ field: 'email' as const, label: '', current: CURRENT_EMAIL, requested: 'siti.n@sukamajukab.go.id' }];
  const base = validIntake({ kind, changes });
  // In force on every day these tests use, however far past the fixture's receipt they move their
  // clock: step 5 counts an SK out of force as a failed check.
  return intakeSchema.parse({ ...base, sk: { ...base.sk, validFrom: '2020-01-02', validUntil: '' } });
}

export function newRecord(kind: RequestKind = 'both', createdAt = testIso(-29 * 60_000)): CaseRecord {
  const intake = intakeOf(kind);
  return {
    schemaVersion: 2,
    id: '2026-WS01-00001',
    caseNumber: '0001/WS01/RP-UKPBJ/XI/2026',
    year: 2026,
    workstation: 'WS01',
    seq: 1,
    status: 'registered',
    createdAt,
    updatedAt: createdAt,
    revision: 0,
    intakeRevision: 0,
    intake,
    events: [genesisEvent({ intake, id: '2026-WS01-00001', caseNumber: '0001/WS01/RP-UKPBJ/XI/2026' }, ADMIN, 'app', createdAt)],
    documents: [],
  };
}

/** Appends events as the handlers do (status kept in sync with the trail). */
export function apply(record: CaseRecord, events: readonly NewEvent[]): CaseRecord {
  const trail = appendEvents(record, events);
  return { ...record, events: trail, status: foldTrail(trail).status, revision: record.revision + 1 };
}

export function ctxAt(now: Date, over: Partial<EngineContext> = {}): EngineContext {
  return { now, settings: defaultWorkflowSettings(), zone: 'WIB', operator: ADMIN, source: 'app', password: 'generated', ...over };
}

const allYes = Object.fromEntries(CHECKLIST_LINES.map((l) => [l, 'yes'])) as Record<(typeof CHECKLIST_LINES)[number], 'yes'>;

/** The form a step's admin would submit to leave it by `outcome` (times and the notice's deadline relative to `at`). */
export function formFor(outcome: Outcome, at: Date, kind: RequestKind = 'both', deadline = defaultDeadline(at)): StepPayloadInput {
  const iso = new Date(at.getTime() - 60_000).toISOString();
  switch (outcome) {
    case 'complete':
      return { step: 2, checklist: { ...allYes, changes_stated: kind === 'reset_password' ? 'na' : 'yes' }, decision: 'complete' };
    case 'incomplete':
      return { step: 2, checklist: { ...allYes, changes_stated: kind === 'reset_password' ? 'na' : 'yes', sk_present: 'no', letter_signed_stamped: 'no' }, decision: 'incomplete' };
    case 'notice_sent':
      return { step: 3, missingItems: ['letter_signed_stamped', 'sk_present'], channel: 'phone', sentAt: iso, deadline };
    case 'supplemented':
      return { step: 4, outcome: 'supplemented', receivedAt: iso, items: ['SK penetapan Pokja (salinan)', 'Surat permohonan bertanda tangan dan cap'] };
    case 'expired':
      return { step: 4, outcome: 'expired', reason: 'Sampai batas waktu kekurangan berkas tidak dilengkapi.' };
    case 'valid':
      return {
        step: 5,
        spse: { name: 'Siti Nurhaliza, S.T.', nip: '198503122010012003', userId: 'siti.nurhaliza', email: CURRENT_EMAIL, phone: '081234567890', agency: 'Dinas Pekerjaan Umum dan Penataan Ruang' },
        confirmations: [{ channel: 'phone', contact: 'Siti Nurhaliza (0812-3456-7890)', at: iso, result: 'confirmed' }],
        decision: 'valid',
      };
    case 'invalid':
      return {
        step: 5,
        spse: { name: 'Siti Aminah', nip: '198503122010012003', userId: 'siti.nurhaliza' },
        decision: 'invalid',
        notes: 'Nama di SPSE berbeda.',
      };
    case 'reset_done':
      return { step: 6, passwordReset: kind !== 'change_info', changedFields: kind === 'reset_password' ? [] : ['email'], doneAt: iso };
    case 'rejection_sent':
      return { step: 7, failedChecks: ['Nama tidak sama dengan data di SPSE'], reason: 'Nama pemohon tidak sama dengan nama akun di SPSE.', channel: 'letter', sentAt: iso };
    case 'notified':
      return { step: 8, channel: 'in_person', receivedBy: 'Siti Nurhaliza', at: iso, mustChangeReminder: true };
    case 'archived':
      return { step: 9, physical: { box: 'B-12', folder: 'F-034', shelf: 'Lemari 2 rak 3' }, electronic: 'pending' };
    case 'submitted':
      throw new Error('step 1 has no admin form: the case is registered by cases.create');
  }
}

export function parsedForm(outcome: Outcome, at: Date, kind: RequestKind = 'both', deadline?: string): StepPayload {
  return stepPayloadSchema.parse(formFor(outcome, at, kind, deadline));
}

export { TestClock } from '../../support/clock';
import { testIso, type TestClock } from '../../support/clock';

export const PIN = TEST_OPERATOR.pin;

/** The first operator sets the PC up and is then at the keyboard (already set up: unlocks it, as the lock screen does). */
export async function setUpOperator(core: Core): Promise<OperatorPublic> {
  return atTheKeyboard(core);
}

/** Takes a case out of its current step by each outcome in turn, through the contract, as the UI does. */
export async function drive(core: Core, id: string, outcomes: readonly Outcome[], clock: TestClock, kind: RequestKind): Promise<WorkflowState> {
  let state = await call(core, 'workflow.state', { id });
  for (const outcome of outcomes) {
    const step = state.step;
    if (step === null) throw new Error('case closed');
    if (isTimedStep(step)) state = await call(core, 'workflow.open', { id, step });
    if (step === 6 && kind !== 'change_info' && !state.password.held) await call(core, 'workflow.password.generate', { id });
    const at = clock.advance(2);
    state = await call(core, 'workflow.complete', { id, revision: state.revision, payload: formFor(outcome, at, kind, state.waiting?.deadline ?? defaultDeadline(at)), overrunReason: '' });
  }
  return state;
}

/** The notice's deadline: 14 days after `at` (WIB), workflow.json's default waiting period. */
function defaultDeadline(at: Date): string {
  return localDate(new Date(at.getTime() + 14 * 86_400_000), 'WIB');
}

/** The value, or a failed test when it is missing (instead of a non-null assertion). */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}
