/**
 * Demo cases taken all the way through the SOP (issue 5 §6: `loket demo` + `loket export --all` makes
 * a sample archive; issue 11 §6: one worth reporting on): each is registered, gets scanned documents
 * (a generated page image per document, imported by the documents service as a scan would be) and
 * is walked step by step through the contract's own `workflow.*` methods — the engine's checks,
 * realistic forms, the operator the core's session has at the keyboard. Two or three officers take
 * turns (demoOfficers.ts); each step takes working minutes around its standard, with pauses and
 * handovers and now and then an overrun with its written reason (demoPace.ts); most requests are
 * served, some go round the incomplete loop, some are rejected at step 5, some expire at step 4.
 * Step 6's temporary password is generated in core memory as in the app, and cleared at step 8.
 */
import { localDate, TIME_ZONES, type ZonaWaktu } from '../../../shared/dates';
import type { CaseRecord, Intake, RequestKind } from '../../../shared/domain/case';
import type { DocumentType } from '../../../shared/domain/document';
import type { OperatorRef } from '../../../shared/domain/trail';
import { CHECKLIST_LABELS, CHECKLIST_LINES, SPSE_FIELDS, type SpseField, type ChecklistLine, type StepPayloadInput } from '../../../shared/domain/workflow';
import { compareWithSpse, skStanding } from '../../../shared/domain/workflowCompare';
import { isTimedStep, type Outcome } from '../../../shared/sop/definition';
import type { Core } from '../core';
import { storeOf } from '../createCore';
import { documentsOf } from '../documents/service';
import { standardMinutes } from '../workflow/engine';
import { demoCall as call } from './demoCall';
import { actAs } from './demoOfficers';
import { demoPagePng } from './demoPage';
import { stepPace } from './demoPace';
import { Prng } from './prng';

export { DEMO_NIP, DEMO_PIN } from './demoOfficers';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Path = readonly Outcome[];
const SERVED: Path = ['complete', 'valid', 'reset_done', 'notified', 'archived'];
const SUPPLEMENTED: Path = ['incomplete', 'notice_sent', 'supplemented', 'complete', 'valid', 'reset_done', 'notified', 'archived'];
const REJECTED: Path = ['complete', 'invalid', 'rejection_sent', 'archived'];
const EXPIRED: Path = ['incomplete', 'notice_sent', 'expired', 'archived'];

/**
 * Paths dealt from a seeded, reshuffled deck rather than drawn one by one: any 20 consecutive closed
 * cases hold each path (13 served, 3 through the incomplete loop, 2 rejected, 2 expired).
 */
const DECK: readonly Path[] = [...Array<Path>(13).fill(SERVED), ...Array<Path>(3).fill(SUPPLEMENTED), REJECTED, REJECTED, EXPIRED, EXPIRED];

class PathDeck {
  #cards: Path[] = [];
  constructor(private readonly rng: Prng) {}
  next(): Path {
    if (this.#cards.length === 0) {
      this.#cards = [...DECK];
      for (let i = this.#cards.length - 1; i > 0; i--) {
        const j = this.rng.int(0, i);
        [this.#cards[i], this.#cards[j]] = [this.#cards[j] as Path, this.#cards[i] as Path];
      }
    }
    return this.#cards.pop() as Path;
  }
}

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
        // A yearly SK that ended between the letter and the check (a request near the year's end):
        // the admin saw the extension SK, as the core asks to be written down.
        ...(skStanding(record.intake.sk, localDate(at, zone)).state === 'in_force' ? {} : { notes: 'SK perpanjangan penetapan Pokja Pemilihan tahun berjalan telah diperlihatkan oleh pemohon.' }),
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
  /** Who takes turns at the counter (demoOfficers.ts). */
  officers: readonly OperatorRef[];
}

/**
 * The longest walk (step 4 "expired" waits 15 days past the notice, and work waits for office hours
 * over a weekend or two); an intake younger than this is left open.
 */
export const LONGEST_WALK_MS = 21 * DAY;
const LONGEST_WALK = LONGEST_WALK_MS;

