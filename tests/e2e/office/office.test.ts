/**
 * The office on the shared drive in real Chromium (issue 12 "Done when"): WS01 published a case of
 * Budi into the shared archive; on WS02 Budi asks again — step 5 lists WS01's case with where it
 * lives, the register's search finds it office-wide, and Settings shows the workstation codes in use.
 *
 * Each state looked at is also scanned by axe-core (WCAG 2.1 AA, issue 13): no serious or critical
 * violation. Screenshots at 1366×768 go to $LOKET_SHOTS_DIR when it is set (none otherwise).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveMessages } from '../../../renderer/features/archive/messages';
import { workflowMessages } from '../../../renderer/features/workflow/messages';
import { lettersMessages } from '../../../renderer/features/letters/messages';
import { id as idText } from '../../../renderer/i18n/id';
import { validIntake } from '../../fixtures/intake';
import { testSettingsInput } from '../../fixtures/profile';
import { openSettings } from '../settingsSection';
import { call } from '../../core/support/core';
import { publishCase, workstation } from '../../core/office/support';
import { drive, TestClock } from '../../core/workflow/support';
import { storeOf } from '../../../electron/core/createCore';
import { documentsOf } from '../../../electron/core/documents/service';
import { textPage } from '../../core/documents/files';
import { startHarness, type HarnessSession } from '../harnessFixture';
import { describeFindings, scan } from '../a11y/axe';

const SHOTS = process.env['LOKET_SHOTS_DIR'];
const BUDI = { name: 'Dr. Ir. Budi Santoso, M.T.', nip: '197805212005011004', userId: 'budi.santoso78' };
const wf = workflowMessages.id;
const office = archiveMessages.id.office;
const archived = archiveMessages.id.archived;

let s: HarnessSession;
let root: string;
let earlier: { id: string; caseNumber: string; bag: string };

/** A state worth looking at: axe finds nothing serious in it, and its picture is kept when asked. */
async function shot(name: string, fullPage = false): Promise<void> {
  expect(describeFindings(await scan(s.harness.page)), name).toBe('');
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await s.harness.page.screenshot({ path: join(SHOTS, `office-${name}.png`), fullPage });
}

beforeAll(async () => {
  // The share lives for the whole file (tempDir's folders go after each test).
  root = await mkdtemp(join(tmpdir(), 'loket-e2e-office-root-'));
  const ws1 = await workstation('WS01', root);
  earlier = await publishCase(ws1, BUDI);
  await ws1.core.close();
  s = await startHarness('loket-e2e-office-');
  const core = s.harness.core;
  await call(core, 'settings.save', testSettingsInput({ workstationCode: 'WS02' }));
  await call(core, 'archive.settings.save', { ...(await call(core, 'archive.settings.get', {})), archiveRoot: root });
}, 240_000);
afterAll(async () => {
  await s?.dispose();
  await rm(root, { recursive: true, force: true });
});

