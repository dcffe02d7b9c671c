/** The control sheet reads the standard minutes in force: a change saved in the workflow settings shows on the next sheet. */
import { describe, expect, it } from 'vitest';
import { call } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import fs from 'node:fs/promises';
import path from 'node:path';
import { validIntake } from '../../fixtures/intake';
import { testSettingsInput } from '../../fixtures/profile';
import { TestClock, drive, formFor, must, setUpOperator } from '../workflow/support';
import { openLettersCore, pdfText } from './support';

describe('control sheet (Lembar Kendali)', () => {
  it('follows the standard minutes saved after it was first printed', async () => {
    const clock = new TestClock();
    const { core, letters } = await openLettersCore(await tempDir(), clock.now);
    await setUpOperator(core);
    const c = await call(core, 'cases.create', demoIntake());
    await drive(core, c.id, ['complete'], clock, 'reset_password');
    const sheet = async () => pdfText(await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id: c.id, kind: 'control_sheet', visit: 1 })).blob));
    expect(await sheet()).toMatch(/dari standar 5 menit/);
    const workflow = await call(core, 'workflow.settings.get', {});
    await call(core, 'workflow.settings.save', { ...workflow, standardMinutes: { '2': 9 } });
    expect(await sheet()).toMatch(/dari standar 9 menit/);
  }, 120_000);

  it('its figures add up: each row rounded up to the minute, the total the sum of the rows, the rule printed (walk s6 P2)', async () => {
    const clock = new TestClock();
    const { core, letters } = await openLettersCore(await tempDir(), clock.now);
    await setUpOperator(core);
    await call(core, 'settings.save', testSettingsInput());
    const c = await call(core, 'cases.create', validIntake({ kind: 'reset_password' }));
    // Steps 2, 5 and 6 each take 1 minute 5 seconds: 2 + 2 + 2 minutes on the rows (3 min 15 s of work).
    for (const outcome of ['complete', 'valid', 'reset_done'] as const) {
      const { step } = await call(core, 'workflow.state', { id: c.id });
      const state = await call(core, 'workflow.open', { id: c.id, step: must(step) });
      if (outcome === 'reset_done') await call(core, 'workflow.password.generate', { id: c.id });
      clock.t += 65_000;
      await call(core, 'workflow.complete', { id: c.id, revision: state.revision, payload: formFor(outcome, clock.now(), 'reset_password'), overrunReason: '' });
    }
    const pdf = await letters.deps.documents.blobs.read((await call(core, 'letters.issue', { id: c.id, kind: 'control_sheet', visit: 1 })).blob);
    if (process.env['LOKET_SHOTS']) await fs.writeFile(path.join(process.env['LOKET_SHOTS'], 'control-sheet-rounding.pdf'), pdf);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text.match(/\b2 ?\/ ?(5|15)\b/g)).toHaveLength(3);
    expect(text).toContain('6 menit dari standar 35 menit');
    expect(text).toContain('dibulatkan ke atas');
  }, 120_000);
});