/**
 * Where some of the newest open demo cases are left (issue 11 §6: a queue worth looking at): the
 * outcomes each has been through — just registered, checked complete (step 5 next), verified (step 6
 * next), found incomplete (the notice to send) or waiting for the Pokja (step 4, its deadline running
 * or passed). Never past step 6: the temporary password lives in core memory only, gone when the CLI exits.
 */
const PARKED: readonly Path[] = [[], ['complete'], ['complete', 'valid'], ['incomplete'], ['incomplete', 'notice_sent'], ['complete'], ['incomplete', 'notice_sent']];
/** Open cases left mid-way: enough to fill the queue's first screen. */
export const PARKED_MAX = 12;
/** A parked walk starts this long after receipt at most per outcome; a newer intake stays just registered. */
const PARK_ROOM = 6 * 60 * MINUTE;
/**
 * Only requests of the last three weeks are left mid-way: an office closes a file whose deadline
 * passed (step 4 "expired") within days, so a notice sent longer ago would read as neglect.
 */
export const PARK_WINDOW_DAYS = 21;
const PARK_WINDOW = PARK_WINDOW_DAYS * DAY;

/** Office hours, local time: Monday to Friday, 07.30–16.00 (a civil servant's working day). */
const OPENS = 7 * 60 + 30;
const CLOSES = 16 * 60;

/**
 * The instant work can start: `t` itself within office hours, else a few minutes after the next
 * opening (the next morning, or Monday), so no step of a demo case is worked at night or on a Sunday.
 */
export function withinOfficeHours(t: number, zone: ZonaWaktu, rng: Prng): number {
  const offset = TIME_ZONES[zone].offsetHours * 3_600_000;
  let local = t + offset;
  for (;;) {
    const d = new Date(local);
    const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
    const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
    if (!weekend && minutes >= OPENS && minutes < CLOSES) return local - offset;
    const startOfDay = Math.floor(local / DAY) * DAY;
    local = (!weekend && minutes < OPENS ? startOfDay : startOfDay + DAY) + (OPENS + rng.int(0, 45)) * MINUTE;
  }
}

interface WalkPlan {
  intake: Intake;
  /** Dealt when the walk starts (the seeded sequence interleaves the deck with the walk's own draws). */
  path: () => Path;
  /** Case number, year and physical place are given to archived cases only. */
  box?: { box: string; folder: string; shelf: string };
  /** No step after this instant (parked cases: before now). */
  until?: number;
}

/**
 * Registers each intake and walks its path on a demo clock that starts at its receipt: the store's
 * clock (registration, document import, trail events) and the engine's both follow the simulated
 * time, so the trail reads like the day at the counter it describes. The CLI runs this alone on the
 * folder; the real clock is put back afterwards (the session's is never moved). Returns the ids.
 */
