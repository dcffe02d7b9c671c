/**
 * The admin a test core has at the keyboard, set up or unlocked through the contract as the start
 * and lock screens do. No vitest import: bundled child processes (the crash test) use it too.
 */
import type { Core } from '../../../electron/core/core';
import type { MethodName } from '../../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../../shared/contract/contract';
import { dispatch } from '../../../shared/contract/dispatch';
import type { OperatorPublic } from '../../../shared/domain/operator';

/** The operator a test core has at the keyboard (tests/core/workflow/support.ts ADMIN's name and NIP). */
export const TEST_OPERATOR = { name: 'Rina Wulandari', nip: '199001152015032001', role: 'admin_agency', pin: '482915' } as const;

/** Calls a method through dispatch, as hosts do; throws with the error value when the result is not ok. */
export async function call<M extends MethodName>(core: Core, method: M, input: MethodParams<M>): Promise<MethodOutput<M>> {
  const r = await dispatch(core.handlers, method, input);
  if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.code}: ${r.error.message}`), { value: r.error });
  return r.value as MethodOutput<M>;
}

/** Sets up or unlocks TEST_OPERATOR through the contract, as the start and lock screens do. */
export async function atTheKeyboard(core: Core): Promise<OperatorPublic> {
  const { operators } = await call(core, 'operators.list', { includeInactive: false });
  const existing = operators.find((o) => o.nip === TEST_OPERATOR.nip);
  if (!existing) {
    if (operators.length > 0) throw new Error('atTheKeyboard: the folder has other operators; unlock one of them instead');
    return call(core, 'operators.create', { name: TEST_OPERATOR.name, nip: TEST_OPERATOR.nip, role: TEST_OPERATOR.role, pin: TEST_OPERATOR.pin, pinConfirm: TEST_OPERATOR.pin });
  }
  const session = await call(core, 'operators.session', {});
  if (session.locked || session.operator?.id !== existing.id) await call(core, 'operators.unlock', { operatorId: existing.id, pin: TEST_OPERATOR.pin });
  return existing;
}
