/**
 * Demo cases taken all the way through the SOP (issue 5 §6: `loket demo` + `loket export --all` makes
 * a sample archive): each is registered, gets scanned documents (a generated page image per
 * document, imported by the documents service as a scan would be) and is walked step by step through
 * the real engine — the same `planOpen`/`planComplete` checks as the app, realistic forms, an
 * operator, and times that follow the receipt (a few minutes per step, within the SOP's standard
 * minutes). The engine is told a temporary password was made at step 6 (`password: 'generated'`)
 * without making one: a demo has nobody to hand it to, and the trail records only that fact.
 */
import { dispatch } from '../../../shared/contract/dispatch';
import type { MethodName } from '../../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../../shared/contract/contract';
import { localDate, type ZonaWaktu } from '../../../shared/dates';
import type { CaseRecord, Intake, RequestKind } from '../../../shared/domain/case';
import type { DocumentType } from '../../../shared/domain/document';
import type { OperatorRef } from '../../../shared/domain/trail';
import { CHECKLIST_LABELS, CHECKLIST_LINES, SPSE_FIELDS, stepPayloadSchema, type SpseField, type ChecklistLine, type StepPayloadInput } from '../../../shared/domain/workflow';
import { compareWithSpse } from '../../../shared/domain/workflowCompare';
import { foldTrail } from '../../../shared/domain/workflowFold';
import { isTimedStep, type Outcome } from '../../../shared/sop/definition';
import type { Core } from '../core';
import { storeOf } from '../createCore';
import { documentsOf } from '../documents/service';
import { planComplete, planOpen, type EngineContext } from '../workflow/engine';
import { refOf } from '../workflow/operators';
import { appendEvents } from '../workflow/trail';
import { OPERATORS } from './agencies';
import { demoPagePng } from './demoPage';
import { Prng } from './prng';

/** PIN of the training operator `loket demo` creates in an empty folder (printed by the CLI). */
export const DEMO_PIN = '246810';
export const DEMO_NIP = '198807142014032002';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

async function call<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

/** The first active operator, or a training operator created for the demo (returned so the CLI can tell its PIN). */
export async function demoOperator(core: Core): Promise<{ operator: OperatorRef; created: boolean }> {
  const { operators } = await call(core, 'operators.list', { includeInactive: false });
  const first = operators[0];
  if (first) return { operator: refOf(first), created: false };
  const made = await call(core, 'operators.create', { name: OPERATORS[0] ?? 'Petugas Latihan', nip: DEMO_NIP, role: 'admin_agency', pin: DEMO_PIN, pinConfirm: DEMO_PIN });
  return { operator: refOf(made), created: true };
}

type Path = readonly Outcome[];
const SERVED: Path = ['complete', 'valid', 'reset_done', 'notified', 'archived'];
const SUPPLEMENTED: Path = ['incomplete', 'notice_sent', 'supplemented', 'complete', 'valid', 'reset_done', 'notified', 'archived'];
const REJECTED: Path = ['complete', 'invalid', 'rejection_sent', 'archived'];
const EXPIRED: Path = ['incomplete', 'notice_sent', 'expired', 'archived'];

const MISSING: readonly ChecklistLine[] = ['letter_signed_stamped', 'sk_present'];

/**
 * What the admin reads in SPSE at step 5 for a genuine request: the account as it is before the
 * change (a change request's stated current value, else the requester's data), so it matches.
 */
function spseAccountOf(record: CaseRecord): Record<SpseField, string> {
  const rows = compareWithSpse(record.intake, Object.fromEntries(SPSE_FIELDS.map((f) => [f, ''])) as Record<SpseField, string>);
  return Object.fromEntries(rows.map((row) => [row.field, row.expected.trim() === '' ? row.request : row.expected])) as Record<SpseField, string>;
}

