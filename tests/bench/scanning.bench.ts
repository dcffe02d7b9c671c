/**
 * Scanning figures (information: the issue sets no target for them): a 10-page ADF batch at 300 dpi
 * gray from the SANE test device into a case through the core (scanimage → staged PNG → documents
 * core, page by page) with the longest event-loop stall of the core meanwhile; and how long after the
 * stability wait a hot-folder file is in the inbox.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore } from '../../electron/core/createCore';
import type { Core } from '../../electron/core/core';
import type { MethodName } from '../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import type { ScanJob } from '../../shared/contract/features/scanning';
import { validIntake } from '../fixtures/intake';
import { makeSaneTestConfig } from '../fixtures/sane/saneTestConfig';
import { round, type Figure } from './figure';
import { atTheKeyboard } from '../core/support/operator';

async function call<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as MethodOutput<M>;
}

export async function scanningBench(): Promise<Figure[]> {
  const sane = await makeSaneTestConfig();
  const previous = process.env.SANE_CONFIG_DIR;
  process.env.SANE_CONFIG_DIR = sane.dir;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-bench-scan-'));
  const hot = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-bench-hot-'));
  const core = await createCore({ dataDir, host: 'harness' });
  await atTheKeyboard(core);
  try {
    const created = await call(core, 'cases.create', validIntake());
    await call(core, 'scanning.devices', { refresh: true });
    const loop = monitorEventLoopDelay({ resolution: 5 });
    const started = performance.now();
    loop.enable();
    const job = await call(core, 'scanning.start', { deviceId: 'sane:test:0', caseId: created.id, documentType: 'request_letter', source: 'adf', resolution: 300, mode: 'gray' });
    const end = await new Promise<ScanJob>((resolve) => core.events.on('scanning.job', (j) => j.id === job.id && j.endedAt && resolve(j)));
    const batchMs = performance.now() - started;
    loop.disable();
    if (end.state !== 'completed' || end.pagesSaved !== 10) throw new Error(`scan bench: ${end.state} ${end.note}`);
    console.log(`  ADF 10 × 300 dpi: ${Math.round(batchMs)} ms`);

    await call(core, 'scanning.settings.save', {
      hotFolder: { enabled: true, path: hot, usePolling: false, pollIntervalSeconds: 1, stableSeconds: 1, afterTake: 'move' },
      preferredScanner: null,
    });
    const takes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const bytes = Buffer.concat([Buffer.from(`%PDF-1.7\n% bench ${i}\n`), Buffer.alloc(5 * 1024 * 1024, i)]);
      await fs.writeFile(path.join(hot, `bench-${i}.pdf`), bytes);
      const written = performance.now();
      for (;;) {
        if ((await call(core, 'scanning.inbox.list', {})).items.length === i + 1) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      takes.push(performance.now() - written - 1000);
    }
    return [
      { name: 'scan.adf10_300dpi_to_case_ms', value: round(batchMs, 0), unit: 'ms' },
      { name: 'scan.main_loop_max_stall_ms', value: round(loop.max / 1e6, 1), unit: 'ms' },
      { name: 'hot_folder.take_after_stable_ms', value: round(Math.max(...takes), 0), unit: 'ms' },
    ];
  } finally {
    await core.close();
    if (previous === undefined) delete process.env.SANE_CONFIG_DIR;
    else process.env.SANE_CONFIG_DIR = previous;
    await Promise.all([sane.cleanup(), fs.rm(dataDir, { recursive: true, force: true }), fs.rm(hot, { recursive: true, force: true })]);
  }
}
