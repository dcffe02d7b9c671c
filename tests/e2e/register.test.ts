/**
 * Daftar Berkas with 2,000 cases end to end (DESIGN: the register stays fast with years of cases;
 * SOP step 1: a returning requester is found by NIP): the total with the Indonesian thousands
 * separator, a virtualised list (only a window of rows in the DOM), the last rows after scrolling
 * to the bottom, search by NIP, the status and kind filters, and "Hapus saringan".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createCore } from '../../electron/core/createCore';
import { fillDemo } from '../../electron/core/demo/fillDemo';
import type { CaseListQuery } from '../../shared/contract/contract';
import type { CaseSummary } from '../../shared/domain/case';
import { call } from '../core/support/core';
import { startHarness, type HarnessSession } from './harnessFixture';
import { runningClock } from '../support/clock';

const COUNT = 2000;
let s: HarnessSession;
let all: CaseSummary[];
beforeAll(async () => {
  s = await startHarness('loket-e2e-register-', {
    prepare: async (dataDir) => {
      const core = await createCore({ dataDir, host: 'cli', now: runningClock().now });
      try {
        await fillDemo(core, COUNT, 11);
      } finally {
        await core.close();
      }
    },
  });
  // The register's own order (newest received first), as the core serves it.
  const pages = await Promise.all([0, 1000].map((offset) => list({ offset, limit: 1000 })));
  all = pages.flatMap((p) => p.items);
});
afterAll(async () => s?.dispose());

function list(query: CaseListQuery) {
  return call(s.harness.core, 'cases.list', query);
}

function berkas(n: number): string {
  return `${new Intl.NumberFormat('id-ID').format(n)} berkas`;
}

function total(page: Page): Locator {
  return page.getByTestId('register-total');
}

async function waitForTotal(page: Page, text: string): Promise<void> {
  await total(page).getByText(text, { exact: true }).waitFor();
}

/** Rows of the list body (loaded or still loading) currently in the DOM. */
function bodyRows(page: Page): Locator {
  return page.getByTestId('register-table').locator('[role=rowgroup] [role=row]');
}

async function loadedIds(page: Page): Promise<string[]> {
  return page.locator('[data-case-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-id') ?? ''));
}

/** Opens a filter's list by clicking its box (as a user does; a chosen pill covers the text input), toggles options. */
async function toggle(page: Page, filter: string, ...options: string[]): Promise<void> {
  const box = page.getByRole('combobox', { name: filter }).locator('xpath=ancestor::div[contains(@class, "mantine-MultiSelect-input")]');
  await box.click();
  for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

describe('register with 2,000 cases', () => {
  it('shows the total with a thousands separator and keeps only a window of rows in the DOM', async () => {
    expect(all).toHaveLength(COUNT);
    const { page } = s.harness;
    await page.goto(new URL('#/', s.harness.url).toString());
    await waitForTotal(page, '2.000 berkas');
    await page.locator(`[aria-rowindex="2"][data-case-id="${all[0]?.id}"]`).waitFor();
    const inDom = await bodyRows(page).count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(80);
    expect(await page.getByTestId('register-table').getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
  });

  it('loads the last rows when scrolled to the bottom', async () => {
    const { page } = s.harness;
    await page.getByTestId('register-table').locator('[role=rowgroup]').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    const last = all[COUNT - 1];
    await page.locator(`[aria-rowindex="${COUNT + 1}"][data-case-id="${last?.id}"]`).waitFor();
    await page.getByText(last?.caseNumber ?? '?', { exact: true }).waitFor();
    expect(await page.locator('[aria-rowindex="2"]').count()).toBe(0);
    expect(await bodyRows(page).count()).toBeLessThan(80);
  });

  it('finds exactly the one case of a NIP', async () => {
    const { page } = s.harness;
    // Requesters come back (forgotten password again): pick a NIP that has exactly one case.
    const perNip = new Map<string, number>();
    for (const c of all) perNip.set(c.nip, (perNip.get(c.nip) ?? 0) + 1);
    const single = all.find((c) => perNip.get(c.nip) === 1 && c.nip !== all[0]?.nip);
    if (!single) throw new Error('demo data has no NIP with a single case');

    await page.getByLabel('Cari berkas').fill(single.nip);
    await waitForTotal(page, '1 berkas');
    await page.locator(`[data-case-id="${single.id}"]`).waitFor();
    expect(await loadedIds(page)).toEqual([single.id]);
    expect(await bodyRows(page).count()).toBe(1);

    await page.getByLabel('Cari berkas').fill('');
    await waitForTotal(page, '2.000 berkas');
  });

  it('narrows by kind and status, and "Hapus saringan" restores the total', async () => {
    const { page } = s.harness;
    const changeInfo = all.filter((c) => c.kind === 'change_info');
    expect(changeInfo.length).toBeGreaterThan(0);
    expect(changeInfo.length).toBeLessThan(COUNT);

    await toggle(page, 'Jenis permohonan', 'Perubahan informasi User ID');
    await waitForTotal(page, berkas(changeInfo.length));
    await page.locator(`[aria-rowindex="2"][data-case-id="${changeInfo[0]?.id}"]`).waitFor();
    const shown = await loadedIds(page);
    expect(shown.length).toBeGreaterThan(0);
    const kindById = new Map(all.map((c) => [c.id, c.kind]));
    expect(shown.every((id) => kindById.get(id) === 'change_info')).toBe(true);

    // Every case is still at intake (Terdaftar): "Terdaftar" keeps them all, "Selesai" none.
    await toggle(page, 'Status', 'Terdaftar');
    await waitForTotal(page, berkas(changeInfo.length));
    await toggle(page, 'Status', 'Selesai', 'Terdaftar');
    await waitForTotal(page, '0 berkas');
    await page.getByText('Tidak ada berkas yang cocok').waitFor();
    expect(await page.locator('[data-case-id]').count()).toBe(0);

    await total(page).locator('xpath=..').getByRole('button', { name: 'Hapus saringan' }).click();
    await waitForTotal(page, '2.000 berkas');
    await page.locator(`[aria-rowindex="2"][data-case-id="${all[0]?.id}"]`).waitFor();
    expect(await page.locator('.mantine-Pill-root').count()).toBe(0);
  });
});
