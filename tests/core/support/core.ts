/** Opening cores on temp folders and calling them through the real dispatch (as hosts do). */
import { createCore } from '../../../electron/core/createCore';
import type { Core } from '../../../electron/core/core';
import type { MethodName } from '../../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../../shared/contract/contract';
import { dispatch } from '../../../shared/contract/dispatch';
import type { AppErrorValue } from '../../../shared/contract/result';
import { closeAfterTest } from './tempDir';

export async function openCore(dataDir: string, now?: () => Date): Promise<Core> {
  const core = await createCore(now ? { dataDir, host: 'cli', now } : { dataDir, host: 'cli' });
  closeAfterTest(() => core.close());
  return core;
}

/** Calls a method through dispatch; throws with the error value when the result is not ok. */
export async function call<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.code}: ${r.error.message}`), { value: r.error });
  return r.value as MethodOutput<M>;
}

/** Calls a method expected to fail; returns its error value. */
export async function callError<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<AppErrorValue> {
  const r = await dispatch(core.handlers, method, input);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return r.error;
}
