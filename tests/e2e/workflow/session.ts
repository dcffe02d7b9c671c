/**
 * The guided SOP driven through the UI in real Chromium against the real core (issue 3 "Done
 * when"). The core's clock can be moved forward (`advance`) to pass a step's standard minutes or a
 * waiting deadline without waiting for real.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchHarness, type Harness } from '../../../harness/harness';
import { validIntake } from '../../fixtures/intake';
import { runningClock } from '../../support/clock';
import type { IntakeFormValues } from '../../../shared/domain/case';

export const OPERATOR = { name: 'Dewi Lestari, S.Kom.', nip: '199001152015032001', pin: '246810' };

export interface WorkflowSession {
  harness: Harness;
  page: Page;
  dataDir: string;
  /** The core's clock (starts at the suite's "now", runs in real time). */
  now(): Date;
  /** Moves the core's clock forward. */
  advance(ms: number): void;
  invoke<T>(method: string, input: unknown): Promise<T>;
  dispose(): Promise<void>;
}

export async function startWorkflowSession(prefix: string): Promise<WorkflowSession> {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  const clock = runningClock();
  const harness = await launchHarness({ dataDir, now: clock.now });
  const page = harness.page;
  return {
    harness,
    page,
    dataDir,
    now: clock.now,
    advance(ms) {
      clock.advance(ms);
    },
    async invoke<T>(method: string, input: unknown): Promise<T> {
      const r = await page.evaluate(
        async ([m, i]) => (window as unknown as { loket: { invoke(m: string, i: unknown): Promise<unknown> } }).loket.invoke(m, i),
        [method, input] as const,
      );
      const result = r as { ok: boolean; value?: T; error?: { message: string } };
      if (!result.ok) throw new Error(`${method}: ${result.error?.message ?? 'gagal'}`);
      return result.value as T;
    },
    async dispose() {
      await harness.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Registers a request (SOP step 1 has its own e2e test) and returns its id. */
export async function registerCase(s: WorkflowSession, overrides: Partial<IntakeFormValues> = {}): Promise<string> {
  const created = await s.invoke<{ id: string }>('cases.create', validIntake(overrides));
  return created.id;
}

export async function openCase(s: WorkflowSession, id: string): Promise<void> {
  await s.page.goto(new URL(`#/cases/${id}`, s.harness.url).toString());
  await s.page.getByTestId('step-panel').waitFor();
}

export function panel(page: Page): Locator {
  return page.getByTestId('step-panel');
}

/**
 * Waits for the panel of step `n` with its clock running: after "Simpan dan lanjutkan" the next
 * admin step is already started; otherwise (the first step of a visit) presses "Mulai langkah ini".
 */
export async function startStep(page: Page, n: number): Promise<void> {
  await panel(page).getByTestId('step-title').filter({ hasText: `Langkah ${n}:` }).waitFor();
  const timer = panel(page).getByTestId('step-timer');
  const start = panel(page).getByRole('button', { name: 'Mulai langkah ini' });
  await timer.or(start).first().waitFor();
  if (await start.isVisible()) await start.click();
  await timer.waitFor();
}

export async function save(page: Page, name = 'Simpan dan lanjutkan'): Promise<void> {
  await panel(page).getByRole('button', { name }).click();
}

/** Step 2: answers every line "Ya" except those named in `no`. */
export async function checklist(page: Page, no: readonly string[] = []): Promise<void> {
  const rows = panel(page).locator('[data-line]');
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const label = (await row.getAttribute('aria-label')) ?? '';
    await row.getByRole('radio', { name: no.includes(label) ? 'Tidak' : 'Ya', exact: true }).check();
  }
}

export async function expectInQueue(s: WorkflowSession, group: string, name: string): Promise<void> {
  await s.page.goto(new URL('#/queue', s.harness.url).toString());
  await s.page.getByTestId(`queue-${group}`).getByText(name, { exact: true }).first().waitFor();
}
