import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeOf } from '../../../electron/core/createCore';
import { fillDemo } from '../../../electron/core/demo/fillDemo';
import { atTheKeyboard, call, openCore } from '../support/core';
import { tempDir } from '../support/tempDir';
import { TestClock } from '../../support/clock';

describe('fillDemo', () => {
  it('registers the cases durably, numbered per year in order of receipt, with the index written once', async () => {
    const dir = await tempDir();
    const core = await openCore(dir, undefined, { operator: false });
    const announced: string[][] = [];
    core.events.on('cases.changed', ({ ids }) => announced.push(ids));
    expect(await fillDemo(core, 300, 5)).toEqual({ created: 300, closed: 0, operatorsCreated: [] });
    // One event for the batch, not 300 for a host to forward to the renderer.
    expect(announced).toHaveLength(1);
    expect(new Set(announced[0]).size).toBe(300);
    expect((await fs.readdir(path.join(dir, 'cases'))).filter((n) => n.endsWith('.json'))).toHaveLength(300);
    const index = JSON.parse(await fs.readFile(path.join(dir, 'index.json'), 'utf8')) as { rows: unknown[] };
    expect(index.rows).toHaveLength(300);

    await atTheKeyboard(core); // a trainee reads the register
    const all = (await call(core, 'cases.list', { limit: 1000 })).items;
    const byYear = new Map<string, typeof all>();
    for (const c of all) byYear.set(c.id.slice(0, 4), [...(byYear.get(c.id.slice(0, 4)) ?? []), c]);
    for (const cases of byYear.values()) {
      const ordered = [...cases].sort((a, b) => a.id.localeCompare(b.id));
      expect(ordered.map((c) => Number(c.id.slice(-5)))).toEqual(ordered.map((_, i) => i + 1));
      const received = ordered.map((c) => Date.parse(c.receivedAt));
      expect(received).toEqual([...received].sort((a, b) => a - b));
    }
    // Opened again, everything comes from the index.
    await core.close();
    const reopened = await openCore(dir);
    expect(storeOf(reopened).cases.openStats).toMatchObject({ files: 300, fromIndex: 300, reread: 0 });
  });

  it('adds to existing cases without reusing numbers', async () => {
    const dir = await tempDir();
    const core = await openCore(dir, undefined, { operator: false });
    await fillDemo(core, 40, 1);
    await fillDemo(core, 40, 2);
    await atTheKeyboard(core);
    const ids = (await call(core, 'cases.list', { limit: 1000 })).items.map((c) => c.id);
    expect(new Set(ids).size).toBe(80);
  });

  it('closes as many cases as asked on any date: no request it spreads over the years is too new to walk', { timeout: 120_000 }, async () => {
    // 00.30 WIB on 1 January 2027, seed 35: before the fix 3 of the 10 requests could be walked to step 9, not 6.
    const clock = new TestClock(Date.parse('2026-12-31T17:30:00.000Z'));
    const core = await openCore(await tempDir(), clock.now, { operator: false });
    expect(await fillDemo(core, 10, 35, { closed: 6 })).toMatchObject({ created: 10, closed: 6 });
    // The training operator fillDemo made is at the keyboard.
    expect((await call(core, 'cases.list', { status: ['closed'], limit: 100 })).total).toBe(6);
  });
});
