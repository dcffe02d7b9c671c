import fs from 'node:fs/promises';
import { it } from 'vitest';
import { call } from '../support/core';
import { tempDir } from '../support/tempDir';
import { validIntake } from '../../fixtures/intake';
import { testSettingsInput } from '../../fixtures/profile';
import { TestClock, drive, setUpOperator } from '../workflow/support';
import { openLettersCore } from './support';

it('shots', async () => {
  const clock = new TestClock(Date.parse('2028-02-29T03:00:00Z'));
  const lc = await openLettersCore(await tempDir(), clock.now);
  await setUpOperator(lc.core);
  await call(lc.core, 'settings.save', testSettingsInput());
  const c = await call(lc.core, 'cases.create', validIntake({ receivedAt: '2028-02-29T02:30:00Z', letter: { number: '027/145/DPUPR/2028', date: '2028-02-26', subject: 'Permohonan Reset Password SPSE' }, sk: { number: '027/12/UKPBJ/2028', date: '2028-01-05', issuer: 'Kepala UKPBJ', validFrom: '2028-01-05', validUntil: '' } }));
  const agus = await call(lc.core, 'operators.create', { name: 'Agus Salim, S.Kom.', nip: '198806102014021001', role: 'admin_agency', pin: '135790', pinConfirm: '135790' });
  await call(lc.core, 'operators.unlock', { operatorId: agus.id, pin: '135790' });
  await call(lc.core, 'letters.issue', { id: c.id, kind: 'receipt', visit: 1 });
  await drive(lc.core, c.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
  for (const kind of ['receipt', 'completeness_result', 'validity_result', 'reset_report', 'notification', 'control_sheet'] as const) {
    const p = await lc.letters.printable(c.id, kind, 1, false);
    await fs.writeFile(`/tmp/signers-shots/${kind}.pdf`, p.pdf);
  }
  // An archive copy of a receipt never printed, on a second case.
  const d = await call(lc.core, 'cases.create', validIntake({ receivedAt: '2028-02-29T02:40:00Z', letter: { number: '027/146/DPUPR/2028', date: '2028-02-26', subject: 'Permohonan Reset Password SPSE' }, sk: { number: '027/12/UKPBJ/2028', date: '2028-01-05', issuer: 'Kepala UKPBJ', validFrom: '2028-01-05', validUntil: '' } }));
  await drive(lc.core, d.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
  const archived = await lc.letters.lettersForArchive(await lc.store.cases.get(d.id));
  await fs.writeFile('/tmp/signers-shots/receipt-archive-copy.pdf', archived.find((l) => l.issued.kind === 'receipt')?.pdf ?? new Uint8Array());
  // Empty profile: the settings preview.
  const e = await openLettersCore(await tempDir(), clock.now);
  await setUpOperator(e.core);
  await fs.writeFile('/tmp/signers-shots/empty-profile-reset_report.pdf', await e.letters.templatePreviewPdf(await call(e.core, 'letters.settings.get', {}), 'reset_report'));
}, 300_000);
