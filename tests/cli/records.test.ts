import fs from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { captureIo, runLoket } from '../support/cliIo';
import { DEMO_NIP, DEMO_PIN } from '../../electron/core/demo/closeDemoCases';
import { tempDir } from '../core/support/tempDir';

const run = (...argv: string[]) => runLoket(argv);

describe('loket demo --closed, registers, backup and restore', () => {
  it('makes closed demo cases, lists them in the registers, backs the folder up and restores it', async () => {
    const data = await tempDir();
    const demo = await run('demo', '--data-dir', data, '--count', '12', '--closed', '4', '--seed', '5');
    expect(demo).toMatchObject({ code: 0, stderr: '' });
    expect(demo.stdout).toContain('12 berkas contoh dibuat');
    expect(demo.stdout).toContain('4 di antaranya sudah selesai dan diarsipkan');
    expect(demo.stdout).toContain('PIN 246810');

    const out = await tempDir('loket-registers-');
    const xlsx = path.join(out, 'daftar.xlsx');
    const reg = await run('registers', '--data-dir', data, '--from', '2000-01-01', '--to', '2100-12-31', '--out', xlsx);
    expect(reg).toMatchObject({ code: 0, stderr: '' });
    expect(reg.stdout).toMatch(/^4 berkas, \d+ item arsip/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.getWorksheet('Daftar Berkas')?.rowCount).toBe(6 + 4);
    const csv = path.join(out, 'isi.csv');
    expect((await run('registers', '--data-dir', data, '--from', '2000-01-01', '--to', '2100-12-31', '--out', csv, '--register', 'daftar-isi-berkas')).code).toBe(0);
    const text = await fs.readFile(csv, 'utf8');
    expect(text.startsWith('\uFEFFNomor Berkas;Nomor Item Arsip;')).toBe(true);

    for (const [args, message] of [
      [['--from', '2026-13-01', '--to', '2026-12-31', '--out', xlsx], 'bukan tanggal'],
      [['--from', '2026-12-01', '--to', '2026-11-01', '--out', xlsx], 'sebelum tanggal --from'],
      [['--from', '2026-11-01', '--to', '2026-11-30', '--out', path.join(out, 'a.pdf')], '.xlsx atau .csv'],
      [['--from', '2026-11-01', '--to', '2026-11-30', '--out', csv, '--register', 'surat'], 'tidak dikenal'],
    ] as const) {
      const bad = await run('registers', '--data-dir', data, ...args);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain(message);
    }

    const root = await tempDir('loket-backup-root-');
    const backup = await run('backup', '--data-dir', data, '--to', root);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    expect(backup.stdout).toContain('12 berkas permohonan');
    const [name] = await fs.readdir(root);
    expect(name).toMatch(/^loket-cadangan_WS01_/);
    const target = path.join(await tempDir(), 'pulih');
    const restore = await run('restore', '--from', path.join(root, name as string), '--data-dir', target);
    expect(restore).toMatchObject({ code: 0, stderr: '' });
    expect(restore.stdout).toContain('semuanya cocok dengan sidik sha256');
    const again = await run('restore', '--from', path.join(root, name as string), '--data-dir', target);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('tidak kosong');
    const cases = await run('cases', '--data-dir', target);
    expect(cases.code).toBe(0);

    const missing = await run('backup', '--data-dir', data, '--to', path.join(root, 'tidak-ada'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('tidak ditemukan');
    expect(await fs.readdir(root)).toEqual([name]);
    expect((await run('backup', '--data-dir', data)).code).toBe(2);
  });

  it('loket demo + loket export --all makes a sample archive that loket verify accepts, listed in the registers with its letters', async () => {
    const data = await tempDir();
    const archive = await tempDir('loket-sample-archive-');
    expect((await run('demo', '--data-dir', data, '--count', '6', '--closed', '2', '--seed', '9')).code).toBe(0);
    // The training operator the demo made exports, typing its printed PIN.
    const exported = await runLoket(['export', '--data-dir', data, '--all', '--to', archive, '--operator', DEMO_NIP], captureIo({ terminal: DEMO_PIN }));
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain('2 dari 2 berkas');
    const verified = await run('verify', archive);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('Semua bag utuh (2)');
    // The letters the export issued are items of the Daftar Isi Berkas after the scanned documents.
    const csv = path.join(await tempDir('loket-registers-'), 'isi.csv');
    expect((await run('registers', '--data-dir', data, '--from', '2000-01-01', '--to', '2100-12-31', '--out', csv, '--register', 'daftar-isi-berkas')).code).toBe(0);
    const text = await fs.readFile(csv, 'utf8');
    expect(text).toContain(';asli\r\n');
    expect(text).toContain(';elektronik\r\n');
    expect(text).toContain('Lembar Kendali');
  }, 120_000);
});
