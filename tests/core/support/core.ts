/** Opening cores on temp folders and calling them through the real dispatch (as hosts do). */
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/core';
import { atTheKeyboard } from './operator';
import type { MethodName } from '../../../shared/contract/channels';
import type { MethodParams } from '../../../shared/contract/contract';
import { dispatch } from '../../../shared/contract/dispatch';
import type { AppErrorValue } from '../../../shared/contract/result';
import { closeAfterTest } from './tempDir';
import { runningClock } from '../../support/clock';

export interface OpenCoreOptions {
  /**
   * An admin at the keyboard (default): the first operator is set up on a folder without one, else
   * unlocked with their PIN — as a user passes the lock screen. `false`: nobody is, and every
   * non-open method meets the lock (the contract's access levels).
   */
  operator?: boolean;
}

/** A core on `dataDir`; its clock is `now`, else one running from the suite's "now" (never the machine's date). */
export async function openCore(dataDir: string, now: () => Date = runningClock().now, options: OpenCoreOptions = {}): Promise<Core> {
  const core = await createCore({ dataDir, host: 'cli', now });
  closeAfterTest(() => core.close());
  if (options.operator ?? true) await atTheKeyboard(core);
  return core;
}



/** Calls a method expected to fail; returns its error value. */
export async function callError<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<AppErrorValue> {
  const r = await dispatch(core.handlers, method, input);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.error;
}

export { atTheKeyboard, call, TEST_OPERATOR } from './operator';