/** The form an admin fills to leave the current step by `outcome`, at `at`. */
function formFor(record: CaseRecord, outcome: Outcome, at: Date, zone: ZonaWaktu, box: { box: string; folder: string; shelf: string }): StepPayloadInput {
  const kind: RequestKind = record.intake.kind;
  const r = record.intake.requester;
  const iso = new Date(at.getTime() - MINUTE).toISOString();
  const checklist = Object.fromEntries(CHECKLIST_LINES.map((l) => [l, l === 'changes_stated' && kind === 'reset_password' ? 'na' : 'yes'])) as Record<ChecklistLine, 'yes' | 'no' | 'na'>;
  switch (outcome) {
    case 'complete':
      return { step: 2, checklist, decision: 'complete' };
    case 'incomplete':
      return { step: 2, checklist: { ...checklist, ...Object.fromEntries(MISSING.map((l) => [l, 'no'])) }, decision: 'incomplete', notes: 'Surat belum bertanda tangan dan cap; SK belum dilampirkan.' };
    case 'notice_sent':
      return { step: 3, missingItems: [...MISSING], channel: 'phone', sentAt: iso, deadline: localDate(new Date(at.getTime() + 14 * DAY), zone) };
    case 'supplemented':
      return { step: 4, outcome: 'supplemented', receivedAt: iso, items: MISSING.map((l) => CHECKLIST_LABELS[l].id) };
    case 'expired':
      return { step: 4, outcome: 'expired', reason: 'Sampai batas waktu, kekurangan berkas tidak dilengkapi oleh Pokja.' };
    case 'valid':
      return {
        step: 5,
        spse: spseAccountOf(record),
        confirmations: [{ channel: 'phone', contact: `${r.name} (${r.phone})`, at: iso, result: 'confirmed' }],
        decision: 'valid',
      };
    case 'invalid':
      return {
        step: 5,
        spse: spseAccountOf(record),
        confirmations: [{ channel: 'phone', contact: `${r.name} (${r.phone})`, at: iso, result: 'denied', notes: 'Yang bersangkutan menyatakan tidak mengajukan permohonan.' }],
        decision: 'invalid',
      };
    case 'reset_done':
      return { step: 6, passwordReset: kind !== 'change_info', changedFields: record.intake.changes.map((c) => c.field), doneAt: iso };
    case 'rejection_sent':
      return { step: 7, failedChecks: ['Konfirmasi kepada pemohon tidak membenarkan permohonan'], reason: 'Pemohon tidak membenarkan permohonan saat dikonfirmasi melalui telepon.', channel: 'letter', sentAt: iso };
    case 'notified':
      return { step: 8, channel: 'in_person', receivedBy: r.name, at: iso, mustChangeReminder: true };
    case 'archived':
      return { step: 9, physical: box, electronic: 'pending' };
    case 'submitted':
      throw new Error('step 1 is the registration');
  }
}

const DOCS: ReadonlyArray<{ type: DocumentType; title: string }> = [
  { type: 'request_letter', title: 'SURAT PERMOHONAN' },
  { type: 'sk', title: 'KEPUTUSAN PENETAPAN POKJA PEMILIHAN' },
];

/** The one-page request letter and SK handed in at the counter (SOP step 1), imported as a scan would be. */
async function attachDocuments(core: Core, record: CaseRecord, zone: ZonaWaktu): Promise<void> {
  const docs = documentsOf(storeOf(core));
  const r = record.intake;
  const received = localDate(new Date(r.receivedAt), zone);
  const lines = (type: DocumentType): string[] =>
    type === 'sk'
      ? [`Nomor: ${r.sk.number}`, `Tanggal: ${r.sk.date}`, `Ditetapkan oleh: ${r.sk.issuer}`, `Menetapkan: ${r.requester.name}`, `NIP ${r.requester.nip}`, 'sebagai anggota Kelompok Kerja Pemilihan.']
      : [`Nomor: ${r.letter.number}`, `Tanggal: ${r.letter.date}`, `Perihal: ${r.letter.subject}`, `Nama: ${r.requester.name}`, `NIP: ${r.requester.nip}`, `User ID: ${r.requester.userId}`];
  for (const d of DOCS) {
    const png = await demoPagePng(d.title, lines(d.type));
    await docs.addPages(record.id, [{ bytes: png, name: `${d.type}.png` }], { type: d.type, source: 'scanner', developmentLevel: d.type === 'sk' ? 'salinan' : 'asli', receivedDate: received });
  }
}

