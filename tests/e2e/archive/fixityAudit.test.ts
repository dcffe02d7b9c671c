/**
 * Issue 12 §4 in real Chromium against the real core: WS02 closes a case and exports it to the
 * shared archive; someone edits the bag's case.json and re-hashes every manifest (valid BagIt
 * again). On WS01, Arsip → Audit keutuhan → "Periksa semua sekarang" runs a full pass; the screen
 * shows the last pass and the bundle that no longer matches WS02's catalogue, with where a good copy
 * is. Screenshots at 1366×768 go to $LOKET_SHOTS when it is set.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { makeClosedCase, reseal } from '../../core/archive/support';
import { atTheKeyboard, call } from '../../core/support/operator';
import { runningClock } from '../../support/clock';
import { startHarness, type HarnessSession } from '../harnessFixture';

const SHOTS = process.env['LOKET_SHOTS'];
let s: HarnessSession;
let outside: string;
let root: string;
let bag: string;

beforeAll(async () => {
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-e2e-audit-'));
  root = path.join(outside, 'arsip');
  await fs.mkdir(root);
  const ws2 = path.join(outside, 'ws02');
  const closed = await makeClosedCase(ws2, { workstationCode: 'WS02' });
  const core = await createCore({ dataDir: ws2, host: 'cli', now: runningClock().now });
  try {
    await atTheKeyboard(core);
    await call(core, 'archive.settings.save', { ...(await call(core, 'archive.settings.get', {})), archiveRoot: root });
    const exported = await call(core, 'archive.export', { id: closed.id });
    bag = exported.bags[0]?.path ?? '';
  } finally {
    await core.close();
  }
  // Edited on the share, then every checksum recomputed by hand.
  const dir = path.join(root, ...bag.split('/'));
  const caseJson = path.join(dir, 'case.json');
  const doc = JSON.parse(await fs.readFile(caseJson, 'utf8')) as { record: { intake: { requester: { name: string } } } };
  doc.record.intake.requester.name = 'Orang Lain';
  await fs.writeFile(caseJson, JSON.stringify(doc));
  await reseal(dir);
  s = await startHarness('loket-e2e-audit-ws01-');
  await call(s.harness.core, 'archive.settings.save', { ...(await call(s.harness.core, 'archive.settings.get', {})), archiveRoot: root });
}, 300_000);

afterAll(async () => {
  await s?.dispose();
  await fs.rm(outside, { recursive: true, force: true });
});

async function shot(name: string): Promise<void> {
  if (!SHOTS) return;
  await fs.mkdir(SHOTS, { recursive: true });
  await s.harness.page.waitForTimeout(350);
  await s.harness.page.screenshot({ path: path.join(SHOTS, `audit-${name}.png`) });
}

describe('Arsip → Audit keutuhan', () => {
  it('runs a full pass from the screen and shows the re-hashed bundle with its publisher and good copy', { timeout: 120_000 }, async () => {
    const { page, url } = s.harness;
    await page.goto(new URL('#/archive/audit', url).toString());
    await expect.poll(() => page.getByTestId('audit-last').textContent()).toBe('belum pernah');
    await shot('never');

    await page.getByRole('button', { name: 'Periksa semua sekarang' }).click();
    const result = page.getByTestId('audit-result');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getAttribute('data-ok')).toBe('false');
    expect(await page.getByTestId('audit-last').textContent()).toMatch(/\(dijalankan petugas\)$/);
    const finding = page.locator(`[data-testid="audit-bag"][data-bag="${bag}"]`);
    await expect.poll(() => finding.textContent()).toContain('Tidak cocok dengan katalog workstation penerbitnya');
    const text = (await finding.textContent()) ?? '';
    expect(text).toContain('Diterbitkan oleh WS02');
    expect(text).toContain('Nama pemohon di case.json "Orang Lain" berbeda dengan katalog WS02');
    expect(text).toContain('Salinan baik: data berkas');
    await shot('problem');
  });
});
