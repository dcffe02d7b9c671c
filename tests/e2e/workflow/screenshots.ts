/**
 * Screenshots of the guided SOP at 1366×768 (issue 3 "Done when"): the work queue, the lock
 * screen, every step form, the flowchart and the timeline. Cases are moved along through the
 * contract (the e2e tests drive the same moves through the forms).
 *   npx tsx tests/e2e/workflow/screenshots.ts --out screenshots/workflow   (after `npm run build`)
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { testSettingsInput } from '../../fixtures/profile';
import { validIntake } from '../../fixtures/intake';
import { OPERATOR, panel, registerCase, startWorkflowSession } from './session';
import { openSettings } from '../settingsSection';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots/workflow' } } });
const out = values.out ?? 'screenshots/workflow';
await mkdir(out, { recursive: true });

const s = await startWorkflowSession('loket-shots-wf-');
const { page } = s;
const shot = async (name: string, fullPage = false) => {
  await page.waitForTimeout(350);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.log(join(out, `${name}.png`));
};

/** Opens a case with a fresh page load: a form typed into and not saved holds a hash change (leave guard). */
async function openCase(id: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(new URL(`#/cases/${id}`, s.harness.url).toString());
  await panel(page).waitFor();
}

/** Scrolls so the step panel starts just under the app's fixed header. */
const toPanel = () =>
  panel(page).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64));

interface State {
  revision: number;
}
async function open(id: string, step: number): Promise<void> {
  await s.invoke('workflow.open', { id, step });
}
async function complete(id: string, payload: Record<string, unknown>, overrunReason = ''): Promise<void> {
  const st = await s.invoke<State>('workflow.state', { id });
  await s.invoke('workflow.complete', { id, revision: st.revision, payload, overrunReason });
}
const now = () => s.now().toISOString();
const yes = { letter_present: 'yes', letter_signed_stamped: 'yes', letter_dated_addressed: 'yes', requester_identified: 'yes', sk_present: 'yes', sk_names_requester: 'yes', sk_in_force: 'yes', changes_stated: 'na' };
const step2 = (over: Record<string, string> = {}) => {
  const checklist = { ...yes, ...over };
  const complete = Object.values(checklist).every((v) => v !== 'no');
  return { step: 2, checklist, decision: complete ? 'complete' : 'incomplete', notes: '' };
};
const spse = (v: { name: string; nip: string; userId: string }) => ({ ...v, email: '', phone: '', agency: '' });
const requester = (name: string, nip: string, userId: string) => ({ requester: { ...validIntake().requester, name, nip, userId, email: `${userId}@sukamajukab.go.id` } });

