/**
 * `loket demo`: fills a data folder with generated cases, fast enough for 20,000 (bulk durable
 * writes, one index write). On request the oldest `closed` of them are also taken through the whole
 * SOP with scanned documents (closeDemoCases.ts), so the folder holds a sample archive, and the
 * newest open ones are left at different steps, so the queue shows a day's work.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { intakeSchema, type Intake } from '../../../shared/domain/case';
import { settingsInputSchema } from '../../../shared/domain/settings';
import type { Core } from '../core';
import { storeOf } from '../createCore';
import { QUARANTINE_DIR } from '../store/context';
import { OPERATORS_FILE } from '../workflow/operators';
import { LONGEST_WALK_MS, PARK_WINDOW_DAYS, PARKED_MAX, registerClosedDemoCases, registerParkedDemoCases } from './closeDemoCases';
import { actAs, demoOfficers, sessionBefore } from './demoOfficers';
import { DEMO_AGENCY } from './demoProfile';
import { isDemoFolder, markDemoFolder } from './demoMarker';
import { generateIntakes } from './generateIntakes';

/** Whether operators were ever set up here: operators.json (or its copy), or one in quarantine. */
async function hadOperators(dataDir: string): Promise<boolean> {
  const top = await fs.readdir(dataDir).catch(() => [] as string[]);
  if (top.some((n) => n === OPERATORS_FILE || n.startsWith(`${OPERATORS_FILE}.`))) return true;
  const quarantined = await fs.readdir(path.join(dataDir, QUARANTINE_DIR)).catch(() => [] as string[]);
  return quarantined.some((n) => n.includes(`_${OPERATORS_FILE}`));
}

/**
 * Issue 9 §3: sample cases carry real-looking names and NIPs, take real case numbers and backdated
 * trails; in an office's live folder they would be indistinguishable from actual records. A folder
 * that holds cases or operators and is not marked as a demo folder is refused, whatever the caller
 * asks (the CLI's --force only refills a demo folder).
 */
export async function checkDemoTarget(core: Core): Promise<void> {
  const store = storeOf(core);
  if (await isDemoFolder(store.ctx)) return;
  const cases = store.cases.count;
  const operators = await hadOperators(store.ctx.dataDir);
  if (cases === 0 && !operators) return;
  const what = [cases > 0 ? `${cases} berkas permohonan` : '', operators ? 'daftar petugas' : ''].filter(Boolean).join(' dan ');
  throw new AppError(
    'conflict',
    `Folder data ${store.ctx.dataDir} berisi ${what} dan bukan folder data contoh. Data contoh tidak pernah dicampur dengan data sungguhan, juga tidak dengan --force. Pilih folder kosong, mis. loket demo --data-dir D:\\LoketLatihan.`,
  );
}

/**
 * A demo folder without a profile gets the example one, so its letters and cases name an agency;
 * `workstation` numbers its cases as that workstation (demo folders of several PCs sharing one
 * archive: issue 12 §7).
 */
async function fillDemoProfile(core: Core, workstation: string | undefined): Promise<void> {
  const settings = storeOf(core).settings;
  const { configured, schemaVersion: _version, ...current } = settings.get();
  if (configured && (workstation === undefined || workstation === current.workstationCode)) return;
  await settings.save(settingsInputSchema.parse({ ...current, ...(configured ? {} : { agency: DEMO_AGENCY }), ...(workstation ? { workstationCode: workstation } : {}) }));
}

export interface FillDemoResult {
  created: number;
  /** Cases walked to closed (step 9) with documents. */
  closed: number;
  /** The training operators made for the closed cases, when the folder had none (their PIN is DEMO_PIN). */
  operatorsCreated: Array<{ name: string; nip: string }>;
}

