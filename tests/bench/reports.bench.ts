/**
 * Report figures (issue 11, Speed): a year's report (`reports.compute`, a read-only session as the
 * CLI opens it) over 20,000 cases that went through every step — served, the incomplete loop,
 * rejected, expired; pauses and overruns; three officers — and the core's longest event-loop stall
 * meanwhile. The case files are written here directly (chained trails, no fsync: setting up is not
 * what is measured); the core then opens the folder as the app would.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore, featuresOf } from '../../electron/core/createCore';
import { generateIntakes } from '../../electron/core/demo/generateIntakes';
import { chainEvent, genesisEvent, type NewEvent } from '../../electron/core/workflow/trail';
import type { MethodOutput } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { CASE_SCHEMA_VERSION, intakeSchema, type CaseRecord } from '../../shared/domain/case';
import type { PeriodInput } from '../../shared/domain/report';
import type { CaseEvent, OperatorRef } from '../../shared/domain/trail';
import { foldTrail } from '../../shared/domain/workflowFold';
import { completedData } from '../core/reports/trailBuilder';
import { sopStep, type Outcome, type StepNo } from '../../shared/sop/definition';
import { median, round, type Figure } from './figure';

/** LOKET_BENCH_REPORT_N runs it smaller (a quick check of the bench itself). */
const BIG = Number(process.env['LOKET_BENCH_REPORT_N'] ?? 20_000);
const ROUNDS = 3;
const YEAR = 2025;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const OFFICERS: OperatorRef[] = [
  { id: 'op-bench0000001', name: 'Rina Wulandari', nip: '199001152015032001' },
  { id: 'op-bench0000002', name: 'Budi Santoso', nip: '198705102010011004' },
  { id: 'op-bench0000003', name: 'Dewi Lestari', nip: '198603152011012004' },
];

type Move = readonly [StepNo, Outcome];
const PATHS: readonly (readonly Move[])[] = [
  [[2, 'complete'], [5, 'valid'], [6, 'reset_done'], [8, 'notified'], [9, 'archived']],
  [[2, 'incomplete'], [3, 'notice_sent'], [4, 'supplemented'], [2, 'complete'], [5, 'valid'], [6, 'reset_done'], [8, 'notified'], [9, 'archived']],
  [[2, 'complete'], [5, 'invalid'], [7, 'rejection_sent'], [9, 'archived']],
  [[2, 'incomplete'], [3, 'notice_sent'], [4, 'expired'], [9, 'archived']],
];

/** The step form's data in the engine's full shape (the core's union refuses anything less), varied where the report reads it. */
function dataOf(step: StepNo, outcome: Outcome, at: number): Record<string, unknown> {
  const base = completedData(step, outcome, new Date(at).toISOString());
  if (step === 2 && outcome === 'incomplete') return { ...base, failedLines: ['sk_present', 'letter_signed_stamped'] };
  if (step === 3) return { ...base, missingItems: ['sk_present', 'letter_signed_stamped'], deadline: new Date(at + 14 * DAY).toISOString().slice(0, 10) };
  if (step === 4 && outcome === 'expired') return { ...base, reason: 'Tidak dilengkapi.', deadline: new Date(at - DAY).toISOString().slice(0, 10) };
  if (step === 7) return { ...base, failedChecks: ['Konfirmasi kepada pemohon tidak membenarkan permohonan'], reason: 'Tidak dibenarkan pemohon.', sentAt: new Date(at).toISOString() };
  return base;
}

/** Case `i`'s record: registered at its receipt, walked along one of the paths with varied minutes. */
function record(i: number, intake: ReturnType<typeof intakeSchema.parse>): CaseRecord {
  const seq = i + 1;
  const id = `${YEAR}-WS01-${String(seq).padStart(5, '0')}`;
  const caseNumber = `${String(seq).padStart(5, '0')}/WS01/RP/${YEAR}`;
  const officer = OFFICERS[i % OFFICERS.length] as OperatorRef;
  let t = Date.parse(intake.receivedAt);
  const events: CaseEvent[] = [genesisEvent({ intake, id, caseNumber }, officer, 'app', new Date(t).toISOString())];
  const push = (type: CaseEvent['type'], payload: Record<string, unknown>, who: OperatorRef = officer) => {
    // Hand-built payloads in the shapes the engine writes (the union checks them when a core reads them).
    events.push(chainEvent(events, { at: new Date(t).toISOString(), type, operator: who, source: 'app', payload } as NewEvent));
  };
  for (const [n, [step, outcome]] of (PATHS[i % 7 < 4 ? 0 : (i % 7) - 3] ?? []).entries()) {
    t += (step === 4 ? (outcome === 'expired' ? 16 : 3) * DAY : (10 + ((i * 7 + n * 13) % 120)) * MINUTE);
    const standard = sopStep(step).standardMinutes;
    let over = false;
    if (standard !== null) {
      push('step_opened', { step });
      const worked = 1 + ((i * 31 + n * 17) % (standard + 4));
      over = worked > standard;
      if ((i + n) % 5 === 0) {
        t += Math.ceil(worked / 2) * MINUTE;
        push('step_paused', { step });
        t += 45 * MINUTE;
        push('step_resumed', { step });
        t += Math.floor(worked / 2) * MINUTE;
      } else t += worked * MINUTE;
    }
    push('step_completed', { step, outcome, data: dataOf(step, outcome, t), overrunReason: over ? 'Antrean di loket sedang panjang.' : '', ...(standard === null ? {} : { standardMinutes: standard }) });
  }
  const at = new Date(t).toISOString();
  return {
    schemaVersion: CASE_SCHEMA_VERSION, id, caseNumber, year: YEAR, workstation: 'WS01', seq, status: foldTrail(events).status,
    createdAt: intake.receivedAt, updatedAt: at, revision: events.length, intakeRevision: 0, intake, events, documents: [],
  };
}

