/**
 * `loket verify-trail --data-dir DIR [BERKAS]`: checks the hash chain of every case's audit trail
 * (or one case) and reports the first broken link; exits 1 when any trail is broken (issue 3 §5).
 */
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/contract/result';
import { caseIdSchema } from '../../../shared/domain/case';
import type { CliCommand, OptionSpec } from '../command';
import { dataDirOption, withCore, type CoreSession } from '../coreSession';
import { translateParseError, UsageError } from '../errors';
import { listAllCases } from './cases';

const NAME = 'verify-trail';

const options = {
  'data-dir': dataDirOption,
  json: { type: 'boolean', describe: 'Cetak hasil pemeriksaan sebagai JSON (untuk skrip).' },
} as const satisfies Record<string, OptionSpec>;

/** Like defineCommand's parsing, plus the optional BERKAS positional. */
function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: { 'data-dir': { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw translateParseError(e, NAME) ?? e;
  }
}

/** BERKAS is the file id (2026-WS01-00001) or the case number as printed on the receipt. */
async function resolveCase(s: CoreSession, arg: string): Promise<string> {
  if (caseIdSchema.safeParse(arg).success) return arg;
  const hit = (await listAllCases(s, arg)).find((c) => c.caseNumber === arg);
  if (!hit) throw new UsageError(`Berkas "${arg}" tidak ditemukan. Tulis ID berkas (mis. 2026-WS01-00001) atau nomor berkas lengkap.`, NAME);
  return hit.id;
}

export const verifyTrailCommand: CliCommand = {
  name: NAME,
  summary: 'Memeriksa keutuhan jejak audit (rantai hash) berkas permohonan.',
  summaryEn: 'Verify the audit trails (hash chains) of the request cases.',
  operands: '[BERKAS]',
  options,
  details: [
    'Tanpa BERKAS semua berkas diperiksa. Kode keluar 1 bila ada jejak audit yang rusak.',
    'Contoh:',
    '  loket verify-trail --data-dir D:\\LoketData',
    '  loket verify-trail 2026-WS01-00007',
  ],
  async invoke(argv, { io }) {
    const parsed = parseCommandLine(argv);
    if (parsed.positionals.length > 1) throw new UsageError(`Sebutkan paling banyak satu berkas; tertulis ${parsed.positionals.length}.`, NAME);
    const target = parsed.positionals[0];
    await withCore(parsed.values['data-dir'], io, async (s) => {
      const ids = target !== undefined ? [await resolveCase(s, target)] : (await listAllCases(s, '')).map((c) => c.id).sort();
      const results = [];
      for (const id of ids) results.push({ id, ...(await s.call('workflow.trail', { id })) });
      const broken = results.filter((r) => !r.ok);
      if (parsed.values.json) io.out(`${JSON.stringify(results, null, 2)}\n`);
      else {
        for (const r of broken) io.out(`RUSAK  ${r.id}: ${r.message}\n`);
        io.out(
          broken.length === 0
            ? `Semua jejak audit utuh (${results.length} berkas, ${results.reduce((n, r) => n + r.events, 0)} peristiwa).\n`
            : `${broken.length} dari ${results.length} berkas memiliki jejak audit yang rusak.\n`,
        );
      }
      if (broken.length > 0)
        throw new AppError('corrupt', `Jejak audit ${broken.length} berkas rusak. Jangan ubah berkas tersebut; laporkan ke petugas TI beserta keluaran perintah ini.`);
    });
  },
};
