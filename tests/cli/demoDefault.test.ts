/**
 * `loket demo` without --closed: a training folder's queue holds the past weeks' requests only
 * (the walkthrough found thirty requests from two years ago waiting at step 2).
 */
import { describe, expect, it } from 'vitest';
import { defaultDemoClosed, DEFAULT_DEMO_COUNT } from '../../electron/cli/commands/demo';
import { PARK_WINDOW_DAYS, PARKED_MAX } from '../../electron/core/demo/closeDemoCases';
import { fillDemo } from '../../electron/core/demo/fillDemo';
import { call, openCore } from '../core/support/core';
import { tempDir } from '../core/support/tempDir';
import { TestClock } from '../support/clock';

describe('the demo default', () => {
  it('closes all but the newest few, at least a fifth, at most 60', () => {
    expect(defaultDemoClosed(50)).toBe(50 - PARKED_MAX);
    expect(defaultDemoClosed(8)).toBe(1);
    expect(defaultDemoClosed(100_000)).toBe(60);
  });

  it('leaves open only requests received in the past weeks', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now, { operator: false });
    const closed = defaultDemoClosed(DEFAULT_DEMO_COUNT);
    expect(await fillDemo(core, DEFAULT_DEMO_COUNT, 3, { closed })).toMatchObject({ created: DEFAULT_DEMO_COUNT, closed });
    const open = (await call(core, 'cases.list', { status: ['registered', 'checking', 'waiting_pokja', 'ready_reset', 'to_notify', 'to_archive'], limit: 100 })).items;
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThanOrEqual(PARKED_MAX);
    const since = clock.now().getTime() - PARK_WINDOW_DAYS * 86_400_000;
    for (const c of open) expect(Date.parse(c.receivedAt), c.caseNumber).toBeGreaterThanOrEqual(since);
  }, 120_000);
});