export async function fillDemo(core: Core, count: number, seed = 1, options: { closed?: number; workstation?: string } = {}): Promise<FillDemoResult> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const closedWanted = options.closed ?? 0;
  if (!Number.isInteger(closedWanted) || closedWanted < 0 || closedWanted > count) throw new RangeError(`closed must be an integer 0–${count}, got ${closedWanted}`);
  const store = storeOf(core);
  await checkDemoTarget(core);
  // Marked before the first sample case: an interrupted fill still leaves a demo folder.
  await markDemoFolder(store.ctx);
  await fillDemoProfile(core, options.workstation);
  const now = store.ctx.now();
  const kabupaten = store.settings.get().agency.city;
  // With a sample archive, the last few requests arrived in the past weeks: the ones an office still
  // has open, left mid-way below (issue 11 §6). The rest spread over three years, and then before the
  // longest walk could have ended by now: every one of them can be closed, so `closed` are, on any date.
  const recent = closedWanted > 0 ? Math.min(PARKED_MAX, count - closedWanted) : 0;
  const walkableBefore = closedWanted > 0 ? { receivedBefore: new Date(now.getTime() - LONGEST_WALK_MS) } : {};
  const payloads = [
    ...generateIntakes(count - recent, seed, { kabupaten, now, ...walkableBefore }),
    ...generateIntakes(recent, seed ^ 0x7ece, { kabupaten, now, spanDays: PARK_WINDOW_DAYS - 1, distinctPeople: true }),
  ];
  // Through the same schema as the intake form, so demo cases are exactly what a user could enter.
  const intakes: Intake[] = payloads.map((p, i) => {
    const parsed = intakeSchema.safeParse(p);
    if (!parsed.success) throw new Error(`demo intake ${i} (seed ${seed}) failed validation: ${parsed.error.message}`);
    return parsed.data;
  });
  // Issue 9 §3: every event of a sample case says it came from `loket demo`.
  const hostSource = store.cases.activeSource;
  store.cases.activeSource = () => 'demo';
  try {
    if (closedWanted === 0) return { created: await store.cases.createMany(intakes), closed: 0, operatorsCreated: [] };
    // The newest whose whole SOP walk lies in the past are closed, so this year's reports have
    // something to show; each group is registered in turn, so the numbers follow the order of receipt.
    const ordered = [...intakes].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
    // The past weeks' requests stay open (parked below); the older ones are the ones an office has served.
    const recentOnes = new Set(intakes.slice(intakes.length - recent));
    const walkable = ordered.filter((i) => !recentOnes.has(i) && Date.parse(i.receivedAt) + LONGEST_WALK_MS <= now.getTime() - 3_600_000);
    const toClose = new Set(walkable.slice(Math.max(0, walkable.length - closedWanted)));
    const firstClosed = ordered.findIndex((i) => toClose.has(i));
    const before = new Set(firstClosed < 0 ? [] : ordered.slice(0, firstClosed));
    const restoreSession = sessionBefore(core);
    const { officers, created: madeOperators } = await demoOfficers(core, seed);
    let closed: Map<Intake, string>;
    let created: number;
    try {
      // Older requests never taken up (a filler for large demo registers), then the closed ones.
      created = await store.cases.createMany([...before]);
      closed = await registerClosedDemoCases(core, ordered.filter((i) => toClose.has(i)), { seed, now, officers });
      const open = ordered.filter((i) => !closed.has(i) && !before.has(i));
      // The newest open requests are left mid-way (issue 11 §6), the rest just registered.
      const parkFrom = Math.max(0, open.length - PARKED_MAX);
      created += closed.size + (await store.cases.createMany(open.slice(0, parkFrom)));
      created += (await registerParkedDemoCases(core, open.slice(parkFrom), { seed, now, officers })).size;
    } finally {
      // Operators made here leave the first at the keyboard, as operators.create does; else the session is put back.
      const [first] = madeOperators;
      if (first) actAs(core, first);
      else restoreSession();
    }
    return { created, closed: closed.size, operatorsCreated: madeOperators.map((op) => ({ name: op.name, nip: op.nip })) };
  } finally {
    store.cases.activeSource = hostSource;
  }
}
