/** SANE adapter against the real `test` backend of sane-backends (scanimage), private config. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanOptions } from '../../../../shared/contract/features/scanning';
import { ScannerError, type ScanProgress } from '../../../../electron/core/documents/scanners/adapter';
import { FAULT_MESSAGES } from '../../../../electron/core/documents/scanners/faults';
import { SaneAdapter } from '../../../../electron/core/documents/scanners/sane/saneAdapter';
import { TEST_BACKEND, makeSaneTestConfig, type SaneTestConfig } from '../../../fixtures/sane/saneTestConfig';

let sane: SaneTestConfig;
let work: string;
beforeAll(async () => {
  sane = await makeSaneTestConfig();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-scan-'));
});
afterAll(async () => {
  await sane.cleanup();
  await fs.rm(work, { recursive: true, force: true });
});

const adf: ScanOptions = { source: 'adf', duplex: false, resolution: 75, mode: 'gray' };
let jobN = 0;
async function scan(adapter: SaneAdapter, options: ScanOptions, signal = new AbortController().signal) {
  const outDir = path.join(work, `job-${++jobN}`);
  await fs.mkdir(outDir);
  const events: ScanProgress[] = [];
  const outcome = await adapter.scan({ device: 'test:0', options, outDir, signal, onProgress: (p) => events.push(p) });
  return { outcome, events, outDir, left: (await fs.readdir(outDir)).sort() };
}

/** Width, height and colour type from a PNG's IHDR (ISO/IEC 15948 §11.2.2): 0 = gray, 2 = RGB. */
async function pngInfo(file: string): Promise<{ width: number; height: number; colorType: number }> {
  const b = await fs.readFile(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colorType: b[25] ?? -1 };
}

