/**
 * A User-ID-only change in real Chromium against the real core (walk s6 P1, P2 #12): step 6 is
 * titled as a change (not "reset password") in the step header and the flowchart, and step 8 asks
 * for no reminder to change a default password — none was handed over — and saves without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validIntake } from '../../fixtures/intake';
import { SITI, openCaseFresh, startLettersSession, type LettersSession } from '../letters/support';
import { panel, registerCase, save, startStep } from './session';

let s: LettersSession;
beforeAll(async () => {
  s = await startLettersSession();
}, 120_000);
afterAll(async () => {
  await s.dispose();
});

const allYes = {
  letter_present: 'yes', letter_signed_stamped: 'yes', letter_dated_addressed: 'yes', requester_identified: 'yes',
  sk_present: 'yes', sk_names_requester: 'yes', sk_in_force: 'yes', changes_stated: 'yes',
};

async function complete(id: string, step: number, payload: Record<string, unknown>): Promise<void> {
  await s.invoke('workflow.open', { id, step });
  const st = await s.invoke<{ revision: number }>('workflow.state', { id });
  await s.invoke('workflow.complete', { id, revision: st.revision, payload, overrunReason: '' });
}

describe('a User-ID-only change (kind change_info)', () => {
  it('titles step 6 as a change and records step 8 without a default-password reminder', async () => {
    const { page } = s;
    const base = validIntake({ kind: 'change_info', changes: [{ field: 'email', label: '', current: 'siti.nurhaliza@sukamajukab.go.id', requested: 'siti.n@sukamajukab.go.id' }] });
    const id = await registerCase(s, { ...base, requester: { ...base.requester, ...SITI, email: 'siti.nurhaliza@sukamajukab.go.id' } });
    await complete(id, 2, { step: 2, checklist: allYes, decision: 'complete', notes: '' });
    await complete(id, 5, { step: 5, spse: { ...SITI, email: '', phone: '', agency: '' }, comparedCases: [], confirmations: [], decision: 'valid', notes: '' });

    await openCaseFresh(s, id);
    await startStep(page, 6);
    expect(await panel(page).getByTestId('step-title').textContent()).toBe('Langkah 6: Melakukan perubahan informasi User ID di SPSE');
    expect(await page.locator('[data-step="6"]').getAttribute('aria-label')).toBe('6. Melakukan perubahan informasi User ID di SPSE');
    await s.shot('change-info-step6');
    // Nowhere on the page (header, flowchart, times, the trail's timeline) does step 6 read as a reset.
    expect(await page.getByText('Melakukan reset password di SPSE').count()).toBe(0);

    await s.invoke('workflow.complete', {
      id, revision: (await s.invoke<{ revision: number }>('workflow.state', { id })).revision,
      payload: { step: 6, passwordReset: false, changedFields: ['email'], doneAt: s.now().toISOString(), notes: '' }, overrunReason: '',
    });
    await openCaseFresh(s, id);
    await startStep(page, 8);
    expect(await panel(page).getByRole('checkbox', { name: /mengganti password default/ }).count()).toBe(0);
    expect(await panel(page).getByText(/password default/).count()).toBe(0);
    await panel(page).getByRole('radio', { name: 'Disampaikan langsung' }).check();
    await s.shot('change-info-step8');
    await save(page);
    await panel(page).getByTestId('step-title').filter({ hasText: 'Langkah 9:' }).waitFor();
  });
});