describe('the office archive on WS02', () => {
  it('step 5 lists the case WS01 archived, with the workstation and the bag', { timeout: 180_000 }, async () => {
    const core = s.harness.core;
    const again = await call(core, 'cases.create', { ...validIntake(), requester: { ...validIntake().requester, ...BUDI } });
    await drive(core, again.id, ['complete'], new TestClock(), 'reset_password');
    const page = s.harness.page;
    await page.goto(new URL(`#/cases/${again.id}`, s.harness.url).toString());
    const panel = page.getByTestId('step-panel');
    await panel.getByRole('button', { name: wf.step.start }).click();
    const related = page.getByTestId('related-list');
    await related.waitFor();
    await expect(related.innerText()).resolves.toContain(earlier.caseNumber);
    await expect(related.innerText()).resolves.toContain(`diarsipkan WS01 di drive bersama: ${earlier.bag}`);
    await related.scrollIntoViewIfNeeded();
    await shot('step5');

    // The earlier case opens read-only over the form, which keeps what was typed.
    await related.getByRole('button', { name: archived.open.replace('{{number}}', earlier.caseNumber) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('archived-case').waitFor();
    await expect(dialog.getByTestId('archived-record').innerText()).resolves.toContain(BUDI.userId);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(related.isVisible()).resolves.toBe(true);
  });

  it('the register’s search finds the case office-wide, and Settings shows the codes in use', { timeout: 120_000 }, async () => {
    const page = s.harness.page;
    await page.goto(new URL('#/', s.harness.url).toString());
    await page.getByLabel(idText.register.search).fill('budi santoso');
    const strip = page.getByTestId('office-search');
    await strip.getByText(office.searchCount.replace('{{n}}', '1').replace('{{q}}', 'budi santoso')).waitFor();
    await strip.getByRole('button', { name: office.show }).click();
    const results = page.getByTestId('office-results');
    await expect(results.innerText()).resolves.toContain(earlier.caseNumber);
    await expect(results.innerText()).resolves.toContain(`WS01 · arsip ${earlier.bag}`);
    await shot('register');
    // A NIP only this PC's cases carry: the strip says they are the list's rows, not that nothing matched.
    const RUDI = { name: 'Rudi Hartono', nip: '198601012010011001', userId: 'rudi.hartono' };
    await call(s.harness.core, 'cases.create', { ...validIntake(), requester: { ...validIntake().requester, ...RUDI } });
    await page.getByLabel(idText.register.search).fill(RUDI.nip);
    await strip.getByText(office.searchOnlyHere.replace('{{q}}', RUDI.nip)).waitFor();

    const shown = await openSettings(s.harness, 'kantor');
    const section = shown.getByTestId('office-workstations');
    await section.waitFor();
    const rows = await section.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t')[0])).toEqual(['WS01', 'WS02']);
    expect(rows[1]).toContain(office.thisPc);
    await shot('settings');
  });

  it('opens the archived case from the register’s search with the keyboard: where it lives, its trail and a letter’s pages, read-only', { timeout: 120_000 }, async () => {
    const page = s.harness.page;
    await page.goto(new URL('#/', s.harness.url).toString());
    await page.getByLabel(idText.register.search).fill('budi santoso');
    const strip = page.getByTestId('office-search');
    await strip.getByRole('button', { name: office.show }).click();
    const link = strip.getByRole('button', { name: archived.open.replace('{{number}}', earlier.caseNumber) });
    await link.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    const view = dialog.getByTestId('archived-case');
    await view.waitFor();
    const where = await dialog.getByTestId('archived-where').innerText();
    expect(where).toContain('WS01');
    expect(where).toContain(earlier.bag);
    expect(where).toContain('Boks B-12, folder F-034, Lemari 2 rak 3');
    await expect(dialog.getByTestId('archived-integrity').innerText()).resolves.toMatch(/^Jejak audit utuh \(\d+ peristiwa\) dan sama dengan katalog WS01\.$/);
    expect(await dialog.getByTestId('trail-timeline').locator('.mantine-Timeline-item').count()).toBeGreaterThan(8);
    await expect(dialog.getByTestId('turnaround').innerText()).resolves.toContain('Waktu layanan');
    // Read-only: the only actions are looking at a PDF and closing.
    const names = await dialog.getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
    expect(names.filter((n) => !n.startsWith('Lihat ') && n !== archived.close && n !== idText.app.closeDialog)).toEqual([]);
    await shot('archived');
    await view.getByTestId('archived-files').scrollIntoViewIfNeeded();
    await shot('archived-letters');

    await dialog.getByRole('button', { name: /^Lihat Tanda Terima Berkas/ }).click();
    const pdf = page.getByTestId('pdf-preview-dialog');
    await pdf.getByTestId('print-page').first().waitFor({ timeout: 90_000 });
    await shot('archived-letter');
    await pdf.getByRole('button', { name: lettersMessages.id.print.close }).click();
    await view.getByTestId('trail-timeline').scrollIntoViewIfNeeded();
    await shot('archived-trail');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('reports over the office archive: a figure’s case opens its bag’s read-only view (issue 11 §5, issue 12 §2)', { timeout: 120_000 }, async () => {
    const page = s.harness.page;
    await page.goto(new URL('#/reports', s.harness.url).toString());
    await page.getByText(idText.reports.source.office, { exact: true }).click();
    // From 2020 to the core's today: the case is in it whatever date the suite runs on. The harness's
    // clock stands before WS01's closing (each test PC has its own clock), so the case is "received".
    await page.getByTestId('report-period').locator('label', { hasText: idText.reports.period.kinds.custom }).click();
    const from = page.getByLabel(idText.reports.period.from);
    await from.fill('01/01/2020');
    await from.blur();
    await page.locator('[data-testid="report"][data-source="office"][data-period-from="2020-01-01"]:not([style*="opacity: 0.6"])').waitFor();
    await expect(page.getByRole('heading', { level: 2 }).innerText()).resolves.toContain(idText.reports.source.office);
    await page.getByTestId('fig-received').click();
    const drill = page.getByTestId('report-drill');
    const open = drill.getByRole('button', { name: archived.open.replace('{{number}}', earlier.caseNumber) });
    await open.click();
    const view = page.getByRole('dialog').getByTestId('archived-case');
    await view.waitFor();
    expect(await page.getByTestId('archived-where').innerText()).toContain(earlier.bag);
    await shot('report-archived');
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await drill.waitFor({ state: 'detached' });
  });

  it('hands a case over to WS03 from the case page, and takes one WS03 handed over from the work queue', { timeout: 180_000 }, async () => {
    const page = s.harness.page;
    const core = s.harness.core;
    const ws3 = await workstation('WS03', root);
    await call(ws3.core, 'office.sync', {});
    await call(core, 'office.sync', {});

    // Out: a WS02 case at step 2, handed over to WS03 through the dialog.
    const mine = await call(core, 'cases.create', validIntake());
    await page.goto(new URL(`#/cases/${mine.id}`, s.harness.url).toString());
    await page.getByTestId('hand-over').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(office.handOverIntro.replace('{{number}}', mine.caseNumber)).waitFor();
    // The box, not its list (labelled by the same text).
    await dialog.getByLabel(office.handOverTo).first().click();
    await dialog.getByRole('option', { name: /^WS03 — / }).click();
    await shot('handover-dialog');
    await dialog.getByRole('button', { name: office.handOverConfirm }).click();
    const notice = page.getByTestId('handed-over');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain('Berkas ini sudah diserahkan ke workstation WS03');
    await expect(page.getByTestId('hand-over').count()).resolves.toBe(0);
    await shot('handed-over');

    // In: a WS03 case with a scanned page, handed over to WS02, taken from the work queue.
    const theirs = await call(ws3.core, 'cases.create', { ...validIntake(), requester: { ...validIntake().requester, ...BUDI } });
    const scan = await textPage(join(ws3.dir, 'page.png'), ['Surat permohonan', theirs.caseNumber], { dpi: 100 });
    await documentsOf(storeOf(ws3.core)).addPages(theirs.id, [{ file: scan }], { type: 'request_letter', source: 'scanner', developmentLevel: 'asli', receivedDate: '2026-11-20' });
    await drive(ws3.core, theirs.id, ['complete'], ws3.clock, 'reset_password');
    await call(ws3.core, 'office.handOver', { id: theirs.id, to: 'WS02' });
    await page.goto(new URL('#/queue', s.harness.url).toString());
    const incoming = page.getByTestId('incoming-handovers');
    await incoming.getByText(theirs.caseNumber, { exact: false }).waitFor();
    await shot('incoming');
    await incoming.getByRole('button', { name: office.receive }).click();
    await page.waitForURL(new RegExp(`#/cases/${theirs.id}$`));
    await page.getByTestId('step-panel').getByRole('button', { name: wf.step.start }).waitFor();
    expect((await call(core, 'cases.get', { id: theirs.id })).events.at(-1)?.type).toBe('handover_received');
  });
});
