/**
 * The lock belongs to the core (issue 9 §1), checked from the contract itself: every method the
 * contract does not declare `open` is refused by a locked core — called straight on the core's
 * handlers (no input validation in front), as any host would reach it — and `open` is a short,
 * deliberate list, so a new method cannot forget its access level.
 */
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '../../shared/contract/channels';
import { contract } from '../../shared/contract/contract';
import { ACCESS_LEVELS } from '../../shared/contract/features/spec';
import { AppError } from '../../shared/contract/result';
import { featuresOf } from '../../electron/core/createCore';
import type { Core } from '../../electron/core/core';
import { call, callError, openCore } from '../core/support/core';
import { tempDir } from '../core/support/tempDir';
import { drive, intakeOf, PIN, setUpOperator, TestClock } from '../core/workflow/support';
import { testSettingsInput } from '../fixtures/profile';

/** What may be called with nobody at the keyboard: the start and lock screens, nothing more. */
const OPEN: readonly MethodName[] = [
  'app.info', 'app.problems', 'settings.get', 'settings.setLanguage',
  'operators.list', 'operators.create', 'operators.unlock', 'operators.lock', 'operators.session',
];

const guarded = METHOD_NAMES.filter((m) => contract[m].access !== 'open');

async function refusal(core: Core, method: MethodName): Promise<unknown> {
  const handler = core.handlers[method] as (input: unknown) => Promise<unknown>;
  return handler({}).then(
    () => new Error(`${method} was accepted by a locked core`),
    (e: unknown) => e,
  );
}

describe('access levels in the contract', () => {
  it('every method declares one, and the open ones are exactly the start and lock screens', () => {
    for (const m of METHOD_NAMES) expect(ACCESS_LEVELS, m).toContain(contract[m].access);
    expect(METHOD_NAMES.filter((m) => contract[m].access === 'open').sort()).toEqual([...OPEN].sort());
  });

  it('a locked core refuses every other method, before the handler looks at its input', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    await setUpOperator(core);
    await call(core, 'operators.lock', {});
    for (const method of guarded) {
      const e = await refusal(core, method);
      expect(e, method).toBeInstanceOf(AppError);
      expect((e as AppError).code, method).toBe('locked');
    }
  });

  it('so does a core that has no operator yet (first setup pending)', async () => {
    const core = await openCore(await tempDir(), undefined, { operator: false });
    for (const method of guarded) expect(((await refusal(core, method)) as AppError).code, method).toBe('locked');
  });

  it('locks by itself when the operator is idle, for reads too', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    await setUpOperator(core);
    await call(core, 'cases.list', {});
    const { autoLockMinutes } = await call(core, 'workflow.settings.get', {});
    clock.advance(autoLockMinutes + 1);
    expect((await callError(core, 'cases.list', {})).code).toBe('locked');
  });

  it('never shows the temporary password of a case waiting at step 8 while locked', async () => {
    const clock = new TestClock();
    const core = await openCore(await tempDir(), clock.now);
    const op = await setUpOperator(core);
    const created = await call(core, 'cases.create', intakeOf('reset_password'));
    await drive(core, created.id, ['complete', 'valid', 'reset_done'], clock, 'reset_password');
    expect((await call(core, 'workflow.state', { id: created.id })).step).toBe(8);
    await call(core, 'operators.lock', {});
    const preview = await callError(core, 'letters.preview', { id: created.id, kind: 'notification', includePassword: true });
    expect(preview.code).toBe('locked');
    expect(JSON.stringify(preview)).not.toMatch(/password"?\s*:\s*"[^"]/i);
    expect((await callError(core, 'workflow.password.reveal', { id: created.id })).code).toBe('locked');
    // Unlocked again, the operator reaches it.
    await call(core, 'operators.unlock', { operatorId: op.id, pin: PIN });
    expect((await call(core, 'workflow.password.reveal', { id: created.id })).password.length).toBeGreaterThanOrEqual(8);
  });

  it('a read-only host session (the CLI) reads, but changes nothing without an operator', async () => {
    const core = await openCore(await tempDir());
    await setUpOperator(core);
    const created = await call(core, 'cases.create', intakeOf('reset_password'));
    await call(core, 'operators.lock', {});
    featuresOf(core).operators.session.openReadOnly();
    expect((await call(core, 'cases.get', { id: created.id })).id).toBe(created.id);
    expect((await call(core, 'workflow.trail', { id: created.id })).ok).toBe(true);
    expect((await callError(core, 'cases.create', intakeOf('reset_password'))).code).toBe('locked');
    expect((await callError(core, 'settings.save', testSettingsInput())).code).toBe('locked');
  });
});
