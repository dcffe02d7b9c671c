/**
 * The Laporan screen end to end (issue 11 §2 "Done when": the screen, a drill-down, the XLSX
 * download) in real Chromium against the real core, over a demo folder (`fillDemo`: the oldest cases
 * walked through the SOP to step 9). Every figure on screen is compared with the core's own
 * `reports.compute`, the drill-down's links with the report's `caseIds`, and the downloaded
 * workbook is opened with exceljs.
 *
 * Screenshots at 1366×768 go to $LOKET_SHOTS_DIR when it is set (none otherwise).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { DEMO_PIN } from '../../../electron/core/demo/closeDemoCases';
import { fillDemo } from '../../../electron/core/demo/fillDemo';
import { localDate } from '../../../shared/dates';
import { resolvePeriod, type PeriodInput, type Report } from '../../../shared/domain/report';
import { periodContaining } from '../../../renderer/features/reports/period';
import { id } from '../../../renderer/i18n/id';
import { call } from '../../core/support/core';
import { runningClock } from '../../support/clock';
import { describeFindings, scan } from '../a11y/axe';
import { startHarness, type HarnessSession } from '../harnessFixture';

const SHOTS = process.env['LOKET_SHOTS_DIR'];
/** Far enough back to hold the demo's closed cases (the oldest of a few years of requests). */
const FROM = '2020-01-01';

let s: HarnessSession;

async function shot(name: string, fullPage = false): Promise<void> {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await s.harness.page.waitForTimeout(400);
  await s.harness.page.screenshot({ path: join(SHOTS, `reports-${name}.png`), fullPage });
}

const execFileAsync = promisify(execFile);
const today = () => localDate(s.clock.now(), 'WIB');
const compute = (period: PeriodInput): Promise<Report> => call(s.harness.core, 'reports.compute', { period });
const fmt = (n: number) => new Intl.NumberFormat('id-ID').format(n);

beforeAll(async () => {
  s = await startHarness('loket-e2e-reports-', {
    prepare: async (dataDir) => {
      const core = await createCore({ dataDir, host: 'cli', now: runningClock().now });
      try {
        await fillDemo(core, 30, 5, { closed: 8 });
      } finally {
        await core.close();
      }
    },
    // The demo made its training operators (who walked the closed cases in turns): the first unlocks, as at the counter.
    operator: false,
  });
  const { operators } = await call(s.harness.core, 'operators.list', {});
  await call(s.harness.core, 'operators.unlock', { operatorId: operators[0]?.id ?? '', pin: DEMO_PIN });
  await s.harness.page.reload();
}, 240_000);
afterAll(async () => s?.dispose());

