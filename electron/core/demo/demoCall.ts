/** A contract call from the demo filler: through `dispatch` like any host (validation, access), a failure thrown. */
import { dispatch } from '../../../shared/contract/dispatch';
import type { MethodName } from '../../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../../shared/contract/contract';
import type { Core } from '../core';

export async function demoCall<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as MethodOutput<M>;
}
