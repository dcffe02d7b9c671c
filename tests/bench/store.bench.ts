/**
 * Store figures over a 20,000-case folder made by the demo generator (and a 20-case one):
 * start-up to the first register page, save latency and its independence of archive size,
 * overhead of the durable write over a plain write+fsync, text filtering, resident memory.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createCore } from '../../electron/core/createCore';
import type { Core } from '../../electron/core/core';
import { fillDemo } from '../../electron/core/demo/fillDemo';
import { dispatch } from '../../shared/contract/dispatch';
import type { CaseRecord } from '../../shared/domain/case';
import { bundleScript } from '../core/support/bundle';
import { median, round, type Figure } from './figure';
import { atTheKeyboard } from '../core/support/operator';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const BIG = 20_000;
const SMALL = 20;
const ROUNDS = 6;
const PER_ROUND = 15;

interface OpenRun {
  openMs: number;
  total: number;
  rssMb: number;
}

async function openInChild(script: string, dataDir: string): Promise<OpenRun> {
  const { stdout } = await run(process.execPath, [script, dataDir]);
  return JSON.parse(stdout.trim()) as OpenRun;
}

async function makeFolder(dir: string, count: number): Promise<number> {
  const started = performance.now();
  const core = await createCore({ dataDir: dir, host: 'cli' });
  await fillDemo(core, count, 2026);
  await core.close();
  return performance.now() - started;
}

/** Case ids of a folder, newest first (up to 1000). */
async function caseIds(core: Core): Promise<string[]> {
  const list = await dispatch(core.handlers, 'cases.list', { offset: 0, limit: 1000 });
  if (!list.ok) throw new Error(list.error.message);
  return (list.value as { items: Array<{ id: string }> }).items.map((i) => i.id);
}

/** Times `cases.update` through dispatch, each saving a real change (the UI has just opened the case). */
async function timeSaves(core: Core, ids: readonly string[], from: number, n: number, times: number[], bytes: string[]): Promise<void> {
  for (let i = from; i < from + n; i++) {
    const id = ids[(i * 7) % ids.length] as string;
    const current = await core.handlers['cases.get']({ id });
    const intake = { ...current.intake, notes: `Catatan bench ${i}: berkas diperiksa ulang.` };
    const t = performance.now();
    const r = await dispatch(core.handlers, 'cases.update', { id, revision: current.revision, intake });
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error.message);
    bytes.push(`${JSON.stringify(r.value as CaseRecord, null, 2)}\n`);
  }
}

/**
 * The floor: the same bytes with a plain open + write + fsync + close, no temp, no rename, no backup.
 * Each to a new file: overwriting one would add truncation work and flatter the ratio.
 */
async function timeRawWrites(dir: string, payloads: readonly string[], times: number[]): Promise<void> {
  for (const text of payloads) {
    const file = path.join(dir, `raw-${times.length}.json`);
    const t = performance.now();
    const h = await fs.open(file, 'w');
    await h.writeFile(text);
    await h.sync();
    await h.close();
    times.push(performance.now() - t);
  }
}

async function filterMedian(core: Core): Promise<number> {
  const queries = ['sri', 'siregar', 'andi rahman', '1985', 'dpupr', '027/14', 'pengelola ahli muda', 'ws01-0001', 'gmail', 'ni luh'];
  const times: number[] = [];
  for (let pass = 0; pass < 3; pass++)
    for (const text of queries) {
      const t = performance.now();
      const r = await dispatch(core.handlers, 'cases.list', { text, offset: 0, limit: 200 });
      times.push(performance.now() - t);
      if (!r.ok) throw new Error(r.error.message);
    }
  return median(times);
}

export async function storeBench(): Promise<Figure[]> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-bench-'));
  try {
    const big = path.join(work, 'big');
    const small = path.join(work, 'small');
    console.log(`store: generating ${BIG} demo cases…`);
    const fillMs = await makeFolder(big, BIG);
    await makeFolder(small, SMALL);
    const child = await bundleScript(path.join(here, 'openChild.ts'), work);

    const opens: OpenRun[] = [];
    for (let i = 0; i < 3; i++) opens.push(await openInChild(child, big));
    if (opens.some((o) => o.total !== BIG)) throw new Error(`expected ${BIG} cases, saw ${opens.map((o) => o.total).join(', ')}`);
    // Worst case: no index. The index is put back afterwards so the later figures see a normal folder.
    const index = await fs.readFile(path.join(big, 'index.json'));
    await fs.rm(path.join(big, 'index.json'));
    const rebuild = await openInChild(child, big);
    await fs.writeFile(path.join(big, 'index.json'), index);

    // Saves on both folders in alternating rounds, so load from other processes hits both alike.
    const coreBig = await createCore({ dataDir: big, host: 'cli' });
    const coreSmall = await createCore({ dataDir: small, host: 'cli' });
    // Saves are made by an operator at the keyboard (the core's lock).
    for (const c of [coreBig, coreSmall]) await atTheKeyboard(c);
    const filterMs = await filterMedian(coreBig);
    const [idsBig, idsSmall] = [await caseIds(coreBig), await caseIds(coreSmall)];
    const timesBig: number[] = [];
    const timesSmall: number[] = [];
    const timesRaw: number[] = [];
    const rawDir = path.join(work, 'raw');
    await fs.mkdir(rawDir);
    for (let r = 0; r < ROUNDS; r++) {
      const bytes: string[] = [];
      await timeSaves(coreBig, idsBig, r * PER_ROUND, PER_ROUND, timesBig, bytes);
      await timeSaves(coreSmall, idsSmall, r * PER_ROUND, PER_ROUND, timesSmall, []);
      await timeRawWrites(rawDir, bytes, timesRaw);
    }
    const rawMs = median(timesRaw);
    const saveBig = { ms: median(timesBig) };
    const saveSmall = { ms: median(timesSmall) };
    await coreBig.close();
    await coreSmall.close();

    return [
      { name: `store.open_ms@${BIG}`, value: round(median(opens.map((o) => o.openMs)), 1), unit: 'ms', max: 500 },
      { name: `store.save_ms@${BIG}`, value: round(saveBig.ms), unit: 'ms', max: 15 },
      { name: `store.save_ms@${SMALL}`, value: round(saveSmall.ms), unit: 'ms', max: 15 },
      { name: `store.save_ratio_${BIG}_vs_${SMALL}`, value: round(saveBig.ms / saveSmall.ms), unit: 'x', max: 1.5 },
      { name: 'store.save_vs_raw_ratio', value: round(saveBig.ms / rawMs), unit: 'x', max: 3 },
      { name: `register.filter_ms@${BIG}`, value: round(filterMs), unit: 'ms', max: 30 },
      { name: `store.rss_mb@${BIG}`, value: round(median(opens.map((o) => o.rssMb)), 1), unit: 'MB', max: 250 },
      // For information: the worst start-up (no index) and the demo generator's speed.
      { name: `store.rebuild_open_ms@${BIG}`, value: round(rebuild.openMs, 1), unit: 'ms' },
      { name: `store.raw_write_fsync_ms`, value: round(rawMs), unit: 'ms' },
      { name: `demo.fill_ms@${BIG}`, value: round(fillMs, 0), unit: 'ms' },
    ];
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