/** Writes `count` case files into `dataDir/cases` (receipts over the report's year; each walk ends within about three weeks). */
export async function writeReportFolder(dataDir: string, count: number): Promise<void> {
  const casesDir = path.join(dataDir, 'cases');
  await fs.mkdir(casesDir, { recursive: true });
  const intakes = generateIntakes(count, 20_25, { now: new Date(`${YEAR}-12-10T00:00:00+07:00`), spanDays: 340 }).map((x) => intakeSchema.parse(x));
  for (let i = 0; i < count; i += 500) {
    await Promise.all(
      intakes.slice(i, i + 500).map((intake, k) => {
        const r = record(i + k, intake);
        return fs.writeFile(path.join(casesDir, `${r.id}.json`), JSON.stringify(r));
      }),
    );
  }
}

/** One `reports.compute` of the year through `core`'s handlers: its time and the core's longest loop stall meanwhile. */
async function timedReport(core: Awaited<ReturnType<typeof createCore>>, period: PeriodInput = { kind: 'year', year: YEAR }): Promise<{ ms: number; stall: number; executions: number; report: MethodOutput<'reports.compute'> }> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const t = performance.now();
  const result = await dispatch(core.handlers, 'reports.compute', { period });
  const ms = performance.now() - t;
  loop.disable();
  if (!result.ok) throw new Error(`reports.compute: ${result.error.message}`);
  const report = result.value as MethodOutput<'reports.compute'>;
  if (period.kind === 'year' && report.casesRead !== BIG) throw new Error(`read ${report.casesRead} of ${BIG} cases`);
  return { ms, stall: loop.max / 1e6, executions: report.steps.reduce((n, s) => n + s.executions, 0), report };
}

async function openReadOnly(dataDir: string): Promise<Awaited<ReturnType<typeof createCore>>> {
  const core = await createCore({ dataDir, host: 'cli' });
  // As `loket report` reads: a read-only session.
  featuresOf(core).operators.session.openReadOnly();
  return core;
}

/**
 * Three cases: the first report ever (every case file read and folded, the facts cache filled),
 * the app's next reports (the cache in memory: `report.ms`, the figure) and a new process
 * (`loket report`, or the app's next start) reading the cache from the data folder.
 */
export async function reportsBench(): Promise<Figure[]> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-reportbench-'));
  try {
    await writeReportFolder(work, BIG);
    let core = await openReadOnly(work);
    const first = await timedReport(core);
    const warm: { ms: number; stall: number }[] = [];
    for (let r = 0; r < ROUNDS; r++) warm.push(await timedReport(core));
    // What the Laporan screen asks first: one month (here the busiest, mid-year), the facts in memory.
    const month: number[] = [];
    for (let r = 0; r < ROUNDS; r++) month.push((await timedReport(core, { kind: 'month', year: YEAR, month: 6 })).ms);
    await core.close();
    core = await openReadOnly(work);
    const restart = await timedReport(core);
    await core.close();
    return [
      { name: `report.ms@${BIG}`, value: round(median(warm.map((w) => w.ms)), 0), unit: 'ms', max: 1000 },
      { name: `report.max_loop_stall_ms@${BIG}`, value: round(Math.max(...warm.map((w) => w.stall)), 0), unit: 'ms', max: 50 },
      { name: `report.month_ms@${BIG}`, value: round(median(month), 0), unit: 'ms', max: 300 },
      { name: `report.new_process_ms@${BIG}`, value: round(restart.ms, 0), unit: 'ms' },
      { name: `report.new_process_max_loop_stall_ms@${BIG}`, value: round(restart.stall, 0), unit: 'ms', max: 50 },
      { name: `report.first_ever_ms@${BIG}`, value: round(first.ms, 0), unit: 'ms' },
      { name: `report.first_ever_max_loop_stall_ms@${BIG}`, value: round(first.stall, 0), unit: 'ms' },
      { name: `report.step_executions@${BIG}`, value: first.executions, unit: 'count' },
      // What crosses the IPC to the Laporan screen (JSON as a stand-in for structured clone).
      { name: `report.year_json_kb@${BIG}`, value: round(Buffer.byteLength(JSON.stringify(first.report)) / 1024, 0), unit: 'KB' },
    ];
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
