import { describe, expect, it } from 'vitest';
import { commandHelp, defineCommand, integerOption } from '../../electron/cli/command';
import { UsageError } from '../../electron/cli/errors';
import type { CliIo } from '../../electron/cli/io';

const quietIo: CliIo = { out: () => undefined, err: () => undefined };

describe('defineCommand', () => {
  const seen: Array<{ dir?: string; json?: boolean }> = [];
  const cmd = defineCommand({
    name: 'uji',
    summary: 'Perintah uji.',
    summaryEn: 'Test command.',
    options: {
      dir: { type: 'string', valueName: 'FOLDER', describe: 'Folder.' },
      json: { type: 'boolean', short: 'j', describe: 'JSON.' },
    },
    details: ['Contoh: loket uji --dir x'],
    async run(values) {
      seen.push(values);
    },
  });

  it('passes typed option values to run', async () => {
    await cmd.invoke(['--dir', '/tmp/a', '-j'], { io: quietIo });
    await cmd.invoke(['--dir=/tmp/b'], { io: quietIo });
    expect(seen).toEqual([{ dir: '/tmp/a', json: true }, { dir: '/tmp/b' }]);
  });

  it.each([
    [['--nope'], 'Opsi tidak dikenal: --nope.'],
    [['extra'], 'Argumen tidak dikenal: extra.'],
    [['--dir'], 'Opsi --dir memerlukan nilai, mis. --dir=NILAI.'],
    [['--dir', '--json'], 'Opsi --dir memerlukan nilai, mis. --dir=NILAI.'],
    [['--json=ya'], 'Opsi --json tidak memakai nilai.'],
  ])('turns parseArgs errors for %j into Indonesian usage errors', async (argv, message) => {
    const err = await cmd.invoke(argv, { io: quietIo }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).message).toBe(message);
    expect((err as UsageError).command).toBe('uji');
  });

  it('writes help with both summary lines, every option and the details', () => {
    const help = commandHelp(cmd);
    expect(help).toContain('loket uji — Perintah uji.\n(Test command.)');
    expect(help).toContain('Pemakaian: loket uji [--dir FOLDER] [--json]');
    expect(help).toMatch(/ {4}--dir FOLDER {2}Folder\./);
    expect(help).toMatch(/-j, --json {8}JSON\./);
    expect(help).toContain('-h, --help');
    expect(help).toContain('Contoh: loket uji --dir x');
  });
});

describe('integerOption', () => {
  it('returns the fallback when absent and the number when valid', () => {
    expect(integerOption('count', undefined, 50, 1, 100)).toBe(50);
    expect(integerOption('count', ' 100 ', 50, 1, 100)).toBe(100);
    expect(integerOption('seed', '0', 1, 0, 10)).toBe(0);
  });

  it.each(['0', '101', '12a', '1e2', '', '-1', '2.5', '99999999999999999999'])('rejects %j with an Indonesian message', (raw) => {
    expect(() => integerOption('count', raw, 50, 1, 100)).toThrow(
      new UsageError(`Opsi --count harus bilangan bulat 1–100; tertulis "${raw}".`),
    );
  });
});
