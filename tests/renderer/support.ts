/**
 * A real core on a temporary data folder, reached through the same `dispatch` and a bridge of the
 * same shape as the Electron preload / harness expose (payloads cross as JSON, as over IPC).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoketBridge } from '../../shared/contract/channels';
import { dispatch } from '../../shared/contract/dispatch';
import { createCore } from '../../electron/core/createCore';
import type { Core } from '../../electron/core/core';
import { runningClock } from '../support/clock';
import { atTheKeyboard } from '../core/support/operator';

export interface CoreBridge {
  core: Core;
  bridge: LoketBridge;
  close(): Promise<void>;
}

export async function openCoreBridge(now?: () => Date): Promise<CoreBridge> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-renderer-'));
  const core = await createCore({ dataDir: dir, host: 'harness', now: now ?? runningClock().now });
  // The forms are used by an operator who passed the lock screen.
  await atTheKeyboard(core);
  const bridge: LoketBridge = {
    invoke: async (method, input) => JSON.parse(JSON.stringify(await dispatch(core.handlers, method, JSON.parse(JSON.stringify(input ?? {}))))),
    on: (event, listener) => core.events.on(event, listener),
  };
  return {
    core,
    bridge,
    async close() {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
