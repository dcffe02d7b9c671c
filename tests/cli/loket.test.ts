/**
 * The built `loket` CLI, run for real: `node dist/cli/loket.mjs` as a child process on temp data
 * folders, through the real core and store.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultDataDir } from '../../electron/core/paths';
import { formatWaktu } from '../../shared/dates';
import { caseSummarySchema, type CaseSummary } from '../../shared/domain/case';
import { STATUS_LABELS } from '../../shared/domain/labels';
import { checkNip, formatNip } from '../../shared/nip';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(ROOT, 'dist/cli/loket.mjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function loket(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const summaries = z.array(caseSummarySchema);

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

async function listJson(dir: string, ...extra: string[]): Promise<CaseSummary[]> {
  const r = await loket(['cases', '--data-dir', dir, '--json', ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return summaries.parse(JSON.parse(r.stdout));
}

let tmp: string;
/** 1001 cases: one more than the contract's page size, so listing takes two cases.list calls. */
const BIG_COUNT = 1001;
let big: string;
let bigCases: CaseSummary[];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-cli-'));
  big = path.join(tmp, 'big');
  const r = await loket(['demo', '--data-dir', big, '--count', String(BIG_COUNT), '--seed', '11']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  // All but the newest 12 (left mid-way), at most 60, are walked to the end (step 9) with a scanned document, for a sample archive.
  expect(r.stdout.split('\n')[0]).toBe(`${BIG_COUNT} berkas contoh dibuat di ${big} (seluruhnya ${BIG_COUNT} berkas); 60 di antaranya sudah selesai dan diarsipkan (langkah 9) lengkap dengan dokumen.`);
  bigCases = await listJson(big);
});

