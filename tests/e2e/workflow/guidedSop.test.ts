/**
 * Three complete paths through the SOP, driven through the UI (issue 3 "Done when"):
 * A complete + valid → reset → notify → archive (with an overrun at step 2 and its reason);
 * B incomplete → notice → supplementary documents → complete → valid → reset → notify → archive;
 * C invalid → rejection → archive; plus a file closed as *not completed* past its deadline after
 * the screen locked itself. The work queue shows every state on the way; the timeline shows the
 * steps' times and the overrun reason.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validIntake } from '../../fixtures/intake';
import { openSettings, saveSettings } from '../settingsSection';
import {
  OPERATOR, checklist, expectInQueue, openCase, panel, registerCase, save, startStep, startWorkflowSession, type WorkflowSession,
} from './session';

let s: WorkflowSession;
beforeAll(async () => {
  s = await startWorkflowSession('loket-e2e-wf-');
});
afterAll(async () => s?.dispose());

const MINUTE = 60_000;

async function valid(page: WorkflowSession['page'], spse: { name: string; nip: string; userId: string; email?: string }) {
  await startStep(page, 5);
  const p = panel(page);
  await p.getByLabel('Nama (SPSE)').fill(spse.name);
  await p.getByLabel('NIP (SPSE)').fill(spse.nip);
  await p.getByLabel('User ID (SPSE)').fill(spse.userId);
  if (spse.email) await p.getByLabel('Email (SPSE)').fill(spse.email);
}

async function resetNotifyArchive(box: string): Promise<void> {
  const { page } = s;
  await startStep(page, 6);
  await panel(page).getByRole('button', { name: 'Buat password sementara' }).click();
  const password = (await panel(page).getByTestId('generated-password').textContent()) ?? '';
  expect(password).toMatch(/^\S{12,}$/);
  // Unticked until the admin says it was done in SPSE.
  await panel(page).getByRole('checkbox', { name: 'Password telah direset di SPSE' }).check();
  await save(page);

  await startStep(page, 8);
  await panel(page).getByRole('button', { name: 'Tampilkan password sementara' }).click();
  await expect.poll(() => panel(page).getByTestId('revealed-password').textContent()).toBe(password);
  await panel(page).getByRole('radio', { name: 'Disampaikan langsung' }).check();
  await save(page);
  // The reminder is required (SOP step 8 note): refused until it is ticked.
  await panel(page).getByText('Pastikan anggota Pokja diingatkan untuk mengganti password default.').waitFor();
  await panel(page).getByRole('checkbox', { name: /segera mengganti password default/ }).check();
  await save(page);

  await startStep(page, 9);
  // Handed over: the password is gone from the screen (and from the core's memory).
  expect(await page.locator('body').textContent()).not.toContain(password);
  await archive(box);
}

async function archive(box: string): Promise<void> {
  const p = panel(s.page);
  await p.getByLabel('Nomor boks').fill(box);
  await p.getByLabel('Nomor folder').fill('F-07');
  await p.getByLabel('Lemari/rak').fill('Lemari arsip 2, rak B');
  await save(s.page, 'Simpan dan tutup berkas');
  await s.page.getByText('Berkas selesai').waitFor();
}

describe('the guided SOP through the UI', () => {
  it('registers the first operator in the first-run setup and shows who is on duty', async () => {
    const { page } = s;
    await page.goto(s.harness.url);
    const dialog = page.getByRole('main', { name: 'Menyiapkan Loket Akun SPSE' });
    await dialog.getByLabel('Nama petugas').fill(OPERATOR.name);
    await dialog.getByLabel('NIP').fill(OPERATOR.nip);
    await dialog.getByLabel('PIN', { exact: true }).fill(OPERATOR.pin);
    await dialog.getByLabel('Ulangi PIN').fill('999999');
    await dialog.getByRole('button', { name: 'Simpan petugas' }).click();
    await dialog.getByText('PIN yang diulang tidak sama.').waitFor();
    await dialog.getByLabel('Ulangi PIN').fill(OPERATOR.pin);
    await dialog.getByRole('button', { name: 'Simpan petugas' }).click();
    // The setup goes on to the profile; left there (the PC restarted), the app opens under that operator.
    await dialog.getByRole('form', { name: 'Profil instansi' }).waitFor();
    await page.reload();
    await page.getByTestId('current-operator').getByText(OPERATOR.name).waitFor();
  });

  it('A: complete and valid → reset → notify → archive; an overrun needs a reason, shown in the timeline', async () => {
    const { page } = s;
    const name = 'Siti Nurhaliza, S.T.';
    const id = await registerCase(s);
    await expectInQueue(s, 'registered', name);
    await openCase(s, id);
    // The flowchart marks step 2 as current before anything is done.
    await expect.poll(() => page.locator('[data-step="2"]').getAttribute('data-mark')).toBe('current');

    await startStep(page, 2);
    await expectInQueue(s, 'checking', name);
    await openCase(s, id);
    await checklist(page);
    await panel(page).getByText('Menurut daftar periksa, berkas lengkap.').waitFor();
    s.advance(6 * MINUTE); // past step 2's standard 5 minutes
    await save(page);
    const reason = 'Berkas asli diperiksa ulang bersama pemohon karena cap dinas kurang jelas.';
    await panel(page).getByText(/melewati waktu standar 5 menit/).first().waitFor();
    await panel(page).getByLabel('Alasan melewati waktu standar').fill(reason);
    await save(page);

    await valid(page, { name, nip: '198503122010012003', userId: 'siti.nurhaliza' });
    await panel(page).getByText('Tidak ada perbedaan pada data yang diisi.').waitFor();
    await panel(page).getByRole('button', { name: 'Tambah catatan konfirmasi' }).click();
    await panel(page).getByLabel('Kontak yang dihubungi').fill('Siti Nurhaliza, 0812-3456-7890');
    await panel(page).getByRole('radio', { name: /^Valid/ }).check();
    await save(page);

    await panel(page).getByTestId('step-title').filter({ hasText: 'Langkah 6:' }).waitFor();
    await expectInQueue(s, 'ready_reset', name);
    await openCase(s, id);
    // Step 6 → 8 → 9, checking the queue's "Pemberitahuan" and "Pengarsipan" on the way.
    await startStep(page, 6);
    await panel(page).getByRole('button', { name: 'Buat password sementara' }).click();
    const password = (await panel(page).getByTestId('generated-password').textContent()) ?? '';
    expect(password).toMatch(/^\S{12,}$/);
    await panel(page).getByRole('checkbox', { name: 'Password telah direset di SPSE' }).check();
    await save(page);
    await panel(page).getByTestId('step-title').filter({ hasText: 'Langkah 8:' }).waitFor();
    await expectInQueue(s, 'to_notify', name);
    await openCase(s, id);
    await startStep(page, 8);
    await panel(page).getByRole('button', { name: 'Tampilkan password sementara' }).click();
    await expect.poll(() => panel(page).getByTestId('revealed-password').textContent()).toBe(password);
    await panel(page).getByRole('radio', { name: 'Disampaikan langsung' }).check();
    await save(page);
    await panel(page).getByText('Pastikan anggota Pokja diingatkan untuk mengganti password default.').waitFor();
    await panel(page).getByRole('checkbox', { name: /segera mengganti password default/ }).check();
    await save(page);
    await panel(page).getByTestId('step-title').filter({ hasText: 'Langkah 9:' }).waitFor();
    await expectInQueue(s, 'to_archive', name);
    await openCase(s, id);
    await startStep(page, 9);
    expect(await page.locator('body').textContent()).not.toContain(password);
    await archive('B-2026-01');
    await page.getByTestId('case-result').filter({ hasText: 'Selesai direset/diubah' }).waitFor();
    // The renderer kept the password in memory only: nothing in the browser's persistent storage.
    const stored = await page.evaluate(async () => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      idb: (await indexedDB.databases()).length,
    }));
    expect(stored.local + stored.session).not.toContain(password);
    expect(stored.idb).toBe(0);

    // Timeline: every step with its operator, step 2's overrun and reason, the chain verified.
    const timeline = page.getByTestId('trail-timeline');
    await timeline.getByText(reason, { exact: false }).waitFor();
    await expect.poll(() => timeline.getByTestId('trail-duration').count()).toBe(5);
    expect(await timeline.getByTestId('trail-duration').first().textContent()).toMatch(/^Waktu kerja 6 mnt \d\d dtk dari standar 5 mnt$/);
    expect(await timeline.getByText(OPERATOR.name).count()).toBeGreaterThanOrEqual(10);
    await page.getByTestId('trail-verdict').filter({ hasText: /Rantai jejak utuh/ }).waitFor();
    // Flowchart: the path 2 → 5 → 6 → 8 → 9 taken, 3/4/7 not.
    for (const e of ['2:complete', '5:valid', '6:reset_done', '8:notified', '9:archived'])
      expect(await page.locator(`[data-edge="${e}"]`).getAttribute('data-taken'), e).toBe('true');
    for (const e of ['2:incomplete', '5:invalid', '4:supplemented'])
      expect(await page.locator(`[data-edge="${e}"]`).getAttribute('data-taken'), e).toBe('false');
    await expectInQueue(s, 'closed', name);
  });

  it('B: incomplete → notice → supplementary documents → complete → valid → reset → notify → archive', async () => {
    const { page } = s;
    const name = 'Rahmat Hidayat, S.Kom.';
    const id = await registerCase(s, {
      requester: { ...validIntake().requester, name, nip: '198802142015031002', userId: 'rahmat.hidayat' },
    });
    await openCase(s, id);
    await startStep(page, 2);
    await checklist(page, ['SK berlaku pada tanggal permohonan', 'Surat permohonan ditandatangani dan dicap']);
    await panel(page).getByText('Menurut daftar periksa, berkas tidak lengkap.').waitFor();
    await save(page);

    await startStep(page, 3);
    const missing = panel(page).getByTestId('missing-items');
    await missing.getByText('SK penetapan Pokja Pemilihan yang masih berlaku pada tanggal permohonan').waitFor();
    await missing.getByText('Tanda tangan dan cap dinas pada surat permohonan').waitFor();
    await panel(page).getByRole('radio', { name: 'Surat', exact: true }).check();
    await save(page);

    await panel(page).getByTestId('waiting').getByText(/Sisa 1[34] hari/).waitFor();
    await expectInQueue(s, 'waiting_pokja', name);
    await page.getByTestId('queue-waiting_pokja').getByText(/sisa 1[34] hari/).waitFor();
    // Opened from the queue, the case keeps "Antrean Kerja" lit (where the admin came from).
    await page.getByTestId('queue-waiting_pokja').getByText(name, { exact: true }).first().click();
    await panel(page).waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Antrean Kerja' }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Daftar Berkas' }).getAttribute('aria-current')).toBeNull();
    await panel(page).getByText('Berkas baru dapat ditutup sebagai tidak diselesaikan setelah batas waktu lewat.').waitFor();
    await panel(page).getByLabel('Dokumen pelengkap yang diterima (satu per baris)').fill('SK Penetapan Pokja Nomor 027/30/UKPBJ/2026\nSurat permohonan bertanda tangan dan cap');
    await save(page, 'Catat berkas pelengkap (kembali ke langkah 2)');

    // Back at step 2 (the loop 3 → 4 → 2), a second visit.
    await startStep(page, 2);
    await checklist(page);
    await save(page);
    await valid(page, { name, nip: '19880214 201503 1 002', userId: 'Rahmat.Hidayat' });
    await panel(page).getByRole('radio', { name: /^Valid/ }).check();
    await save(page);
    await resetNotifyArchive('B-2026-02');

    for (const e of ['2:incomplete', '3:notice_sent', '4:supplemented', '2:complete', '5:valid'])
      expect(await page.locator(`[data-edge="${e}"]`).getAttribute('data-taken'), e).toBe('true');
    await page.getByTestId('turnaround').filter({ hasText: /menunggu Pokja/ }).waitFor();
  });

  it('C: invalid → rejection → archive, the mismatch highlighted and cited', async () => {
    const { page } = s;
    const name = 'Yuni Utami';
    const id = await registerCase(s, {
      requester: { ...validIntake().requester, name, nip: '198701172012122001', userId: 'yuni.utami' },
    });
    await openCase(s, id);
    await startStep(page, 2);
    // The clock can be paused and resumed explicitly; both are in the trail.
    const timer = panel(page).getByTestId('step-timer');
    await timer.getByRole('button', { name: 'Jeda' }).click();
    await timer.getByText('Dijeda').waitFor();
    await timer.getByRole('button', { name: 'Lanjutkan' }).click();
    await timer.getByText('Berjalan').waitFor();
    await page.getByTestId('trail-timeline').getByText(/^Langkah dijeda — Langkah 2/).waitFor();
    await page.getByTestId('trail-timeline').getByText(/^Langkah dilanjutkan — Langkah 2/).waitFor();
    await checklist(page);
    await save(page);
    await valid(page, { name, nip: '198701172012122001', userId: 'yuni.utami', email: 'yuni.lain@gmail.com' });
    await panel(page).getByTestId('mismatch-count').filter({ hasText: '1 perbedaan ditemukan' }).waitFor();
    expect(await panel(page).locator('tr[data-mismatch="true"]').count()).toBe(1);
    await panel(page).getByRole('button', { name: 'Tambah catatan konfirmasi' }).click();
    await panel(page).getByLabel('Kontak yang dihubungi').fill('Yuni Utami (telepon kantor)');
    await panel(page).getByRole('radio', { name: /^Tidak valid/ }).check();
    await save(page);

    await startStep(page, 7);
    await panel(page).getByRole('checkbox', { name: 'Email tidak sama dengan data di SPSE' }).waitFor();
    await panel(page).getByLabel('Alasan penolakan').fill('Email pada surat permohonan berbeda dengan email akun SPSE; pemohon diminta mengajukan ulang.');
    // A stray click on the navbar does not throw away what was typed.
    await page.getByRole('link', { name: 'Antrean Kerja' }).click();
    await page.getByRole('dialog').getByText('Isian yang belum disimpan akan hilang.').waitFor();
    await page.getByRole('button', { name: 'Tetap di sini' }).click();
    expect(await panel(page).getByLabel('Alasan penolakan').inputValue()).toContain('Email pada surat permohonan');
    await panel(page).getByRole('radio', { name: 'Surat', exact: true }).check();
    await save(page);
    await startStep(page, 9);
    await archive('B-2026-03');
    await page.getByTestId('case-result').filter({ hasText: 'Ditolak' }).waitFor();
    for (const e of ['5:invalid', '7:rejection_sent', '9:archived'])
      expect(await page.locator(`[data-edge="${e}"]`).getAttribute('data-taken'), e).toBe('true');
  });

  it('D: an SK that ended after the letter is flagged at step 5, and "valid" needs the reason', async () => {
    const { page } = s;
    const name = 'Made Wirawan';
    // In force on the letter's date (four days ago), ended two days ago: step 2 passes, step 5 sees it.
    const base = validIntake();
    const ended = new Date(s.now().getTime() - 2 * 24 * 60 * MINUTE + 7 * 60 * MINUTE).toISOString().slice(0, 10);
    const id = await registerCase(s, {
      requester: { ...base.requester, name, nip: '198905052014031004', userId: 'made.wirawan' },
      sk: { ...base.sk, validUntil: ended },
      kind: 'both',
      changes: [{ field: 'email', label: '', current: base.requester.email, requested: 'made.w@sukamajukab.go.id' }],
    });
    await openCase(s, id);
    await startStep(page, 2);
    await checklist(page);
    await save(page);
    await valid(page, { name, nip: '198905052014031004', userId: 'made.wirawan' });
    // The change asked for is shown under what SPSE should still hold; no other row shows one.
    await panel(page).locator('[data-field="email"]').getByTestId('requested-value').filter({ hasText: 'diminta menjadi: made.w@sukamajukab.go.id' }).waitFor();
    expect(await panel(page).getByTestId('requested-value').count()).toBe(1);
    const alert = panel(page).getByTestId('sk-standing');
    await alert.getByText(/sudah berakhir masa berlakunya \(berlaku sampai \d{1,2} \S+ \d{4}\)/).waitFor();
    expect(await alert.getAttribute('data-state')).toBe('ended');
    await alert.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 140));
    if (process.env['LOKET_SHOTS_DIR']) await page.screenshot({ path: join(process.env['LOKET_SHOTS_DIR'], 'step5-sk-ended.png') });
    await panel(page).getByRole('radio', { name: /^Valid/ }).check();
    await save(page);
    // Refused by the core, with the SK's own reason on the notes field (nothing typed is lost).
    await panel(page).getByText('Jelaskan mengapa berkas tetap valid meski SK tidak berlaku (misalnya nomor SK perpanjangan).').waitFor();
    expect(await panel(page).getByLabel('Nama (SPSE)').inputValue()).toBe(name);
    await panel(page).getByLabel(/^Catatan \(wajib diisi/).fill('SK perpanjangan Nomor 027/30/UKPBJ diperlihatkan pemohon.');
    await save(page);
    await startStep(page, 6);
    const trail = await s.invoke<{ events: { type: string; payload: { data?: { problems?: string[] } } }[] }>('cases.get', { id });
    const check = trail.events.filter((e) => e.type === 'step_completed').map((e) => e.payload.data?.problems).filter(Boolean).at(-1);
    expect(check?.[0]).toMatch(/^Masa berlaku SK penetapan Pokja Pemilihan sudah berakhir/);
  });

  it('locks itself after the idle minutes, unlocks with the PIN, and closes a file past its deadline as not completed', async () => {
    const { page } = s;
    const name = 'Fitri Mulyani, S.Si.';
    const id = await registerCase(s, {
      requester: { ...validIntake().requester, name, nip: '198701112013062001', userId: 'fitri.mulyani' },
    });
    await openCase(s, id);
    await startStep(page, 2);
    await checklist(page, ['SK penetapan Pokja ada']);
    await save(page);
    await startStep(page, 3);
    await panel(page).getByRole('radio', { name: 'Telepon', exact: true }).check();
    await save(page);
    await panel(page).getByTestId('waiting').waitFor();

    s.advance(15 * 24 * 60 * MINUTE); // past the 14-day deadline, and far past the idle limit
    await page.reload();
    await page.getByRole('heading', { name: 'Layar terkunci' }).waitFor();
    await page.getByLabel('PIN').fill('000000');
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('PIN').fill(OPERATOR.pin);
    await page.getByRole('button', { name: 'Buka kunci' }).click();
    await panel(page).getByTestId('waiting').getByText(/Batas waktu telah lewat/).waitFor();

    await expectInQueue(s, 'waiting_pokja', name);
    // Overdue first.
    expect(await page.getByTestId('queue-waiting_pokja').getByTestId('queue-item').first().textContent()).toContain(name);
    await openCase(s, id);
    await panel(page).getByLabel('Keterangan').fill('Tidak ada berkas pelengkap sampai batas waktu.');
    await save(page, 'Tutup: tidak diselesaikan');
    await startStep(page, 9);
    await archive('B-2026-04');
    await page.getByTestId('case-result').filter({ hasText: 'Tidak diselesaikan' }).waitFor();
  });

  it('adds a colleague and changes the Pokja deadline in Pengaturan', async () => {
    const { page } = s;
    // Adding a colleague is an action saved at once (no save bar in that section).
    await openSettings(s.harness, 'operator');
    await page.getByRole('button', { name: 'Tambah petugas' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama petugas').fill('Agus Salim');
    await dialog.getByLabel('NIP').fill('19880610 201402 1 001');
    await dialog.getByLabel('PIN', { exact: true }).fill('135790');
    await dialog.getByLabel('Ulangi PIN').fill('135790');
    await dialog.getByRole('button', { name: 'Simpan petugas' }).click();
    await page.getByTestId('operators-table').getByText('Agus Salim').waitFor();

    // Switching a colleague off and on again: actions too, saved at once; the one on duty has no such button.
    const table = page.getByTestId('operators-table');
    await table.getByRole('button', { name: 'Nonaktifkan Agus Salim' }).click();
    await page.getByText('Agus Salim dinonaktifkan; tidak dapat lagi membuka kunci aplikasi.').waitFor();
    await table.getByRole('row', { name: /Agus Salim/ }).getByText('Nonaktif', { exact: true }).waitFor();
    const active = async () => (await s.invoke<{ operators: { name: string }[] }>('operators.list', {})).operators.map((o) => o.name);
    expect(await active()).not.toContain('Agus Salim');
    expect(await table.getByRole('row', { name: new RegExp(OPERATOR.name) }).getByRole('button').count()).toBe(0);
    await table.getByRole('row', { name: new RegExp(OPERATOR.name) }).getByText('Sedang bertugas').waitFor();
    await table.getByRole('button', { name: 'Aktifkan kembali Agus Salim' }).click();
    await page.getByText('Agus Salim aktif kembali.').waitFor();
    expect(await active()).toContain('Agus Salim');

    const deadlines = await openSettings(s.harness, 'waktu');
    await deadlines.getByLabel('Batas waktu melengkapi berkas (hari)').fill('7');
    // A revised SOP is a data change: step 2's standard time overridden, the others left to the SOP.
    await deadlines.getByLabel('Menit standar langkah 2').fill('7');
    await saveSettings(deadlines);
    await page.getByText('Pengaturan alur kerja tersimpan.').waitFor();
    const saved = await s.invoke<{ waitingDeadlineDays: number; standardMinutes: Record<string, number> }>('workflow.settings.get', {});
    expect(saved.waitingDeadlineDays).toBe(7);
    expect(saved.standardMinutes).toEqual({ '2': 7 });
    expect((await s.invoke<{ operators: { name: string }[] }>('operators.list', {})).operators.map((o) => o.name)).toContain('Agus Salim');
  });
});
