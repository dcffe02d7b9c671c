/**
 * Helpers of the letters e2e tests: a harness session whose page counts `window.print()` calls
 * (Chromium would otherwise open its print preview), an office set up through the contract, cases
 * moved along the SOP through the contract (the guided-SOP e2e test drives the same moves through
 * the forms), and screenshots when LOKET_SHOTS names a folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { testSettingsInput } from '../../fixtures/profile';
import { validIntake } from '../../fixtures/intake';
import { OPERATOR, registerCase, startWorkflowSession, type WorkflowSession } from '../workflow/session';

export interface LettersSession extends WorkflowSession {
  /** How many times the page called window.print() since it was loaded. */
  printCalls(): Promise<number>;
  shot(name: string, fullPage?: boolean): Promise<void>;
  /** Keeps a file for looking at beside the screenshots (never one carrying a password). */
  keep(name: string, bytes: Uint8Array): Promise<void>;
}

export async function startLettersSession(): Promise<LettersSession> {
  const s = await startWorkflowSession('loket-e2e-letters-');
  // A render error would otherwise only show as a missing element.
  s.page.on('pageerror', (e) => console.error('[page]', e.stack ?? e.message));
  // Before any app script of every load: count instead of opening the print preview.
  await s.page.addInitScript(() => {
    const w = window as unknown as { __printCalls: number };
    w.__printCalls = 0;
    window.print = () => {
      w.__printCalls++;
    };
  });
  await s.page.goto(s.harness.url);
  await s.invoke('operators.create', { name: OPERATOR.name, nip: OPERATOR.nip, role: 'admin_agency', pin: OPERATOR.pin, pinConfirm: OPERATOR.pin });
  await s.invoke('settings.save', testSettingsInput());
  const shots = process.env['LOKET_SHOTS'];
  if (shots) await mkdir(shots, { recursive: true });
  return {
    ...s,
    printCalls: () => s.page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls),
    async shot(name, fullPage = false) {
      if (!shots) return;
      await s.page.waitForTimeout(300);
      await s.page.screenshot({ path: join(shots, `letters-${name}.png`), fullPage });
    },
    async keep(name, bytes) {
      if (shots) await writeFile(join(shots, `letters-${name}`), bytes);
    },
  };
}

const allYes = {
  letter_present: 'yes', letter_signed_stamped: 'yes', letter_dated_addressed: 'yes', requester_identified: 'yes',
  sk_present: 'yes', sk_names_requester: 'yes', sk_in_force: 'yes', changes_stated: 'na',
};

async function open(s: WorkflowSession, id: string, step: number): Promise<void> {
  await s.invoke('workflow.open', { id, step });
}
async function complete(s: WorkflowSession, id: string, payload: Record<string, unknown>): Promise<void> {
  const st = await s.invoke<{ revision: number }>('workflow.state', { id });
  await s.invoke('workflow.complete', { id, revision: st.revision, payload, overrunReason: '' });
}

export const SITI = { name: 'Siti Nurhaliza, S.T.', nip: '198503122010012003', userId: 'siti.nurhaliza' };

/** A request registered and checked complete and valid, the password reset (SOP steps 1–6); returns its id. */
export async function caseAtStep8(s: WorkflowSession): Promise<string> {
  const id = await registerCase(s, { requester: { ...validIntake().requester, ...SITI, email: 'siti.nurhaliza@sukamajukab.go.id' } });
  await open(s, id, 2);
  await complete(s, id, { step: 2, checklist: allYes, decision: 'complete', notes: '' });
  await open(s, id, 5);
  await complete(s, id, { step: 5, spse: { ...SITI, email: '', phone: '', agency: '' }, comparedCases: [], confirmations: [], decision: 'valid', notes: '' });
  await open(s, id, 6);
  await s.invoke('workflow.password.generate', { id });
  await complete(s, id, { step: 6, passwordReset: true, changedFields: [], doneAt: s.now().toISOString(), notes: '' });
  return id;
}

/** Opens a case with a fresh load (a form typed into holds a hash change behind the leave guard). */
export async function openCaseFresh(s: WorkflowSession, id: string): Promise<void> {
  await s.page.goto('about:blank');
  await s.page.goto(new URL(`#/cases/${id}`, s.harness.url).toString());
  await s.page.getByTestId('step-panel').waitFor();
}

/** The number of pages of a PDF (its page tree's count, read with pdf-lib). */
export async function pdfPageCount(pdf: Buffer): Promise<{ pages: number; width: number; height: number }> {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.load(pdf);
  const first = doc.getPage(0).getSize();
  return { pages: doc.getPageCount(), width: first.width, height: first.height };
}

/** The print view's pages have loaded (decoded images, not broken ones). */
export async function pagesLoaded(page: Page): Promise<number> {
  return page.getByTestId('print-page').evaluateAll((imgs) => imgs.filter((i) => i instanceof HTMLImageElement && i.complete && i.naturalWidth > 0).length);
}
