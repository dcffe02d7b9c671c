import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../electron/cli/command';
import { CoreCallError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from '../../electron/cli/errors';
import { captureIo } from '../support/cliIo';
import { mainHelp, runCli } from '../../electron/cli/run';
import { AppError } from '../../shared/contract/result';

const capture = captureIo;

/** A command whose behaviour is chosen by --mode, to drive every branch of the runner. */
const probe = defineCommand({
  name: 'coba',
  summary: 'Perintah percobaan.',
  summaryEn: 'Probe command.',
  options: { mode: { type: 'string', describe: 'Perilaku.' } },
  async run(values, { io }) {
    switch (values.mode) {
      case 'usage':
        throw new UsageError('Nilai --mode salah.');
      case 'app':
        throw new AppError('storage', 'Folder data tidak dapat dibuka.');
      case 'invalid':
        throw new CoreCallError({ code: 'invalid_input', message: 'Data belum benar.', fields: { mode: 'Terlalu panjang.', 'requester.nip': 'NIP harus 18 digit.' } });
      case 'conflict':
        throw new CoreCallError({ code: 'conflict', message: 'Sudah ada.' });
      case 'boom':
        throw new Error('disk meledak');
      default:
        io.out('ok\n');
    }
  },
});
const table = [probe];

describe('runCli', () => {
  it('runs the named command and exits 0', async () => {
    const io = capture();
    expect(await runCli(['coba'], io, table)).toBe(EXIT_OK);
    expect(io.stdout).toBe('ok\n');
    expect(io.stderr).toBe('');
  });

  it('prints the command list for --help (stdout, 0) and for no arguments (stderr, 2)', async () => {
    const help = capture();
    expect(await runCli(['--help'], help, table)).toBe(EXIT_OK);
    expect(help.stdout).toBe(mainHelp(table));
    expect(help.stdout).toMatch(/^ {2}coba {2}Perintah percobaan\.$/m);
    const none = capture();
    expect(await runCli([], none, table)).toBe(EXIT_USAGE);
    expect(none.stderr).toBe(mainHelp(table));
    expect(none.stdout).toBe('');
  });

  it('prints command help for --help/-h anywhere before "--", even next to bad options', async () => {
    for (const argv of [['coba', '--help'], ['coba', '--unknown', '-h'], ['coba', '--mode', 'boom', '--help']]) {
      const io = capture();
      expect(await runCli(argv, io, table)).toBe(EXIT_OK);
      expect(io.stdout).toContain('loket coba — Perintah percobaan.');
    }
  });

  it.each([
    [['hapus'], 'loket: Perintah tidak dikenal: hapus.\nLihat "loket --help".\n'],
    [['--data-dir', 'x'], 'loket: Tulis perintahnya sebelum opsi, mis. "loket cases --data-dir …".\nLihat "loket --help".\n'],
    [['coba', '--nope'], 'loket: Opsi tidak dikenal: --nope.\nLihat "loket coba --help".\n'],
    [['coba', '--mode', 'usage'], 'loket: Nilai --mode salah.\nLihat "loket coba --help".\n'],
    [['coba', '--mode', 'invalid'], 'loket: Data belum benar.\n  --mode: Terlalu panjang.\n  requester.nip: NIP harus 18 digit.\n'],
  ])('exits 2 for the usage error %j', async (argv, stderr) => {
    const io = capture();
    expect(await runCli(argv, io, table)).toBe(EXIT_USAGE);
    expect(io.stderr).toBe(stderr);
    expect(io.stdout).toBe('');
  });

  it.each([
    [['coba', '--mode', 'app'], 'loket: Folder data tidak dapat dibuka.\n'],
    [['coba', '--mode', 'conflict'], 'loket: Sudah ada.\n'],
    [['coba', '--mode', 'boom'], 'loket: Terjadi kesalahan yang tidak terduga: disk meledak\nBila berulang, laporkan ke petugas TI.\n'],
  ])('exits 1 with the Indonesian message for the failure %j', async (argv, stderr) => {
    const io = capture();
    expect(await runCli(argv, io, table)).toBe(EXIT_FAILURE);
    expect(io.stderr).toBe(stderr);
  });
});