async function registerWalkedDemoCases(core: Core, plans: readonly WalkPlan[], o: CloseDemoOptions & { rng: Prng }): Promise<Map<Intake, string>> {
  const [first] = o.officers;
  if (!first) throw new Error('registerWalkedDemoCases: no officer');
  const { rng } = o;
  const store = storeOf(core);
  const zone = store.settings.get().timeZone;
  actAs(core, first);
  const workflow = await call(core, 'workflow.settings.get', {});
  const colleagueOf = (officer: OperatorRef): OperatorRef => {
    const others = o.officers.filter((x) => x.id !== officer.id);
    return others.length > 0 ? rng.pick(others) : officer;
  };
  const realNow = store.ctx.now;
  let t = 0;
  store.ctx.now = () => new Date(t);
  const walked = new Map<Intake, string>();
  try {
    for (const plan of plans) {
      const { intake, box } = plan;
      const path = plan.path();
      // The officer who takes the case at the counter; colleagues step in now and then.
      const lead = rng.pick(o.officers);
      // SOP step 1: registered and scanned at the counter minutes after receipt.
      actAs(core, lead);
      t = Date.parse(intake.receivedAt) + rng.int(3, 15) * MINUTE;
      const { id } = await store.cases.create(intake);
      t += rng.int(1, 4) * MINUTE;
      await attachDocuments(core, await store.cases.get(id), zone);
      let step = (await call(core, 'workflow.state', { id })).step;
      for (const outcome of path) {
        if (step === null) break;
        // Waiting for the Pokja (step 4) takes days; the admin's next step follows within hours.
        t += outcome === 'expired' ? 15 * DAY : outcome === 'supplemented' ? rng.int(1, 6) * DAY : rng.int(5, 180) * MINUTE;
        t = withinOfficeHours(t, zone, rng);
        // A parked case whose next step would fall after now stays where it is.
        if (plan.until !== undefined && t > plan.until) break;
        const officer = rng.chance(0.3) ? colleagueOf(lead) : lead;
        actAs(core, officer);
        let overrunReason = '';
        const standard = isTimedStep(step) ? standardMinutes(step, workflow) : null;
        if (standard !== null) {
          const pace = stepPace(rng, step, standard);
          await call(core, 'workflow.open', { id, step });
          if (pace.pause) {
            // Called away mid-step: the timer stops (docs/reports.md "Working time"); sometimes a colleague finishes it.
            t += pace.pause.after * MINUTE;
            await call(core, 'workflow.pause', { id, step });
            t += pace.pause.minutes * MINUTE;
            if (pace.pause.handover) actAs(core, colleagueOf(officer));
            await call(core, 'workflow.resume', { id, step });
            t += (pace.worked - pace.pause.after) * MINUTE;
          } else t += pace.worked * MINUTE;
          overrunReason = pace.overrunReason;
        }
        const current = await store.cases.get(id);
        if (outcome === 'supplemented') await attachSupplement(core, current, zone, new Date(t));
        if (outcome === 'reset_done' && current.intake.kind !== 'change_info') await call(core, 'workflow.password.generate', { id });
        const latest = outcome === 'supplemented' ? await store.cases.get(id) : current;
        const payload = formFor(latest, outcome, new Date(t), zone, box ?? { box: '', folder: '', shelf: '' });
        step = (await call(core, 'workflow.complete', { id, revision: latest.revision, payload, overrunReason, openNext: false })).step;
      }
      walked.set(intake, id);
    }
  } finally {
    store.ctx.now = realNow;
  }
  return walked;
}

/**
 * Registers each intake old enough for its whole walk to lie before `now` and walks it to closed
 * (the others are left out, not registered). Returns the intakes registered, with their ids.
 */
export async function registerClosedDemoCases(core: Core, intakes: readonly Intake[], o: CloseDemoOptions): Promise<Map<Intake, string>> {
  const rng = new Prng(o.seed ^ 0x5eed);
  const deck = new PathDeck(rng);
  const plans: WalkPlan[] = [];
  for (const intake of intakes) {
    if (Date.parse(intake.receivedAt) + LONGEST_WALK > o.now.getTime() - 3_600_000) continue;
    const n = plans.length;
    plans.push({
      intake,
      path: () => deck.next(),
      box: { box: `B-${String(Math.floor(n / 25) + 1).padStart(2, '0')}`, folder: `F-${String(n + 1).padStart(3, '0')}`, shelf: `Lemari ${Math.floor(n / 100) + 1}, rak ${(Math.floor(n / 25) % 4) + 1}` },
    });
  }
  return registerWalkedDemoCases(core, plans, { ...o, rng });
}

/**
 * Registers open intakes (in order of receipt) and leaves each of the last three weeks mid-way along
 * a PARKED path whose walk lies before `now`; the others are just registered. Returns their ids.
 */
export async function registerParkedDemoCases(core: Core, intakes: readonly Intake[], o: CloseDemoOptions): Promise<Map<Intake, string>> {
  const rng = new Prng(o.seed ^ 0xda7e);
  const plans = intakes.map((intake, i) => {
    const path = PARKED[i % PARKED.length] ?? [];
    const received = Date.parse(intake.receivedAt);
    const fits = received > o.now.getTime() - PARK_WINDOW && received + (path.length + 1) * PARK_ROOM < o.now.getTime() - 3_600_000;
    return { intake, path: () => (fits ? path : []), until: o.now.getTime() - 3_600_000 };
  });
  return registerWalkedDemoCases(core, plans, { ...o, rng });
}