/** SOP step 4: what the Pokja brought to complete the file. */
async function attachSupplement(core: Core, record: CaseRecord, zone: ZonaWaktu, at: Date): Promise<void> {
  const r = record.intake.requester;
  const png = await demoPagePng('DOKUMEN PELENGKAP', ['SK penetapan Pokja (salinan) dan surat permohonan', 'yang telah ditandatangani dan dicap.', `Atas nama ${r.name}`]);
  await documentsOf(storeOf(core)).addPages(record.id, [{ bytes: png, name: 'pelengkap.png' }], { type: 'supplementary', source: 'scanner', developmentLevel: 'asli', receivedDate: localDate(at, zone) });
}

export interface CloseDemoOptions {
  seed: number;
  /** The real now: every walk must end before it. */
  now: Date;
  operator: OperatorRef;
}

/**
 * Registers each intake and walks it to closed, on a demo clock that starts at its receipt: the
 * store's clock (registration, document import, trail events) and the engine's both follow the
 * simulated time, so the trail reads like the day at the counter it describes. The CLI runs this
 * alone on the folder; the real clock and operator hook are put back afterwards. An intake whose
 * walk would not end before `now` is left out (not registered). Returns the intakes registered, with their ids.
 */
export async function registerClosedDemoCases(core: Core, intakes: readonly Intake[], o: CloseDemoOptions): Promise<Map<Intake, string>> {
  const store = storeOf(core);
  const zone = store.settings.get().timeZone;
  const workflow = await call(core, 'workflow.settings.get', {});
  const rng = new Prng(o.seed ^ 0x5eed);
  const realNow = store.ctx.now;
  const realOperator = store.cases.activeOperator;
  let t = 0;
  store.ctx.now = () => new Date(t);
  store.cases.activeOperator = () => o.operator;
  const closed = new Map<Intake, string>();
  try {
    for (const intake of intakes) {
      const pick = rng.int(0, 99);
      const path = pick < 70 ? SERVED : pick < 85 ? SUPPLEMENTED : pick < 95 ? REJECTED : EXPIRED;
      // Step 4 "expired" waits 15 days past the notice; the rest takes a few working days at most.
      const span = (path === EXPIRED ? 20 : 8) * DAY;
      if (Date.parse(intake.receivedAt) + span > o.now.getTime() - 3_600_000) continue;
      const n = closed.size;
      const box = { box: `B-${String(Math.floor(n / 25) + 1).padStart(2, '0')}`, folder: `F-${String(n + 1).padStart(3, '0')}`, shelf: `Lemari ${Math.floor(n / 100) + 1}, rak ${(Math.floor(n / 25) % 4) + 1}` };
      // SOP step 1: registered and scanned at the counter minutes after receipt.
      t = Date.parse(intake.receivedAt) + rng.int(3, 15) * MINUTE;
      const record = await store.cases.create(intake);
      t += rng.int(1, 4) * MINUTE;
      await attachDocuments(core, record, zone);
      const ctxAt = (ms: number): EngineContext => ({ now: new Date(ms), settings: workflow, zone, operator: o.operator, source: 'demo', password: 'generated' });
      for (const outcome of path) {
        const current = await store.cases.get(record.id);
        const step = foldTrail(current.events).step;
        if (step === null) break;
        // Waiting for the Pokja (step 4) takes days; the admin's next step follows within hours.
        t += outcome === 'expired' ? 15 * DAY : outcome === 'supplemented' ? rng.int(1, 6) * DAY : rng.int(5, 180) * MINUTE;
        const opened = t;
        t += rng.int(2, 4) * MINUTE;
        const payload = stepPayloadSchema.parse(formFor(current, outcome, new Date(t), zone, box));
        if (outcome === 'supplemented') await attachSupplement(core, current, zone, new Date(t));
        await store.cases.update(record.id, null, (rec) => {
          const open = isTimedStep(step) ? planOpen(rec, step, ctxAt(opened)) : [];
          const withOpen = open.length > 0 ? { ...rec, events: appendEvents(rec, open) } : rec;
          const trail = appendEvents(withOpen, planComplete(withOpen, payload, '', ctxAt(t)));
          return { ...rec, events: trail, status: foldTrail(trail).status };
        });
      }
      closed.set(intake, record.id);
    }
  } finally {
    store.ctx.now = realNow;
    store.cases.activeOperator = realOperator;
  }
  return closed;
}
