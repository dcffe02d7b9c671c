/** The control sheet reads the standard minutes in force: a change saved in the workflow settings shows on the next sheet. */
import { describe, expect, it } from 'vitest';
import { call } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { TestClock, drive, setUpOperator } from '../workflow/support';
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
});
