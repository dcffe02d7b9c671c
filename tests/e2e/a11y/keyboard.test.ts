/**
 * Issue 13 "Done when": a keyboard-only walk in real Chromium. Unlock with the PIN (the show-PIN
 * toggle is a Tab stop), the skip link, register a request (an empty submit first: focus goes to
 * the first field in error, which shows the ring), type the dates (the calendar never keeps the
 * focus), clear a date, save; start and complete step 2; open and close a letter preview; lock and
 * unlock. Every Tab stop on the way must show a focus ring; the test asserts where focus lands
 * after unlocking, saving, closing the dialog and clearing the date. No mouse click anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { testSettingsInput } from '../../fixtures/profile';
import { id } from '../../../renderer/i18n/id';
import { lettersMessages } from '../../../renderer/features/letters/messages';
import { workflowMessages } from '../../../renderer/features/workflow/messages';
import { OPERATOR, startWorkflowSession, type WorkflowSession } from '../workflow/session';

const wf = workflowMessages.id;
const f = id.intake.fields;

let s: WorkflowSession;
let page: Page;

beforeAll(async () => {
  s = await startWorkflowSession('loket-e2e-keyboard-');
  page = s.page;
  await page.goto(s.harness.url);
  await s.invoke('operators.create', { name: OPERATOR.name, nip: OPERATOR.nip, role: 'admin_agency', pin: OPERATOR.pin, pinConfirm: OPERATOR.pin });
  await s.invoke('settings.save', testSettingsInput());
  await s.invoke('operators.lock', {});
});
afterAll(async () => s?.dispose());

/** Why the focused element shows no focus ring ('' when it does): a 2 px outline on it or its box. */
async function missingRing(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing has focus';
    const ringed = (e: Element | null) => {
      if (!e) return false;
      const cs = getComputedStyle(e);
      return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    };
    // A text box's ring is on Mantine's box around the input; a segmented control's on the label after its radio.
    if (ringed(el) || ringed(el.closest('.mantine-Input-input')) || ringed(el.nextElementSibling)) return '';
    return `no focus ring on ${el.outerHTML.slice(0, 160)}`;
  });
}

const hasFocus = (l: Locator) => l.evaluate((el) => el === document.activeElement);

