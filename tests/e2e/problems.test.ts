/**
 * A damaged case file end to end (DESIGN: one bad file never stops the register; it is set aside
 * untouched for IT staff): garbage written over `cases/<id>.json`, then a restart — the problems
 * alert names the file and where it was quarantined, the other cases are still in the register,
 * and the damaged case's number is never handed out again.
 */
import { access, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../shared/domain/case';
import { call } from '../core/support/core';
import { validIntake } from '../fixtures/intake';
import { startHarness, type HarnessSession } from './harnessFixture';

const COUNT = 4;
const GARBAGE = '{"schemaVersion": 1, "id": "2026-WS01-0';
let s: HarnessSession;
let cases: CaseSummary[];
/** The last-numbered case (2026-WS01-00004): its number would be handed out again if it were forgotten. */
let damaged: CaseSummary;

beforeAll(async () => {
  s = await startHarness('loket-e2e-problems-');
  // Four requests received one after another on 24 November 2026 (all numbered in 2026 by WS01).
  for (let i = 0; i < COUNT; i++)
    await call(s.harness.core, 'cases.create', validIntake({ receivedAt: new Date(Date.UTC(2026, 10, 24, 2, 30 + i)).toISOString() }));
  cases = (await call(s.harness.core, 'cases.list', {})).items;
  const last = cases.find((c) => c.id === '2026-WS01-00004');
  if (!last) throw new Error(`expected 2026-WS01-00004 among ${cases.map((c) => c.id).join(', ')}`);
  damaged = last;
});
afterAll(async () => s?.dispose());

describe('a corrupt case file', () => {
  it('is reported and set aside at start, and the other cases stay in the register', async () => {
    const file = `cases/${damaged.id}.json`;
    await writeFile(join(s.dataDir, file), GARBAGE);

    const { page, url } = await s.restart();
    await page.goto(new URL('#/', url).toString());
    const alert = page.getByTestId('store-problems');
    await alert.getByText('Ada berkas data yang bermasalah').waitFor();
    await alert.getByText(file, { exact: true }).waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Berkas yang rusak sudah disisihkan');
    const moved = /Disisihkan ke: (quarantine\/\S+)/.exec(text)?.[1];
    expect(moved).toMatch(new RegExp(`cases__${damaged.id}\\.json$`));

    // Set aside untouched, under the name the alert gives; nothing left under cases/.
    expect(await readFile(join(s.dataDir, moved ?? '?'), 'utf8')).toBe(GARBAGE);
    await expect(access(join(s.dataDir, file))).rejects.toThrow();
    expect(await readdir(join(s.dataDir, 'quarantine'))).toHaveLength(1);

    const others = cases.filter((c) => c.id !== damaged.id);
    await page.getByTestId('register-total').getByText(`${others.length} berkas`, { exact: true }).waitFor();
    await page.locator(`[data-case-id="${others[0]?.id}"]`).waitFor();
    const shown = await page.locator('[data-case-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case-id')));
    expect(shown.sort()).toEqual(others.map((c) => c.id).sort());
  });

  it('does not reuse the damaged case number after the next restart', async () => {
    const { page, url, core } = await s.restart();
    await page.goto(new URL('#/', url).toString());
    await page.getByTestId('register-total').getByText(`${COUNT - 1} berkas`, { exact: true }).waitFor();
    // Reported once: the file is in quarantine now, so the next start is clean.
    expect((await call(core, 'app.problems', {})).problems).toEqual([]);

    const created = await call(core, 'cases.create', validIntake());
    expect(created.id).toBe('2026-WS01-00005');
  });
});
