/**
 * `loket operators reset --data-dir DIR [--yes]`: IT's recorded way back to first-operator setup
 * (issue 9 §3), when operators.json is lost or corrupt in a folder that holds cases and no backup
 * has it, or when every PIN is forgotten. The previous file is kept in quarantine/, the act is
 * appended to operators-log.jsonl with the OS user and computer, then the app offers setup again.
 * Asks on the terminal; a script must pass --yes. Takes the action as an operand, so it implements
 * CliCommand itself.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { storeOf } from '../../core/createCore';
import { resetOperators } from '../../core/workflow/resetOperators';
import type { CliCommand, OptionSpec } from '../command';
import { dataDirOption, withCore } from '../coreSession';
import { translateParseError, UsageError } from '../errors';
import { confirmOnTerminal, type Terminal } from '../terminalConfirm';

const options = {
  'data-dir': dataDirOption,
  yes: { type: 'boolean', describe: 'Jangan bertanya lagi (untuk skrip); tindakan tetap dicatat.' },
} as const satisfies Record<string, OptionSpec>;

/** The OS account and computer name recorded in the log; os.userInfo() throws for a user without a passwd entry. */
function whoRuns(): { osUser: string; host: string } {
  let osUser: string;
  try {
    osUser = os.userInfo().username;
  } catch {
    osUser = process.env['USERNAME'] ?? process.env['USER'] ?? 'tidak diketahui';
  }
  return { osUser, host: os.hostname() };
}

/** `terminal` is for tests; the command asks on the process's own stdin/stderr. */
export function makeOperatorsCommand(terminal?: Terminal): CliCommand {
  return {
    name: 'operators',
    summary: 'Mengatur ulang daftar petugas (tercatat), agar petugas pertama dapat didaftarkan lagi.',
    summaryEn: 'Reset the operator list (recorded) so a first operator can be set up again.',
    operands: 'reset',
    options,
    details: [
      'Pemakaian: loket operators reset --data-dir FOLDER [--yes]',
      'Bila operators.json hilang atau rusak di folder yang berisi berkas permohonan, aplikasi tidak',
      'membuka pendaftaran petugas pertama. Pulihkan dulu dari cadangan (loket restore); bila tidak ada,',
      'perintah ini memindahkan operators.json lama ke quarantine/, mencatat tindakan ini (waktu,',
      'pengguna OS, nama komputer) di operators-log.jsonl, lalu aplikasi menawarkan pendaftaran petugas',
      'pertama lagi. Tutup aplikasi sebelum menjalankannya.',
      'Contoh:',
      '  loket operators reset --data-dir D:\\LoketData',
    ],
    async invoke(argv, { io }) {
      let values: { 'data-dir'?: string; yes?: boolean };
      let operands: string[];
      try {
        const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
        values = parsed.values;
        operands = parsed.positionals;
      } catch (e) {
        throw translateParseError(e, 'operators') ?? e;
      }
      if (operands.length !== 1 || operands[0] !== 'reset')
        throw new UsageError(operands.length === 0 ? 'Sebutkan tindakannya: loket operators reset.' : `Tindakan tidak dikenal: ${operands.join(' ')}. Yang tersedia: reset.`, 'operators');
      await withCore(values['data-dir'], io, async (s) => {
        if (!values.yes) {
          const confirmed = await confirmOnTerminal(
            `Daftar petugas di ${s.dataDir} akan diatur ulang: operators.json lama dipindahkan ke quarantine/, tindakan ini dicatat, dan petugas pertama dapat didaftarkan lagi di aplikasi.`,
            'RESET',
            terminal,
          );
          if (confirmed === null) throw new UsageError('Tidak ada terminal untuk konfirmasi. Jalankan dari terminal, atau tambahkan --yes bila memang disengaja.', 'operators');
          if (!confirmed) {
            io.err('loket: dibatalkan; daftar petugas tidak diubah.\n');
            return;
          }
        }
        const by = whoRuns();
        const { previous, keptAs } = await resetOperators(storeOf(s.core).ctx, by);
        const named = previous.operators.map((o) => `${o.name} (${o.nip})`).join(', ');
        io.out(
          `Daftar petugas diatur ulang oleh ${by.osUser} di ${by.host}; dicatat di operators-log.jsonl.\n` +
            (keptAs ? `operators.json sebelumnya${named ? ` (${named})` : ''} disimpan sebagai ${keptAs}.\n` : '') +
            'Buka aplikasi dan daftarkan petugas pertama.\n',
        );
      });
    },
  };
}

export const operatorsCommand = makeOperatorsCommand();