async function expectFocus(l: Locator): Promise<void> {
  await expect.poll(() => hasFocus(l), { timeout: 10_000 }).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the ring at every stop. */
async function tabTo(target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 90): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    expect(await missingRing()).toBe('');
    if (await hasFocus(target)) return;
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

async function typeInto(target: Locator, text: string): Promise<void> {
  await tabTo(target);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** A fresh load of a route (a hash change alone would keep the page's cached session). */
async function go(hash: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(new URL(hash, s.harness.url).toString());
}

const navNewCase = () => page.getByRole('navigation', { name: id.nav.label }).getByRole('link', { name: id.nav.newCase });
const main = () => page.locator('#main-content');
const pin = () => page.getByLabel(wf.operator.pin, { exact: true });

async function unlockByKeyboard(): Promise<void> {
  await page.getByRole('heading', { name: wf.operator.lockTitle }).waitFor();
  // The PIN box has the focus as the lock screen opens.
  await expectFocus(pin());
  await page.keyboard.type(OPERATOR.pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('current-operator').waitFor();
  await expectFocus(main());
}

describe('keyboard only (WCAG 2.1 §2.1.1, §2.4.3, §2.4.7)', () => {
  it('unlocks, skips to the content, registers a request, completes step 2, and locks and unlocks again', async () => {
    // Lock screen: the show-PIN toggle is the next Tab stop after the PIN box, and works with Space.
    await go('#/queue');
    await page.getByRole('heading', { name: wf.operator.lockTitle }).waitFor();
    await expectFocus(pin());
    await page.keyboard.type('24');
    const toggle = page.getByRole('button', { name: id.app.showHidden });
    await tabTo(toggle, 'Tab', 1);
    await page.keyboard.press('Space');
    await expect.poll(() => pin().getAttribute('type')).toBe('text');
    await tabTo(pin(), 'Shift+Tab', 1);
    await page.keyboard.press('End');
    await page.keyboard.type(OPERATOR.pin.slice(2));
    await page.keyboard.press('Enter');
    await page.getByTestId('current-operator').waitFor();
    // After unlocking: the page content, not the start of the document.
    await expectFocus(main());

    // The skip link is the first Tab stop of a page, visible when focused, and lands on the content.
    await go('#/');
    await page.getByTestId('current-operator').waitFor();
    const skip = page.getByRole('link', { name: id.app.skipToMain });
    await tabTo(skip, 'Tab', 1);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 10).toBe(true);
    await page.keyboard.press('Enter');
    await expectFocus(main());

    // To the new-request form through the menu.
    await tabTo(navNewCase(), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: id.nav.newCase }).waitFor();
    await expectFocus(main());

    // An empty submit: focus goes to the first field in error (the request kind), with its ring.
    const save = page.getByRole('button', { name: id.intake.save });
    await tabTo(save);
    await page.keyboard.press('Enter');
    const firstKind = page.getByRole('radio', { name: id.kind.reset_password, exact: true });
    await expectFocus(firstKind);
    expect(await missingRing()).toBe('');
    await page.keyboard.press('Space');
    // A text box in error shows the same ring as any other when focused.
    const name = page.getByLabel(f.name, { exact: true });
    await tabTo(name);
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await missingRing()).toBe('');

    // The form, field by field from the top.
    await expect(page.getByRole('radio', { name: id.kind.reset_password, exact: true }).isChecked()).resolves.toBe(true);
    await page.keyboard.type('Rahmat Hidayat, S.Kom.');
    await typeInto(page.getByLabel(f.nip, { exact: true }), '19880214 201503 1 002');
    await typeInto(page.getByLabel(f.position, { exact: true }), 'Anggota Pokja Pemilihan');
    await typeInto(page.getByLabel(f.agency, { exact: true }), 'Dinas Kesehatan Kabupaten Sukamaju');
    await typeInto(page.getByLabel(f.userId, { exact: true }), 'rahmat.hidayat');
    await typeInto(page.getByLabel(f.email, { exact: true }), 'rahmat.hidayat@sukamajukab.go.id');
    await typeInto(page.getByLabel(f.phone, { exact: true }), '0813 2222 3333');
    await typeInto(page.getByLabel(f.letterNumber, { exact: true }), '800/311/DINKES/2026');
    // Typing a date is enough; Tab then leaves the box (the calendar is no trap).
    await typeInto(page.getByLabel(f.letterDate, { exact: true }), '18/11/2026');
    await typeInto(page.getByLabel(f.letterSubject, { exact: true }), 'Permohonan reset password akun SPSE');
    await expect(page.getByLabel(f.letterDate, { exact: true }).inputValue()).resolves.toBe('18 November 2026');
    await typeInto(page.getByLabel(f.skNumber, { exact: true }), '027/04/UKPBJ/2026');
    await typeInto(page.getByLabel(f.skDate, { exact: true }), '2 Januari 2026');
    await typeInto(page.getByLabel(f.skIssuer, { exact: true }), 'Kepala UKPBJ Kabupaten Sukamaju');
    await typeInto(page.getByLabel(f.skValidFrom, { exact: true }), '2 Januari 2026');
    const until = page.getByLabel(f.skValidUntil, { exact: true });
    await typeInto(until, '31/12/2026');
    // Clearing a date: its clear button is a named Tab stop, and focus returns to the emptied box.
    await tabTo(page.getByRole('button', { name: id.app.clearField }));
    await page.keyboard.press('Enter');
    await expectFocus(until);
    await expect(until.inputValue()).resolves.toBe('');
    await page.keyboard.type('31/12/2026');
    await typeInto(page.getByLabel(f.receivedBy, { exact: true }), 'Budi Santoso');
    await tabTo(save);
    await page.keyboard.press('Enter');

    // Saved: the case page opens and focus is on its content.
    await page.waitForURL(/#\/cases\/\d{4}-WS01-00001$/);
    await page.getByTestId('step-panel').waitFor();
    await expectFocus(main());

    // Step 2 by keyboard: start it (focus moves to the step's title), answer every line, save.
    const panel = page.getByTestId('step-panel');
    await tabTo(panel.getByRole('button', { name: wf.step.start }));
    await page.keyboard.press('Enter');
    await panel.getByTestId('step-timer').waitFor();
    await expectFocus(panel.getByTestId('step-title'));
    const rows = panel.locator('[data-line]');
    for (let i = 0; i < (await rows.count()); i++) {
      await tabTo(rows.nth(i).getByRole('radio', { name: wf.s2.yes, exact: true }));
      await page.keyboard.press('Space');
    }
    await tabTo(panel.getByRole('radio', { name: wf.s2.complete }));
    await page.keyboard.press('Space');

    // A letter preview (the case's letters, below the step) opens from the keyboard; Escape closes
    // it and focus returns to its button.
    const preview = page.getByRole('button', { name: `${lettersMessages.id.section.preview}: Tanda Terima Berkas` }).first();
    await tabTo(preview);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectFocus(preview);

    await tabTo(panel.getByRole('button', { name: wf.step.submit }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    // Saved: the next step's title has the focus.
    await panel.getByTestId('step-title').filter({ hasText: 'Langkah 5:' }).waitFor();
    await expectFocus(panel.getByTestId('step-title'));

    // Lock from the header and unlock with the PIN: focus is back in the content.
    await tabTo(page.getByRole('button', { name: wf.operator.lock }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await unlockByKeyboard();
    // Every Tab stop is checked for its ring: a long walk on a busy two-core machine.
  }, 480_000);
});
