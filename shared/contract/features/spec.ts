import type { z } from 'zod';

/**
 * Who may call a method. The core enforces it for every host (Electron, harness, CLI, tests) before
 * the handler runs (electron/core/handlers/access.ts); the UI only reflects it (docs/operators.md).
 * - `open`: callable while locked — app info, the operator list, unlocking, first setup, the language.
 * - `session`: reads of cases, personal data and settings — an operator is unlocked, or the host
 *   opened a read-only session (the CLI's `cases`, `verify`, `verify-trail`).
 * - `operator`: every change, and anything that shows a password or issues a letter — the unlocked
 *   operator is recorded with it, and it counts as their activity.
 */
export const ACCESS_LEVELS = ['open', 'session', 'operator'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** One method of the contract: who may call it, its input and output schemas. */
export interface MethodSpec {
  access: Access;
  input: z.ZodType;
  output: z.ZodType;
  /**
   * The output is not re-checked by `dispatch`: only for an output of many megabytes built by the
   * core's own typed code (a year's report: every figure names its cases), where the check alone
   * would hold the core's event loop for hundreds of ms (issue 11: no stall over 50 ms). Its
   * schema still gives the types, and the tests check real outputs against it.
   */
  trustedOutput?: true;
}
