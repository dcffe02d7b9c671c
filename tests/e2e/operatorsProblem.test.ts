/**
 * Issue 9 §3 end to end: operators.json deleted (with its .bak) from a folder whose cases were
 * worked by an operator. The app shows how to restore it — backup or IT's `loket operators reset` —
 * instead of the lock screen or the first-operator form; after the reset, setup is offered again.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { createCore } from '../../electron/core/createCore';
import { call } from '../core/support/core';
import { validIntake } from '../fixtures/intake';
import { startHarness, type HarnessSession } from './harnessFixture';
import { runningClock } from '../support/clock';

let s: HarnessSession;

beforeAll(async () => {
  s = await startHarness('loket-e2e-operators-', {
    operator: false,
    async prepare(dataDir) {
      const core = await createCore({ dataDir, host: 'cli', now: runningClock().now });
      await call(core, 'operators.create', { name: 'Rina Wulandari', nip: '199001152015032001', role: 'admin_agency', pin: '482915', pinConfirm: '482915' });
      await call(core, 'cases.create', validIntake());
      await core.close();
      await rm(join(dataDir, 'operators.json'));
      await rm(join(dataDir, 'operators.json.bak'), { force: true });
    },
  });
});
afterAll(async () => s?.dispose());

describe('operators.json lost in a folder with cases', () => {
  it('shows how to restore it instead of the setup form, and offers setup again after a recorded reset', async () => {
    const { page, url } = s.harness;
    await page.goto(url);
    const alert = page.getByTestId('operators-problem');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('operators.json');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('loket restore');
    expect(body).toContain(`loket operators reset --data-dir ${s.dataDir}`);
    expect(await page.getByRole('main', { name: 'Menyiapkan Loket Akun SPSE' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Buka kunci' }).count()).toBe(0);

    await s.harness.close();
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await runCli(['operators', 'reset', '--data-dir', s.dataDir, '--yes'], quiet)).toBe(0);
    const again = await s.restart();
    await again.page.goto(again.url);
    await again.page.getByRole('main', { name: 'Menyiapkan Loket Akun SPSE' }).getByLabel('Nama petugas').waitFor();
    expect(await again.page.getByTestId('operators-problem').count()).toBe(0);
  });
});