describe('SANE adapter (scanimage, test backend)', () => {
  it('lists the test devices and reads their capabilities', async () => {
    const adapter = new SaneAdapter({ env: sane.env });
    expect(await adapter.availability()).toEqual({ backend: 'sane', available: true, message: '' });
    const devices = await adapter.listDevices();
    expect(devices.map((d) => d.id)).toEqual(['test:0', 'test:1']);
    expect(devices[0]).toMatchObject({ backend: 'sane', model: 'frontend-tester' });
    const caps = await adapter.capabilities('test:0');
    expect(caps.sources).toEqual(['flatbed', 'adf']);
    expect(caps.duplex).toBe(false);
    expect(caps.modes).toEqual(['gray', 'color']);
    expect(caps.resolutions).toEqual([75, 100, 150, 200, 240, 300, 400, 600, 1200]);
    expect(caps.defaults).toEqual({ source: 'flatbed', resolution: 300, mode: 'gray' });
    expect(caps.maxArea).toEqual({ x: 300, y: 300 });
  });

  it('scans an ADF batch: 10 whole pages in order, then the feeder runs out (normal end)', async () => {
    const adapter = new SaneAdapter({ env: sane.env, extraArgs: () => TEST_BACKEND.picture('Grid') });
    const { outcome, events, left } = await scan(adapter, adf);
    expect(outcome.fault).toBeNull();
    expect(outcome.cancelled).toBe(false);
    expect(outcome.partialDiscarded).toBe(false);
    expect(outcome.pages.map((p) => path.basename(p))).toEqual(Array.from({ length: 10 }, (_, i) => `page-${String(i + 1).padStart(4, '0')}.png`));
    const pageEvents = events.filter((e) => e.kind === 'page');
    expect(pageEvents.map((e) => e.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(events.some((e) => e.kind === 'percent' && e.percent > 0)).toBe(true);
    expect(left).toHaveLength(10);
    // F4/Folio width clamp: 215.9 mm at 75 dpi ≈ 637 px; height 300 mm (the test device's bed) ≈ 885 px.
    const size = await pngInfo(outcome.pages[0] ?? '');
    expect(size.colorType).toBe(0);
    expect(size.width).toBeGreaterThanOrEqual(635);
    expect(size.width).toBeLessThanOrEqual(640);
    expect(size.height).toBeGreaterThanOrEqual(880);
  });

  it('scans exactly one page from the flatbed, in colour when asked', async () => {
    const adapter = new SaneAdapter({ env: sane.env });
    const { outcome } = await scan(adapter, { source: 'flatbed', duplex: false, resolution: 75, mode: 'color' });
    expect(outcome.fault).toBeNull();
    expect(outcome.pages).toHaveLength(1);
    expect((await pngInfo(outcome.pages[0] ?? '')).colorType).toBe(2);
  });

  it('reports a jam with the Indonesian message and keeps no cut-off page', async () => {
    const adapter = new SaneAdapter({ env: sane.env, extraArgs: () => TEST_BACKEND.failWith('SANE_STATUS_JAMMED') });
    const { outcome, left } = await scan(adapter, adf);
    expect(outcome.fault).toEqual({ code: 'jammed', message: FAULT_MESSAGES.jammed });
    expect(outcome.fault?.message).toBe('Kertas macet di pemindai. Buka penutup, keluarkan kertas, lalu pindai ulang halaman yang belum masuk.');
    expect(outcome.pages).toEqual([]);
    expect(outcome.partialDiscarded).toBe(true);
    expect(left).toEqual([]);
  });

  it.each([
    ['SANE_STATUS_COVER_OPEN', 'cover_open'],
    ['SANE_STATUS_DEVICE_BUSY', 'busy'],
    ['SANE_STATUS_IO_ERROR', 'io'],
    ['SANE_STATUS_ACCESS_DENIED', 'access_denied'],
    ['SANE_STATUS_NO_DOCS', 'no_paper'],
  ] as const)('maps %s to %s', async (status, code) => {
    const adapter = new SaneAdapter({ env: sane.env, extraArgs: () => TEST_BACKEND.failWith(status) });
    const { outcome } = await scan(adapter, adf);
    expect(outcome.fault?.code).toBe(code);
    expect(outcome.fault?.message).toBe(FAULT_MESSAGES[code]);
    expect(outcome.pages).toEqual([]);
  });

  it('cancels mid-batch: the process group is stopped, whole pages kept, the cut-off page discarded', async () => {
    const adapter = new SaneAdapter({ env: sane.env, extraArgs: () => TEST_BACKEND.slow(3000) });
    const ac = new AbortController();
    const outDir = path.join(work, 'cancel');
    await fs.mkdir(outDir);
    const started = performance.now();
    let pagesSoFar = 0;
    const outcome = await adapter.scan({
      device: 'test:0',
      options: adf,
      outDir,
      signal: ac.signal,
      onProgress: (p) => {
        // Cancel while page 3 is under way.
        if (p.kind === 'percent' && p.percent > 20 && !ac.signal.aborted && pagesSoFar >= 2) ac.abort();
        if (p.kind === 'page') pagesSoFar = p.index;
      },
    });
    expect(outcome.cancelled).toBe(true);
    expect(outcome.fault).toBeNull();
    expect(outcome.pages).toHaveLength(2);
    expect(outcome.partialDiscarded).toBe(true);
    expect((await fs.readdir(outDir)).sort()).toEqual(['page-0001.png', 'page-0002.png']);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it('refuses an option the device does not offer before starting', async () => {
    const adapter = new SaneAdapter({ env: sane.env });
    await expect(scan(adapter, { ...adf, duplex: true })).rejects.toMatchObject({ fault: { code: 'unsupported' } });
    await expect(scan(adapter, { ...adf, mode: 'lineart' })).rejects.toBeInstanceOf(ScannerError);
  });

  it('says the device is gone, and that scanimage is missing, in words the admin can act on', async () => {
    const adapter = new SaneAdapter({ env: sane.env });
    await expect(adapter.capabilities('test:7')).rejects.toMatchObject({ fault: { code: 'device_gone' } });
    const missing = new SaneAdapter({ command: '/nonexistent/scanimage' });
    expect(await missing.availability()).toMatchObject({ available: false, message: expect.stringContaining('sane-utils') });
    await expect(missing.listDevices()).rejects.toMatchObject({ fault: { code: 'tool_missing' } });
  });
});
