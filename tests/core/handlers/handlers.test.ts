import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/contract/channels';
import { dispatch } from '../../../shared/contract/dispatch';
import { verifyTrail } from '../../../electron/core/workflow/trail';
import { storeOf } from '../../../electron/core/createCore';
import { defaultSettings, type SettingsInput } from '../../../shared/domain/settings';
import { version } from '../../../package.json';
import { call, callError, openCore, TEST_OPERATOR } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { validIntake } from '../../fixtures/intake';

const input: SettingsInput = {
  agency: {
    institution: 'Pemerintah Kabupaten Sukamaju',
    unit: 'Bagian Pengadaan Barang dan Jasa Setda',
    address: 'Jl. Jenderal Sudirman No. 12, Sukamaju',
    city: 'Sukamaju',
    headName: 'Ir. Bambang Santoso, M.T.',
    headNip: '19700101 199503 1 001',
  },
  workstationCode: 'ws03',
  caseNumberPattern: '{seq}/{ws}/UKPBJ/{bulanRomawi}/{tahun}',
  timeZone: 'WITA',
  language: 'id',
  defaultOperator: 'Rina Marlina, S.Kom.',
};

describe('handlers', () => {
  it('implements every method of the contract', async () => {
    const core = await openCore(await tempDir());
    expect(Object.keys(core.handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('judges letter and SK dates against the core\'s own clock, not the wall clock', async () => {
    // The core thinks it is 20 November 2026 (WIB): a letter of the 21st is in its future.
    const core = await openCore(await tempDir(), () => new Date('2026-11-20T03:00:00Z'));
    const base = validIntake();
    const at = (letterDate: string) => ({ ...base, letter: { ...base.letter, date: letterDate }, sk: { ...base.sk, date: '2026-01-05', validFrom: '2026-01-05', validUntil: '' }, receivedAt: '2026-11-20T02:30:00.000Z' });
    const err = await callError(core, 'cases.create', at('2026-11-21'));
    expect(err.code).toBe('invalid_input');
    expect(err.fields).toEqual({ 'letter.date': 'Tanggal surat tidak boleh setelah hari ini.' });
    const saved = await call(core, 'cases.create', at('2026-11-20'));
    const upd = await callError(core, 'cases.update', { id: saved.id, revision: saved.revision, intake: at('2026-11-22') });
    expect(upd.fields).toEqual({ 'intake.letter.date': 'Tanggal surat tidak boleh setelah hari ini.' });
  });

  it('a new, empty data folder opens without problems', async () => {
    const core = await openCore(await tempDir());
    expect((await call(core, 'app.problems', {})).problems).toEqual([]);
    expect((await call(core, 'cases.list', {})).total).toBe(0);
  });

  it('app.info reports version, data folder, case count and host', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    await call(core, 'cases.create', demoIntake(1));
    expect(await call(core, 'app.info', {})).toEqual({ version, dataDir: dir, caseCount: 1, host: 'cli' });
  });

  it('settings: defaults until saved; save marks configured, normalises input and survives reopening', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    expect(await call(core, 'settings.get', {})).toEqual(defaultSettings());
    const saved = await call(core, 'settings.save', input);
    expect(saved).toMatchObject({ configured: true, schemaVersion: 1, workstationCode: 'WS03', timeZone: 'WITA' });
    expect(saved.agency.headNip).toBe('197001011995031001');
    await core.close();
    const reopened = await openCore(dir);
    expect(await call(reopened, 'settings.get', {})).toEqual(saved);
    expect(JSON.parse(await fs.readFile(path.join(dir, 'settings.json'), 'utf8'))).toEqual(saved);
  });

  it('settings.setLanguage keeps the language across a restart without marking the profile filled in', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    expect(await call(core, 'settings.setLanguage', { language: 'en' })).toMatchObject({ language: 'en', configured: false });
    await core.close();
    const reopened = await openCore(dir);
    expect(await call(reopened, 'settings.get', {})).toEqual({ ...defaultSettings(), language: 'en' });
    const saved = await call(reopened, 'settings.save', input);
    expect(saved).toMatchObject({ language: 'id', configured: true });
    expect(await call(reopened, 'settings.setLanguage', { language: 'en' })).toEqual({ ...saved, language: 'en' });
    const bad = await dispatch(reopened.handlers, 'settings.setLanguage', { language: 'jv' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('settings.save rejects bad input with field messages and writes nothing', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const err = await callError(core, 'settings.save', { ...input, caseNumberPattern: '{seq}/{tahun}' });
    expect(err.code).toBe('invalid_input');
    expect(err.fields?.caseNumberPattern).toMatch(/\{ws\}/);
    await expect(fs.access(path.join(dir, 'settings.json'))).rejects.toThrow();
  });

  it('settings from a newer app version are left alone: defaults shown, saving refused', async () => {
    const dir = await tempDir();
    const newer = JSON.stringify({ ...defaultSettings(), schemaVersion: 9, configured: true });
    await fs.writeFile(path.join(dir, 'settings.json'), newer);
    const core = await openCore(dir);
    expect((await call(core, 'settings.get', {})).configured).toBe(false);
    expect((await call(core, 'app.problems', {})).problems).toMatchObject([{ file: 'settings.json', kind: 'unsupported_version' }]);
    expect((await callError(core, 'settings.save', input)).code).toBe('unsupported_version');
    expect(await fs.readFile(path.join(dir, 'settings.json'), 'utf8')).toBe(newer);
  });

  it('corrupt settings are quarantined and the defaults stand in, with the problem reported', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, 'settings.json'), '{"schemaVersion":1,"agency":');
    const core = await openCore(dir);
    expect(await call(core, 'settings.get', {})).toEqual(defaultSettings());
    const problems = (await call(core, 'app.problems', {})).problems;
    expect(problems).toMatchObject([{ file: 'settings.json', kind: 'corrupt' }]);
    const [problem] = problems;
    expect(problem?.quarantinedTo).toMatch(/^quarantine\//);
  });

  it('cases.list refuses a malformed date range with field messages', async () => {
    const core = await openCore(await tempDir());
    const err = await callError(core, 'cases.list', { receivedFrom: '2026-02-30', receivedTo: '25/11/2026' });
    expect(err.code).toBe('invalid_input');
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(['receivedFrom', 'receivedTo']);
  });

  it('cases.get answers not_found in Indonesian', async () => {
    const core = await openCore(await tempDir());
    const err = await callError(core, 'cases.get', { id: '2026-WS01-00042' });
    expect(err).toMatchObject({ code: 'not_found' });
    expect(err.message).toMatch(/2026-WS01-00042 tidak ditemukan/);
  });

  it('cases.create rejects an invalid intake through the contract, writing nothing', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    const intake = demoIntake(2);
    const err = await callError(core, 'cases.create', { ...intake, requester: { ...intake.requester, nip: '123' } });
    expect(err.fields?.['requester.nip']).toBe('NIP harus 18 digit.');
    expect(await fs.readdir(path.join(dir, 'cases'))).toEqual([]);
  });
});

describe('cases.update', () => {
  it('records a correction in the audit trail, field by field, and the chain stays intact', async () => {
    const core = await openCore(await tempDir());
    const rec = await call(core, 'cases.create', demoIntake(7));
    const intake = { ...rec.intake, requester: { ...rec.intake.requester, position: 'Analis Pengadaan Ahli Muda' } };
    const updated = await call(core, 'cases.update', { id: rec.id, revision: rec.revision, intake });
    const last = updated.events.at(-1);
    expect(last).toMatchObject({
      type: 'intake_corrected',
      operator: { name: TEST_OPERATOR.name, nip: TEST_OPERATOR.nip },
      payload: { changes: [{ path: 'requester.position', before: rec.intake.requester.position, after: 'Analis Pengadaan Ahli Muda' }] },
    });
    expect(verifyTrail(updated)).toMatchObject({ ok: true });
    // Saving the same data again adds no event.
    const same = await call(core, 'cases.update', { id: rec.id, revision: updated.revision, intake });
    expect(same.events).toHaveLength(updated.events.length);
  });

  it('conflicts only when the registered data changed since the form opened, not when the record moved on', async () => {
    const core = await openCore(await tempDir());
    const rec = await call(core, 'cases.create', demoIntake(9));
    // A scan or an SOP step saves the record meanwhile: its revision moves, its intake does not.
    await storeOf(core).cases.update(rec.id, null, (c) => ({ ...c }));
    const notes = { ...rec.intake, notes: 'Berkas asli diserahkan langsung.' };
    const corrected = await call(core, 'cases.update', { id: rec.id, revision: rec.revision, intake: notes });
    expect(corrected).toMatchObject({ revision: 2, intakeRevision: 2, intake: { notes: 'Berkas asli diserahkan langsung.' } });
    // A second form opened on the first revision now conflicts: the intake changed after it.
    const stale = await callError(core, 'cases.update', { id: rec.id, revision: rec.revision, intake: { ...rec.intake, notes: 'lain' } });
    expect(stale).toMatchObject({ code: 'conflict', message: expect.stringMatching(/sudah dikoreksi/) });
    expect((await call(core, 'cases.get', { id: rec.id })).intake.notes).toBe('Berkas asli diserahkan langsung.');
  });
});
