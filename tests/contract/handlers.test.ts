/** Conformance: the core implements exactly the contract's methods, and each answers through dispatch. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES, EVENT_NAMES } from '../../shared/contract/channels';
import { contract, events } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { createCore, type Core } from '../../electron/core/core';
import { runningClock } from '../support/clock';
import { atTheKeyboard } from '../core/support/core';

let dir: string;
let core: Core;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'loket-contract-'));
  core = await createCore({ dataDir: dir, host: 'cli', now: runningClock().now });
  await atTheKeyboard(core);
});
afterAll(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

describe('contract conformance', () => {
  it('the channel lists and the contract name the same methods and events', () => {
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENT_NAMES].sort());
  });
  it('the core has one handler per method, and nothing else', () => {
    expect(Object.keys(core.handlers).sort()).toEqual([...METHOD_NAMES].sort());
    for (const m of METHOD_NAMES) expect(typeof core.handlers[m], m).toBe('function');
  });
  it('every no-argument method answers ok through dispatch', async () => {
    for (const m of ['app.info', 'app.problems', 'settings.get', 'cases.list'] as const) {
      const r = await dispatch(core.handlers, m, {});
      expect(r.ok, `${m}: ${JSON.stringify(r)}`).toBe(true);
    }
  });
});
