import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldTrail } from '../../../shared/domain/workflowFold';
import { BlobStore } from '../../../electron/core/documents/blobStore';
import { DEMO_NIP, DEMO_PIN, LONGEST_WALK_MS, PARK_WINDOW_DAYS, PARKED_MAX } from '../../../electron/core/demo/closeDemoCases';
import { fillDemo } from '../../../electron/core/demo/fillDemo';
import { call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { TestClock } from '../../support/clock';

describe('demo cases closed with documents', () => {
  it('walks the newest cases whose walk lies in the past through the whole SOP with scanned documents, through the real engine', async () => {
    const dir = await tempDir();
    const clock = new TestClock();
    const core = await openCore(dir, clock.now, { operator: false }); // a new demo folder: the demo makes its own operator
    const started = performance.now();
    const result = await fillDemo(core, 40, 3, { closed: 8 });
    const ms = performance.now() - started;
    expect(result).toMatchObject({ created: 40, closed: 8 });
    // Two or three training operators, the first the one the CLI names; each signs in with the printed PIN.
    const { operators } = await call(core, 'operators.list', { includeInactive: false });
    expect(operators.length).toBeGreaterThanOrEqual(2);
    expect(operators.length).toBeLessThanOrEqual(3);
    expect(result.operatorsCreated).toEqual(operators.map((o) => ({ name: o.name, nip: o.nip })));
    expect(operators[0]?.nip).toBe(DEMO_NIP);
    for (const o of operators) {
      await call(core, 'operators.lock', {});
      await call(core, 'operators.unlock', { operatorId: o.id, pin: DEMO_PIN });
    }
    const names = new Set(operators.map((o) => o.name));

    const closed = (await call(core, 'cases.list', { status: ['closed'], limit: 100 })).items;
    expect(closed).toHaveLength(8);
    const all = (await call(core, 'cases.list', { limit: 100 })).items;
    // The newest whose walk lies in the past (the longest: step 4 expiring), not counting the past
    // weeks' requests left open mid-way, so this year's reports have figures; older ones are a
    // register's filler, never newer than a closed one.
    for (const c of closed) expect(Date.parse(c.receivedAt) + LONGEST_WALK_MS).toBeLessThanOrEqual(clock.now().getTime() - 3_600_000);
    const windowStart = clock.now().getTime() - PARK_WINDOW_DAYS * 86_400_000;
    const filler = all.filter((c) => c.status !== 'closed' && Date.parse(c.receivedAt) < windowStart);
    expect(filler.length).toBe(40 - 8 - PARKED_MAX);
    const oldestClosed = Math.min(...closed.map((c) => Date.parse(c.receivedAt)));
    for (const c of filler) expect(Date.parse(c.receivedAt)).toBeLessThanOrEqual(oldestClosed);
    // Numbers still follow the order of receipt.
    const byId = [...all].sort((a, b) => a.id.localeCompare(b.id)).map((c) => Date.parse(c.receivedAt));
    expect(byId).toEqual([...byId].sort((a, b) => a - b));
    const blobs = new BlobStore(dir);
    const results = new Set<string>();
    for (const c of closed) {
      expect((await call(core, 'workflow.trail', { id: c.id })).ok).toBe(true);
      const record = await call(core, 'cases.get', { id: c.id });
      const f = foldTrail(record.events);
      results.add(f.result);
      // Every event lies after the receipt, in order, and in the past.
      const times = record.events.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)).toBeLessThan(clock.now().getTime());
      expect(record.events.every((e) => names.has(e.operator?.name ?? ''))).toBe(true);
      expect(record.documents.length).toBeGreaterThanOrEqual(2);
      for (const d of record.documents) for (const p of d.pages) expect(await blobs.has(p.blob)).toBe(true);
      const step9 = record.events.at(-1);
      expect(step9?.payload).toMatchObject({ step: 9, outcome: 'archived', data: { physical: { box: expect.stringMatching(/^B-\d\d$/), folder: expect.stringMatching(/^F-\d{3}$/) } } });
    }
    expect(results.has('completed')).toBe(true);
    // The registers see them (closing dates span the three years the demo covers).
    const registers = await call(core, 'registers.build', { from: '2000-01-01', to: '2100-12-31' });
    expect(registers.daftarBerkas).toHaveLength(8);
    expect(registers.daftarIsiBerkas.length).toBeGreaterThanOrEqual(16);
    // Small pages: the demo stays quick and its archive small.
    const sizes: number[] = [];
    for (const sub of await fs.readdir(path.join(dir, 'blobs'), { recursive: true, withFileTypes: true })) if (sub.isFile()) sizes.push((await fs.stat(path.join(sub.parentPath, sub.name))).size);
    expect(Math.max(...sizes)).toBeLessThan(200_000);
    console.log(`demo: 40 cases, 8 closed with documents in ${ms} ms; largest blob ${Math.max(...sizes)} bytes`);
  });
});
