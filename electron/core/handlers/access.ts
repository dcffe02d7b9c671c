/**
 * The lock belongs to the core: every method's access level (declared in the contract,
 * shared/contract/features/spec.ts) is checked here, before its handler runs, for every host —
 * Electron, the harness, the CLI and tests all reach the core through these wrapped handlers.
 */
import { METHOD_NAMES, type MethodName } from '../../../shared/contract/channels';
import { contract, type Handlers } from '../../../shared/contract/contract';
import type { Access } from '../../../shared/contract/features/spec';

export interface AccessGate {
  /** Resolves when `level` is granted now; rejects with AppError `locked` otherwise. */
  require(level: Exclude<Access, 'open'>): Promise<void>;
}

export function accessOf(method: MethodName): Access {
  return contract[method].access;
}

export function enforceAccess(handlers: Handlers, gate: AccessGate): Handlers {
  const guarded: Partial<Record<MethodName, (input: never) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    const handler = handlers[method] as (input: never) => Promise<unknown>;
    const level = accessOf(method);
    guarded[method] =
      level === 'open'
        ? handler
        : async (input: never) => {
            await gate.require(level);
            return handler(input);
          };
  }
  return guarded as Handlers;
}