async function toStep5(id: string): Promise<void> {
  await open(id, 2);
  await complete(id, step2());
}
async function toStep6(id: string, who: { name: string; nip: string; userId: string }): Promise<void> {
  await toStep5(id);
  await open(id, 5);
  await complete(id, { step: 5, spse: spse(who), comparedCases: [], confirmations: [], decision: 'valid', notes: '' });
}
async function toStep8(id: string, who: { name: string; nip: string; userId: string }): Promise<void> {
  await toStep6(id, who);
  await open(id, 6);
  await s.invoke('workflow.password.generate', { id });
  await complete(id, { step: 6, passwordReset: true, changedFields: [], doneAt: now(), notes: '' });
}
async function toStep9(id: string, who: { name: string; nip: string; userId: string }): Promise<void> {
  await toStep8(id, who);
  await open(id, 8);
  await complete(id, { step: 8, channel: 'in_person', receivedBy: who.name, at: now(), mustChangeReminder: true, notes: '' });
}
async function toWaiting(id: string, missing: Record<string, string>): Promise<void> {
  await open(id, 2);
  await complete(id, step2(missing));
  const st = await s.invoke<{ lastFailedLines: string[] }>('workflow.state', { id });
  await open(id, 3);
  const deadline = new Date(s.now().getTime() + 14 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  await complete(id, { step: 3, missingItems: st.lastFailedLines, otherMissing: '', channel: 'letter', sentAt: now(), deadline, notes: '' });
}

try {
  // Fresh install: the guided setup asks for the first operator.
  await page.goto(s.harness.url);
  await page.getByRole('main', { name: 'Menyiapkan Loket Akun SPSE' }).getByLabel('Nama petugas').fill(OPERATOR.name);
  await shot('01-first-operator');
  await s.invoke('operators.create', { name: OPERATOR.name, nip: OPERATOR.nip, role: 'admin_agency', pin: OPERATOR.pin, pinConfirm: OPERATOR.pin });
  await s.invoke('operators.create', { name: 'Agus Salim', nip: '198806102014021001', role: 'koordinator', pin: '135790', pinConfirm: '135790' });
  // The clock is moved by days below: keep the session from locking itself on the way.
  await s.invoke('workflow.settings.save', { autoLockMinutes: 240, waitingDeadlineDays: 14, standardMinutes: {} });
  await s.invoke('settings.save', testSettingsInput());

  const siti = { name: 'Siti Nurhaliza, S.T.', nip: '198503122010012003', userId: 'siti.nurhaliza' };
  // An earlier, closed case of the same person (the initial registration), for step 5's comparison.
  const earlier = await registerCase(s, { ...requester(siti.name, siti.nip, siti.userId), receivedAt: '2026-03-02T02:00:00.000Z', letter: { number: '027/031/DPUPR/2026', date: '2026-03-01', subject: 'Permohonan reset password SPSE' } });
  await toStep9(earlier, siti);
  await open(earlier, 9);
  await complete(earlier, { step: 9, physical: { box: 'B-2026-01', folder: 'F-03', shelf: 'Lemari 2, rak B' }, electronic: 'stored', electronicRef: '\\\\arsip\\ukpbj\\2026\\0001', notes: '' });

  const a = await registerCase(s, requester(siti.name, siti.nip, siti.userId));
  const b = await registerCase(s, requester('Rahmat Hidayat, S.Kom.', '198802142015031002', 'rahmat.hidayat'));
  const c = await registerCase(s, requester('Yuni Utami', '198701172012122001', 'yuni.utami'));
  const d = await registerCase(s, requester('Fitri Mulyani, S.Si.', '198701112013062001', 'fitri.mulyani'));
  const e = await registerCase(s, requester('I Gede Wirawan', '197008122009011001', 'gede.wirawan'));
  const f = await registerCase(s, requester('Ahmad Fauzi', '198204052008011003', 'ahmad.fauzi'));
  const g = await registerCase(s, requester('Maria Magdalena, S.E.', '199002202015032002', 'maria.magdalena'));
  const h = await registerCase(s, requester('Bambang Sutrisno', '197512122005011002', 'bambang.sutrisno'));
  await registerCase(s, requester('Nur Aisyah', '199104042019032003', 'nur.aisyah'));

  // b waiting with a deadline already past, c at 6, d at 8, e at 9, f at 7, g waiting (in time), a and h checking.
  await toWaiting(b, { sk_in_force: 'no', letter_signed_stamped: 'no' });
  await toStep6(c, { name: 'Yuni Utami', nip: '198701172012122001', userId: 'yuni.utami' });
  await toStep8(d, { name: 'Fitri Mulyani, S.Si.', nip: '198701112013062001', userId: 'fitri.mulyani' });
  await toStep9(e, { name: 'I Gede Wirawan', nip: '197008122009011001', userId: 'gede.wirawan' });
  await toStep5(f);
  await open(f, 5);
  await complete(f, { step: 5, spse: spse({ name: 'Ahmad Fauzi', nip: '198204052008011003', userId: 'ahmad.fauzi2' }), comparedCases: [], confirmations: [], decision: 'invalid', notes: '' });
  await toStep5(h);
  s.advance(16 * 86_400_000);
  const first = (await s.invoke<{ operators: { id: string }[] }>('operators.list', {})).operators[0];
  await s.invoke('operators.unlock', { operatorId: first?.id, pin: OPERATOR.pin });
  await toWaiting(g, { sk_present: 'no' });
  await open(a, 2);

  // A fresh load, so the header shows the operator created through the contract above.
  await page.goto('about:blank');
  await page.goto(new URL('#/queue', s.harness.url).toString());
  await page.getByTestId('queue-waiting_pokja').getByText('Rahmat Hidayat, S.Kom.').waitFor();
  await shot('02-queue');
  await shot('02-queue-full', true);

  // Step 2: the checklist, one line failed.
  await openCase(a);
  await panel(page).getByTestId('step-timer').waitFor();
  const rows = panel(page).locator('[data-line]');
  for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).getByRole('radio', { name: i === 6 ? 'Tidak' : 'Ya', exact: true }).check();
  await toPanel();
  await shot('03-step2-checklist');
  // The flowchart on its own.
  await page.getByTestId('sop-flowchart').screenshot({ path: join(out, '04-flowchart-step2.png') });
  console.log(join(out, '04-flowchart-step2.png'));

  // Step 3: the notice (a second case at step 3).
  const n = await registerCase(s, requester('Dedi Kurniawan', '198309092010011004', 'dedi.kurniawan'));
  await open(n, 2);
  await complete(n, step2({ sk_names_requester: 'no' }));
  await open(n, 3);
  await openCase(n);
  await panel(page).getByTestId('missing-items').waitFor();
  await toPanel();
  await shot('05-step3-notice');

  // Step 4: waiting, past the deadline.
  await openCase(b);
  await panel(page).getByTestId('waiting').waitFor();
  await toPanel();
  await shot('06-step4-waiting');

  // Step 5: comparison with a mismatch and the earlier case, one confirmation.
  await open(h, 5);
  const ca = await registerCase(s, requester(siti.name, siti.nip, siti.userId));
  await toStep5(ca);
  await open(ca, 5);
  await openCase(ca);
  await panel(page).getByLabel('Nama (SPSE)').fill(siti.name);
  await panel(page).getByLabel('NIP (SPSE)').fill(siti.nip);
  await panel(page).getByLabel('User ID (SPSE)').fill(siti.userId);
  await panel(page).getByLabel('Email (SPSE)').fill('siti.n@gmail.com');
  await panel(page).getByRole('button', { name: 'Tambah catatan konfirmasi' }).click();
  await panel(page).getByLabel('Kontak yang dihubungi').fill('Siti Nurhaliza, 0812-3456-7890');
  await toPanel();
  await shot('07-step5-validity');
  await page.getByTestId('comparison').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64));
  await shot('07-step5-validity-lower');

  // Step 6: a generated password, shown once.
  await open(c, 6);
  await openCase(c);
  await panel(page).getByRole('button', { name: 'Buat password sementara' }).click();
  await panel(page).getByTestId('generated-password').waitFor();
  await toPanel();
  await shot('08-step6-reset');

  // Step 7: rejection.
  await open(f, 7);
  await openCase(f);
  await panel(page).getByText('Pemeriksaan yang tidak terpenuhi').waitFor();
  await toPanel();
  await shot('09-step7-rejection');

  // Step 8: notification, the password revealed, an overrun (the clock moved past 10 minutes).
  await open(d, 8);
  s.advance(12 * 60_000);
  await openCase(d);
  await panel(page).getByRole('button', { name: 'Tampilkan password sementara' }).click();
  await toPanel();
  await shot('10-step8-notification');
  await complete(d, { step: 8, channel: 'in_person', receivedBy: 'Fitri Mulyani, S.Si.', at: now(), mustChangeReminder: true, notes: '' }, 'Pemohon datang terlambat; menunggu kehadiran langsung sesuai ketentuan serah terima.');

  // Step 9: archiving.
  await open(e, 9);
  await openCase(e);
  await panel(page).getByLabel('Nomor boks').fill('B-2026-02');
  await toPanel();
  await shot('11-step9-archive');

  // A closed case: the flowchart with the path taken and the timeline.
  await openCase(earlier);
  await shot('12-closed-case');
  await openCase(d);
  await page.getByTestId('trail-timeline').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 140));
  await shot('13-timeline');
  await page.getByTestId('sop-flowchart').screenshot({ path: join(out, '14-flowchart-closed.png') });
  console.log(join(out, '14-flowchart-closed.png'));

  // The same step in English (the UI's second language).
  await page.getByText('EN', { exact: true }).click();
  await openCase(ca);
  await toPanel();
  await shot('17-step5-english');
  await page.getByText('ID', { exact: true }).click();

  // Pengaturan → operators; the lock screen.
  await openSettings(s.harness, 'operator');
  await page.getByTestId('operators-table').waitFor();
  await shot('15-settings-operators');
  await page.getByRole('button', { name: 'Kunci' }).click();
  await page.getByRole('heading', { name: 'Layar terkunci' }).waitFor();
  await shot('16-lock-screen');
} finally {
  await s.dispose();
}