describe('Laporan (issue 11 §2)', () => {
  it('opens on this month by the core’s clock with the core’s figures', async () => {
    const { page } = s.harness;
    const [y, m] = today().split('-').map(Number) as [number, number];
    const month: PeriodInput = { kind: 'month', year: y, month: m };
    const expected = await compute(month);
    await page.goto(new URL('#/reports', s.harness.url).toString());
    const report = page.getByTestId('report');
    await report.waitFor();
    expect(await report.getAttribute('data-period-from')).toBe(resolvePeriod(month).from);
    await page.getByRole('heading', { name: `Laporan — ${resolvePeriod(month).label}` }).waitFor();
    expect(await page.getByTestId('fig-received-value').textContent()).toBe(fmt(expected.totals.received.count));
    expect(await page.getByTestId('fig-open-value').textContent()).toBe(fmt(expected.totals.open.count));
    await page.getByRole('link', { name: 'Laporan' }).and(page.locator('[aria-current="page"]')).waitFor();
    await shot('month');

    // Another kind of period: the quarter and the semester that hold today, as the core names them.
    for (const [label, kind] of [['Triwulan', 'quarter'], ['Semester', 'semester']] as const) {
      await page.getByTestId('report-period').locator('label', { hasText: label }).click();
      const p = resolvePeriod(periodContaining(kind, today()));
      await page.locator(`[data-testid="report"][data-period-from="${p.from}"][data-period-to="${p.to}"]`).waitFor();
      await page.getByRole('heading', { name: `Laporan — ${p.label}` }).waitFor();
    }
  });

  it('lists a step done over its standard this month with the reason the officer wrote, its case linked', async () => {
    const { page } = s.harness;
    const core = s.harness.core;
    // The clock moves by minutes below: keep the session from locking itself on the way.
    await call(core, 'workflow.settings.save', { autoLockMinutes: 240, waitingDeadlineDays: 14, standardMinutes: {} });
    // A request just registered: its step 2 not yet done (the newest demo requests are further on).
    const registered = (await call(core, 'cases.list', { status: ['registered'], limit: 100 })).items;
    const open = registered.find((c) => c.step === 2);
    if (!open) throw new Error('the demo left no registered case');
    const yes = { letter_present: 'yes', letter_signed_stamped: 'yes', letter_dated_addressed: 'yes', requester_identified: 'yes', sk_present: 'yes', sk_names_requester: 'yes', sk_in_force: 'yes', changes_stated: open.kind === 'reset_password' ? 'na' : 'yes' } as const;
    const [y, m] = today().split('-').map(Number) as [number, number];
    const before = (await compute({ kind: 'month', year: y, month: m })).steps.find((x) => x.step === 2);
    await call(core, 'workflow.open', { id: open.id, step: 2 });
    // Step 2's standard is 5 minutes (SOP): 7 minutes of work is an overrun that needs a reason.
    s.clock.advance(7 * 60_000);
    const st = await call(core, 'workflow.state', { id: open.id });
    const reason = 'SK penetapan harus dicocokkan dengan salinan di bagian hukum.';
    await call(core, 'workflow.complete', { id: open.id, revision: st.revision, payload: { step: 2, checklist: yes, decision: 'complete', notes: '' }, overrunReason: reason });

    await page.goto('about:blank');
    await page.goto(new URL('#/reports', s.harness.url).toString());
    const row = page.getByTestId('report-overruns').getByRole('row').filter({ hasText: reason });
    await row.waitFor();
    expect(await row.getByRole('link', { name: open.caseNumber }).getAttribute('href')).toBe(`#/cases/${encodeURIComponent(open.id)}`);
    const cells = await page.locator('[data-testid="report-steps"] tr[data-step="2"] td').allTextContents();
    // One more execution of step 2 this month, none more within the standard.
    expect(cells.slice(1, 3)).toEqual([fmt((before?.executions ?? 0) + 1), fmt(before?.withinStandard ?? 0)]);
    await page.getByTestId('report-overruns').scrollIntoViewIfNeeded();
    await shot('overrun');
  });

  it('shows a custom range’s figures, per step and per officer, and drills down to the cases behind them', async () => {
    const { page } = s.harness;
    const expected = await compute({ kind: 'custom', from: FROM, to: today() });
    expect(expected.totals.closed.total.count).toBeGreaterThan(0);

    await page.getByTestId('report-period').locator('label', { hasText: 'Rentang tanggal' }).click();
    const from = page.getByLabel('Dari tanggal');
    await from.fill('01/01/2020');
    await from.blur();
    await page.locator(`[data-testid="report"][data-period-from="${FROM}"]`).waitFor();
    await page.locator('[data-testid="report"]:not([style*="opacity: 0.6"])').waitFor();
    expect(await page.getByTestId('fig-closed-value').textContent()).toBe(fmt(expected.totals.closed.total.count));
    expect(await page.getByTestId('fig-completed-value').textContent()).toBe(fmt(expected.totals.closed.completed.count));

    // Per step: the executions and within-standard counts of each admin step, as the core counted them.
    for (const st of expected.steps) {
      const cells = await page.locator(`[data-testid="report-steps"] tr[data-step="${st.step}"] td`).allTextContents();
      expect(cells[1]).toBe(fmt(st.executions));
      expect(cells[2]).toBe(fmt(st.withinStandard));
    }
    // The incomplete loop and the rejections, and the checklist lines the notices named.
    expect(await page.getByTestId('fig-notices-value').textContent()).toBe(fmt(expected.incompleteLoop.noticesSent));
    expect(await page.getByTestId('fig-expired-value').textContent()).toBe(fmt(expected.incompleteLoop.expired.count));
    expect(await page.getByTestId('fig-rejections-value').textContent()).toBe(fmt(expected.rejections.total.count));
    if (expected.incompleteLoop.lines.length > 0) expect(await page.getByTestId('report-loop-lines').locator('tbody tr').count()).toBe(expected.incompleteLoop.lines.length);
    // Per officer: each of the demo's training operators who completed a step.
    const officers = page.getByTestId('report-operators');
    for (const o of expected.operators) await officers.getByText(o.operator.name).waitFor();
    await shot('custom');
    await shot('custom-full', true);
    // WCAG 2.1 AA (axe-core, as tests/e2e/a11y) on the filled screen and on the drill-down below.
    expect(describeFindings(await scan(page))).toBe('');

    // A figure's cases: every closed case, each linking to its case page by id.
    await page.getByTestId('fig-closed').click();
    const drill = page.getByTestId('report-drill');
    await drill.waitFor();
    await shot('drill-closed');
    expect(describeFindings(await scan(page))).toBe('');
    const links = drill.getByRole('link');
    const shown = await links.evaluateAll((as) => as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']));
    expect(shown.map(([n]) => n)).toEqual(expected.totals.closed.total.cases);
    for (const [n, href] of shown) expect(href).toBe(`#/cases/${encodeURIComponent(expected.caseIds[n ?? ''] ?? 'missing')}`);
    await page.keyboard.press('Escape');
    await drill.waitFor({ state: 'detached' });

    // A step row's cases.
    const step2 = expected.steps.find((x) => x.step === 2);
    expect(step2?.executions).toBeGreaterThan(0);
    expect(step2?.withinStandard).toBeGreaterThan(0);

    // Issue 11 §2: the same figures as @mantine/charts (Recharts SVG): one bar per step that has
    // executions in each series; step 2's "within" bar opens step 2's cases, as its table row does.
    const charts = page.getByTestId('report-charts');
    expect(await charts.locator('svg.recharts-surface').count()).toBe(2);
    const stepsDone = expected.steps.filter((x) => x.executions > 0);
    const withinBars = charts.locator('.recharts-bar').first().locator('.recharts-bar-rectangle');
    expect(await withinBars.count()).toBe(stepsDone.filter((x) => x.withinStandard > 0).length);
    await withinBars.nth(stepsDone.filter((x) => x.withinStandard > 0).findIndex((x) => x.step === 2)).click();
    await drill.waitFor();
    expect(await drill.getByRole('link').allTextContents()).toEqual(step2?.cases);
    await page.keyboard.press('Escape');
    await drill.waitFor({ state: 'detached' });
    // The red part: only the cases whose step ran over, not every case of the step.
    const overSteps = stepsDone.filter((x) => x.executions > x.withinStandard);
    const overStep = overSteps[0];
    expect(overStep).toBeDefined();
    await charts.locator('.recharts-bar').nth(1).locator('.recharts-bar-rectangle').nth(0).click();
    await drill.waitFor();
    expect(await drill.getByRole('link').allTextContents()).toEqual([...new Set(overStep?.overruns.map((o) => o.caseNumber))]);
    await page.keyboard.press('Escape');
    await drill.waitFor({ state: 'detached' });
    // An officer's overruns open their cases (who ran over, and on which files).
    const officer = expected.operators.find((o) => o.overruns.length > 0);
    expect(officer).toBeDefined();
    const escaped = (officer?.operator.name ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await page.getByTestId('report-operators').getByRole('button', { name: new RegExp(`${escaped} melewati waktu baku`) }).click();
    await drill.waitFor();
    expect(await drill.getByRole('link').allTextContents()).toEqual([...new Set(officer?.overruns.map((o) => o.caseNumber))]);
    await page.keyboard.press('Escape');
    await drill.waitFor({ state: 'detached' });

    await page.locator('[data-testid="report-steps"] tr[data-step="2"]').click();
    await drill.waitFor();
    expect(await drill.getByRole('link').allTextContents()).toEqual(step2?.cases);

    // Following a link opens the case.
    const first = expected.totals.closed.total.cases[0] ?? '';
    await drill.getByRole('link', { name: step2?.cases[0] ?? first }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/cases/${encodeURIComponent(expected.caseIds[step2?.cases[0] ?? first] ?? '')}`);
    await page.getByText(step2?.cases[0] ?? first).first().waitFor();

    // Back from the case: the period picked is still there.
    await page.goBack();
    await page.locator(`[data-testid="report"][data-period-from="${FROM}"]`).waitFor();
    // Issue 11 §5: the office archive as the source — here no shared drive is set, and the screen says so.
    await page.getByText(id.reports.source.office, { exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Folder arsip di drive bersama belum diatur' }).waitFor();
    await shot('source-office-unset');
    expect(describeFindings(await scan(page))).toBe('');
    await page.getByText(id.reports.source.store, { exact: true }).click();
    await page.getByTestId('report').waitFor();
  }, 60_000);

  it('downloads the recap and the officers’ sheet as valid workbooks with the period’s cases', async () => {
    const { page } = s.harness;
    await page.goto(new URL('#/reports', s.harness.url).toString());
    const expected = await compute({ kind: 'custom', from: FROM, to: today() });
    await page.getByTestId('report-period').locator('label', { hasText: 'Rentang tanggal' }).click();
    const from = page.getByLabel('Dari tanggal');
    await from.fill('01/01/2020');
    await from.blur();
    await page.locator(`[data-testid="report"][data-period-from="${FROM}"]`).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rekapitulasi', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    expect(wb.worksheets.map((w) => w.name)).toContain('Rekapitulasi');
    const cells: string[] = [];
    wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))));
    // The appendix names the cases behind the figures: every closed case is in the workbook.
    const all = cells.join('\n');
    for (const n of expected.totals.closed.total.cases) expect(all).toContain(n);

    const [petugas] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Kepatuhan petugas', exact: true }).click()]);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(await petugas.path());
    expect(wb2.worksheets.map((w) => w.name)).toContain('Per petugas');
    const officerCells: string[] = [];
    wb2.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell((c) => officerCells.push(String(c.text)))));
    for (const o of expected.operators) expect(officerCells.join('\n')).toContain(o.operator.name);
  }, 60_000);

  it('downloads the SOP monitoring form as a PDF/A document (magic bytes, qpdf --check)', async () => {
    const { page } = s.harness;
    await page.goto(new URL('#/reports', s.harness.url).toString());
    await page.getByTestId('report').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Formulir monitoring SOP (PDF)', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^laporan-monitoring_.*\.pdf$/);
    const file = await download.path();
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await execFileAsync('qpdf', ['--check', file])).stdout).toMatch(/No syntax or stream encoding errors/);
    expect((await execFileAsync('pdftotext', ['-raw', file, '-'])).stdout).toContain('Paraf penilai');
  }, 60_000);

  it('reads in English too, with the same figures', async () => {
    const { page } = s.harness;
    await call(s.harness.core, 'settings.setLanguage', { language: 'en' });
    try {
      await page.goto('about:blank');
      await page.goto(new URL('#/reports', s.harness.url).toString());
      await page.getByTestId('report').waitFor();
      // The period named in English too ("Reports — November 2026"), the documents stay Indonesian.
      const [y, m] = today().split('-').map(Number) as [number, number];
      const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
      await page.getByRole('heading', { name: `Reports — ${month}` }).waitFor();
      await page.getByRole('button', { name: 'This month' }).waitFor();
      await page.getByRole('columnheader', { name: 'Within standard' }).first().waitFor();
      await shot('english');
      expect(describeFindings(await scan(page))).toBe('');
    } finally {
      await call(s.harness.core, 'settings.setLanguage', { language: 'id' });
    }
  });
});
