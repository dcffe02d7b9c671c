/**
 * Scanning through the core, end to end in Node: the SANE test device found by `scanning.devices`, a
 * scan job into a case whose pages land in the case through the documents core, progress events,
 * a jam and a cancel keeping what was scanned, and the rescan appended to the same document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanJobSchema, type ScanJob } from '../../../../shared/contract/features/scanning';
import { createCore, storeOf } from '../../../../electron/core/createCore';
import type { Core } from '../../../../electron/core/core';
import { SaneAdapter } from '../../../../electron/core/documents/scanners/sane/saneAdapter';
import { documentsSink } from '../../../../electron/core/documents/scanners/documentsSink';
import { ScanningService } from '../../../../electron/core/documents/scanners/scanningService';
import { FAULT_MESSAGES } from '../../../../electron/core/documents/scanners/faults';
import { atTheKeyboard, call, callError } from '../../support/core';
import { closeAfterTest, tempDir } from '../../support/tempDir';
import { validIntake } from '../../../fixtures/intake';
import { TEST_BACKEND, makeSaneTestConfig, type SaneTestConfig } from '../../../fixtures/sane/saneTestConfig';
import { runningClock } from '../../../support/clock';

let sane: SaneTestConfig;
let savedEnv: string | undefined;
beforeAll(async () => {
  sane = await makeSaneTestConfig();
  // The platform's SANE adapter inherits the environment: only the test backend is configured.
  savedEnv = process.env.SANE_CONFIG_DIR;
  process.env.SANE_CONFIG_DIR = sane.dir;
});
afterAll(async () => {
  if (savedEnv === undefined) delete process.env.SANE_CONFIG_DIR;
  else process.env.SANE_CONFIG_DIR = savedEnv;
  await sane.cleanup();
});

async function coreWithCase(): Promise<{ core: Core; caseId: string }> {
  const core = await createCore({ dataDir: await tempDir('loket-scan-core-'), host: 'harness', now: runningClock().now });
  closeAfterTest(() => core.close());
  await atTheKeyboard(core);
  const created = await call(core, 'cases.create', validIntake());
  return { core, caseId: created.id };
}

function waitForEnd(core: Core, jobId: string): { jobs: ScanJob[]; done: Promise<ScanJob> } {
  const jobs: ScanJob[] = [];
  const done = new Promise<ScanJob>((resolve) => {
    const off = core.events.on('scanning.job', (job) => {
      if (job.id !== jobId) return;
      jobs.push(job);
      if (job.endedAt) {
        off();
        resolve(job);
      }
    });
  });
  return { jobs, done };
}

describe('scanning through the core', () => {
  it('finds the test scanner, scans an ADF batch into a case, page by page, with progress events', async () => {
    const { core, caseId } = await coreWithCase();
    const { devices, backends } = await call(core, 'scanning.devices', { refresh: true });
    expect(backends).toEqual([{ backend: 'sane', available: true, message: '' }]);
    expect(devices.map((d) => d.id)).toEqual(['sane:test:0', 'sane:test:1']);
    const caps = await call(core, 'scanning.capabilities', { deviceId: 'sane:test:0' });
    expect(caps).toMatchObject({ deviceId: 'sane:test:0', sources: ['flatbed', 'adf'], duplex: false, defaults: { resolution: 300, mode: 'gray' } });

    const events: ScanJob[] = [];
    core.events.on('scanning.job', (j) => events.push(j));
    const job = await call(core, 'scanning.start', { deviceId: 'sane:test:0', caseId, documentType: 'request_letter', source: 'adf', resolution: 75, mode: 'gray' });
    expect(job.state).toBe('starting');
    const end = await new Promise<ScanJob>((resolve) => core.events.on('scanning.job', (j) => j.id === job.id && j.endedAt && resolve(j)));
    expect(end).toMatchObject({ state: 'completed', pagesScanned: 10, pagesSaved: 10, fault: null, note: 'Selesai: 10 halaman tersimpan ke berkas.' });
    // Pages were saved as they came: the saved count went up one by one.
    const saved = [...new Set(events.filter((e) => e.id === job.id).map((e) => e.pagesSaved))];
    expect(saved).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events.some((e) => e.pagePercent !== null && e.pagePercent > 0)).toBe(true);
    // Events are not checked by dispatch: every one must match the contract's schema.
    for (const e of events) expect(scanJobSchema.safeParse(e).success).toBe(true);

    const { documents } = await call(core, 'documents.list', { caseId });
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ id: end.documentId, type: 'request_letter', source: 'scanner', developmentLevel: 'asli' });
    expect(documents[0]?.pages).toHaveLength(10);
    expect((await call(core, 'scanning.jobs', { caseId })).jobs.map((j) => j.id)).toEqual([job.id]);
  });

  it('refuses what the device cannot do, an unknown device and a missing case, with Indonesian messages', async () => {
    const { core, caseId } = await coreWithCase();
    const duplex = await callError(core, 'scanning.start', { deviceId: 'sane:test:0', caseId, documentType: 'sk', source: 'adf', duplex: true, resolution: 300, mode: 'gray' });
    expect(duplex).toMatchObject({ code: 'invalid_input', fields: { duplex: expect.stringContaining('bolak-balik') } });
    const gone = await callError(core, 'scanning.capabilities', { deviceId: 'sane:test:9' });
    expect(gone).toMatchObject({ code: 'not_found', message: FAULT_MESSAGES.device_gone });
    const unknown = await callError(core, 'scanning.start', { deviceId: 'twain:x', caseId, documentType: 'sk', source: 'adf', resolution: 300, mode: 'gray' });
    expect(unknown.code).toBe('not_found');
    const noCase = await callError(core, 'scanning.start', { deviceId: 'sane:test:0', caseId: '2026-WS01-09999', documentType: 'sk', source: 'adf', resolution: 300, mode: 'gray' });
    expect(noCase.code).toBe('not_found');
  });

  it('a jam keeps nothing half-scanned; a cancel keeps the whole pages; the rescan goes into the same document', async () => {
    const { core, caseId } = await coreWithCase();
    const store = storeOf(core);
    const open = (extra: string[]) =>
      ScanningService.open({
        ctx: store.ctx,
        cases: store.cases,
        sink: documentsSink(store),
        adapters: [new SaneAdapter({ env: sane.env, extraArgs: () => extra })],
        events: { job: (j) => core.events.emit('scanning.job', j), inboxChanged: () => undefined, hotFolderStatus: () => undefined },
        watchHotFolder: false,
      });
    const request = { deviceId: 'sane:test:0', caseId, documentType: 'request_letter', source: 'adf', resolution: 75, mode: 'gray' } as const;

    const jamming = await open(TEST_BACKEND.failWith('SANE_STATUS_JAMMED'));
    closeAfterTest(() => jamming.close());
    const jam = await jamming.start(request);
    const jammed = await waitForEnd(core, jam.id).done;
    expect(jammed).toMatchObject({ state: 'failed', pagesSaved: 0, documentId: null, fault: { code: 'jammed', message: FAULT_MESSAGES.jammed } });
    expect(jammed.note).toBe('Belum ada halaman yang tersimpan. Halaman ke-1 terpotong dan dibuang; pindai ulang mulai halaman itu.');
    expect((await call(core, 'documents.list', { caseId })).documents).toEqual([]);

    const slow = await open(TEST_BACKEND.slow(8000));
    closeAfterTest(() => slow.close());
    const job = await slow.start(request);
    const watch = waitForEnd(core, job.id);
    const off = core.events.on('scanning.job', (j) => {
      if (j.id === job.id && j.pagesSaved >= 3 && (j.pagePercent ?? 0) > 10) slow.cancel(job.id);
    });
    const cancelled = await watch.done;
    off();
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.pagesSaved).toBeGreaterThanOrEqual(3);
    expect(cancelled.pagesSaved).toBeLessThan(10);
    expect(cancelled.note).toContain(`${cancelled.pagesSaved} halaman sudah tersimpan`);
    expect(cancelled.note).toContain(`Halaman ke-${cancelled.pagesSaved + 1} terpotong dan dibuang`);
    const docId = cancelled.documentId;
    expect(docId).not.toBeNull();

    const fast = await open([]);
    closeAfterTest(() => fast.close());
    const rescan = await fast.start({ ...request, source: 'flatbed', documentId: docId ?? undefined });
    const rescanned = await waitForEnd(core, rescan.id).done;
    expect(rescanned).toMatchObject({ state: 'completed', pagesSaved: 1, documentId: docId });
    const { documents } = await call(core, 'documents.list', { caseId });
    expect(documents).toHaveLength(1);
    expect(documents[0]?.pages).toHaveLength(cancelled.pagesSaved + 1);
  });
});