afterAll(async () => {
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('loket demo + cases', () => {
  it('lists every demo case across pages, once each, as contract-shaped summaries', () => {
    expect(bigCases).toHaveLength(BIG_COUNT);
    expect(new Set(bigCases.map((c) => c.id)).size).toBe(BIG_COUNT);
    expect(new Set(bigCases.map((c) => c.caseNumber)).size).toBe(BIG_COUNT);
    expect(bigCases.filter((c) => c.status === 'closed')).toHaveLength(60);
    // The newest open ones are left mid-way (never past step 6); the rest just registered.
    expect(bigCases.filter((c) => c.status === 'registered').length).toBeGreaterThan(BIG_COUNT / 2);
    expect(new Set(bigCases.map((c) => c.status)).size).toBeGreaterThan(2);
    for (const c of bigCases) {
      expect(['registered', 'checking', 'waiting_pokja', 'ready_reset', 'closed']).toContain(c.status);
      expect(c.name.length).toBeGreaterThan(2);
      expect(Number.isNaN(Date.parse(c.receivedAt))).toBe(false);
    }
  });

  it('gives every demo case a NIP that passes checkNip', () => {
    const bad = bigCases.filter((c) => !checkNip(c.nip).ok).map((c) => `${c.id} ${c.nip}`);
    expect(bad).toEqual([]);
  });

  it('produces the same requests for the same --seed', async () => {
    const a = path.join(tmp, 'seed-a');
    const b = path.join(tmp, 'seed-b');
    for (const dir of [a, b]) expect((await loket(['demo', '--data-dir', dir, '--count', '8', '--seed', '42'])).code).toBe(0);
    const pick = (cs: CaseSummary[]) => cs.map((c) => [c.caseNumber, c.name, c.nip, c.kind, c.userId, c.letterNumber, c.receivedAt]);
    const [ca, cb] = [await listJson(a), await listJson(b)];
    expect(ca).toHaveLength(8);
    expect(pick(ca)).toEqual(pick(cb));
  });

  it('prints the register as a table: case number, received time, name, formatted NIP, kind, status', async () => {
    const r = await loket(['cases', '--data-dir', big]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Nomor berkas +Diterima +Nama +NIP +Jenis +Status$/);
    expect(lines[1]).toMatch(/^-+( {2}-+){5}$/);
    expect(lines.at(-1)).toBe(`${BIG_COUNT} berkas.`);
    // header + rule + one line per case + blank + count
    expect(lines).toHaveLength(BIG_COUNT + 4);
    const first = must(bigCases[0], 'first case');
    const row = lines[2] ?? '';
    expect(row.startsWith(first.caseNumber)).toBe(true);
    expect(row).toContain(formatWaktu(first.receivedAt, 'WIB'));
    expect(row).toContain(formatNip(first.nip));
    expect(row.endsWith(` ${STATUS_LABELS[first.status]}`)).toBe(true);
  });

  it('filters with --text through the core (NIP, name), in JSON and in the table', async () => {
    const target = must(bigCases[500], 'case 500');
    const byNip = await listJson(big, '--text', target.nip);
    expect(byNip.map((c) => c.id)).toContain(target.id);
    expect(byNip.every((c) => c.nip === target.nip)).toBe(true);
    expect(byNip.length).toBeLessThan(BIG_COUNT);

    const surname = target.name.split(',')[0]?.split(' ').at(-1) ?? '';
    const byName = await listJson(big, '--text', surname.toLowerCase());
    expect(byName.map((c) => c.id)).toContain(target.id);
    expect(byName.length).toBeLessThan(BIG_COUNT);

    const none = await loket(['cases', '--data-dir', big, '--text', 'tidak-ada-yang-cocok-xyz']);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('Tidak ada berkas yang cocok dengan "tidak-ada-yang-cocok-xyz".\n');
    expect(await listJson(big, '--text', 'tidak-ada-yang-cocok-xyz')).toEqual([]);
  });

  it('refills a demo folder that holds cases only with --force', async () => {
    const dir = path.join(tmp, 'force');
    expect((await loket(['demo', '--data-dir', dir, '--count', '3'])).code).toBe(0);
    const refused = await loket(['demo', '--data-dir', dir, '--count', '2']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `loket: Folder data ${dir} sudah berisi 3 berkas. Ini folder data contoh; tambahkan --force untuk menambah isinya.\n`,
    );
    expect(await listJson(dir)).toHaveLength(3);
    const forced = await loket(['demo', '--data-dir', dir, '--count', '2', '--seed', '5', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe(`2 berkas contoh dibuat di ${dir} (seluruhnya 5 berkas).\n`);
    expect(await listJson(dir)).toHaveLength(5);
  });

  it('prints an empty register for a new folder, created at the OS default when --data-dir is absent', async () => {
    const home = path.join(tmp, 'home');
    const env = { ...process.env, HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: path.join(home, 'xdg'), APPDATA: path.join(home, 'appdata') };
    const expected = defaultDataDir({ platform: process.platform, env, home });
    expect(existsSync(expected)).toBe(false);
    const json = await loket(['cases', '--json'], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    expect(existsSync(expected)).toBe(true);
    const table = await loket(['cases'], env);
    expect(table.stdout).toBe('Belum ada berkas.\n');
  });

  it('warns on stderr about a corrupt case file the store quarantined, and lists the rest', async () => {
    const dir = path.join(tmp, 'corrupt');
    expect((await loket(['demo', '--data-dir', dir, '--count', '4'])).code).toBe(0);
    const victim = must((await listJson(dir))[0], 'a case');
    await fs.writeFile(path.join(dir, 'cases', `${victim.id}.json`), '{"schemaVersion": 1, "id": ');
    const r = await loket(['cases', '--data-dir', dir, '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^loket: peringatan: .*cases/${victim.id}\\.json.*quarantine/`));
    const rest = summaries.parse(JSON.parse(r.stdout));
    expect(rest.map((c) => c.id)).not.toContain(victim.id);
    expect(rest).toHaveLength(3);
  });

  it('stops quietly when the reader closes the pipe early (loket cases | head)', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'cases', '--data-dir', big, '--json'], { cwd: ROOT });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result).toEqual({ code: 0, stderr: '' });
  });
});

describe('loket help and errors', () => {
  it('prints the command list for --help and per-command help', async () => {
    const main = await loket(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Pemakaian: loket <perintah> [opsi]');
    expect(main.stdout).toMatch(/^ {2}cases +Menampilkan daftar berkas permohonan\.$/m);
    expect(main.stdout).toMatch(/^ {2}demo +Mengisi folder data/m);
    const cases = await loket(['cases', '--help']);
    expect(cases.code).toBe(0);
    for (const flag of ['--data-dir FOLDER', '--text TEKS', '--json', '-h, --help']) expect(cases.stdout).toContain(flag);
    expect(cases.stdout.split('\n')[1]).toBe('(List the request cases.)');
  });

  it.each([
    [[], /^loket — perintah baris/],
    [['hapus-semua'], /^loket: Perintah tidak dikenal: hapus-semua\.\nLihat "loket --help"\.\n$/],
    [['cases', '--bogus'], /^loket: Opsi tidak dikenal: --bogus\.\nLihat "loket cases --help"\.\n$/],
    [['cases', '--data-dir'], /^loket: Opsi --data-dir memerlukan nilai/],
    [['cases', '--data-dir', ''], /^loket: Opsi --data-dir tidak boleh kosong\./],
    [['cases', '--json=ya'], /^loket: Opsi --json tidak memakai nilai\./],
    [['cases', 'semua'], /^loket: Argumen tidak dikenal: semua\./],
    [['demo', '--count', 'sepuluh'], /^loket: Opsi --count harus bilangan bulat 1–100000; tertulis "sepuluh"\./],
    [['demo', '--count', '0'], /^loket: Opsi --count harus bilangan bulat/],
    [['demo', '--seed=-3'], /^loket: Opsi --seed harus bilangan bulat 0–4294967295/],
  ])('exits 2 with an Indonesian message for %j', async (args, message) => {
    const r = await loket(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 with the contract message when the core rejects the input (--text too long)', async () => {
    const r = await loket(['cases', '--data-dir', path.join(tmp, 'long-text'), '--text', 'x'.repeat(201)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^loket: Data yang dikirim belum benar\..*\n {2}--text: .*200/);
    // zod's Indonesian locale: no English fallback text reaches the user.
    expect(r.stderr).not.toMatch(/too big|expected/i);
  });

  it('exits 1 with an Indonesian message for a data folder under a regular file, and creates nothing', async () => {
    const file = path.join(tmp, 'bukan-folder.txt');
    await fs.writeFile(file, 'isi');
    const dir = path.join(file, 'data');
    for (const args of [['cases', '--data-dir', dir], ['demo', '--data-dir', dir, '--count', '2']]) {
      const r = await loket(args);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      // The store's Indonesian wording for ENOTDIR (store/storageError.ts), never Node's English.
      expect(r.stderr).toMatch(/^loket: Jalur data tidak dapat dipakai: .*bukan folder/);
      expect(r.stderr).toContain(dir);
      expect(r.stderr).not.toMatch(/ENOTDIR|Error|not a directory/);
    }
    expect(await fs.readFile(file, 'utf8')).toBe('isi');
  });
});
