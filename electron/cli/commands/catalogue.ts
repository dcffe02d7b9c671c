/**
 * `loket catalogue status ROOT [--json]` and `loket catalogue rebuild ROOT --data-dir DIR` (issue
 * 12 §1): the office catalogue on the shared drive for IT. `status` reads every workstation's
 * catalogue and lists the bags no catalogue names and the entries whose bag is gone (exit 1 when
 * any, or a catalogue has damaged lines). `rebuild` rewrites one workstation's own catalogue — the
 * workstation of the data folder given — from its bags on the share, when it was lost or damaged.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { OfficeCatalogue } from '../../core/office/officeCatalogue';
import { featuresOf } from '../../core/createCore';
import type { CliCommand, OptionSpec } from '../command';
import { withCore } from '../coreSession';
import { archiveRootArg, parseRootArgs } from '../archiveRootArgs';
import { UsageError } from '../errors';

const NAME = 'catalogue';
const options = {
  'data-dir': { type: 'string', valueName: 'FOLDER', describe: 'rebuild: folder data workstation yang katalognya dibangun ulang.' },
  json: { type: 'boolean', describe: 'status: cetak laporan sebagai JSON.' },
} as const satisfies Record<string, OptionSpec>;

const rootOf = (arg: string | undefined) => archiveRootArg(arg, 'Sebutkan folder arsip di drive bersama, mis. loket catalogue status \\\\server\\arsip.');

export const catalogueCommand: CliCommand = {
  name: NAME,
  operands: '(status|rebuild) FOLDER-ARSIP',
  summary: 'Katalog arsip kantor di drive bersama: periksa (status) atau bangun ulang katalog workstation ini (rebuild).',
  summaryEn: 'The office catalogue on the shared drive: check it (status) or rebuild this workstation’s catalogue from its bags (rebuild).',
  options,
  details: [
    'Setiap workstation menulis katalognya sendiri di <arsip>/.loket/catalogue/<KODE>.jsonl. status membaca',
    'semuanya dan menyebut bag tanpa entri katalog serta entri yang bag-nya hilang (kode keluar 1 bila ada).',
    'rebuild menulis ulang katalog workstation folder data yang disebut dari bag-nya di drive bersama.',
    'Contoh:',
    '  loket catalogue status \\\\server\\arsip',
    '  loket catalogue rebuild \\\\server\\arsip --data-dir D:\\LoketData',
  ],
  async invoke(argv, { io }) {
    const parsed = parseRootArgs(argv, NAME);
    const [action, rootArg, ...extra] = parsed.positionals;
    if (extra.length > 0) throw new UsageError(`Argumen berlebih: ${extra.join(' ')}.`);
    if (action === 'status') {
      const root = await rootOf(rootArg);
      // A throwaway cache: IT checks the share as it is, not as some PC last saw it.
      const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-catalogue-'));
      try {
        const catalogue = new OfficeCatalogue(cacheDir);
        await catalogue.sync(root, new Date(0).toISOString(), Number.POSITIVE_INFINITY);
        const v = catalogue.view();
        const report = { root, bags: v.bags.length, entries: catalogue.entries().length, uncatalogued: v.uncatalogued, missingBags: v.missingBags, damaged: v.damaged };
        if (parsed.values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
        else {
          io.out(`${report.bags} bag di ${root}; ${report.entries} tercatat di katalog.\n`);
          for (const b of v.uncatalogued) io.out(`TANPA KATALOG  ${b}\n`);
          for (const b of v.missingBags) io.out(`BAG HILANG     ${b}\n`);
          for (const d of v.damaged) io.out(`RUSAK          ${d}\n`);
        }
        const bad = v.uncatalogued.length + v.missingBags.length + v.damaged.length;
        if (bad > 0)
          throw new AppError('corrupt', `${v.uncatalogued.length} bag tanpa entri katalog, ${v.missingBags.length} entri tanpa bag, ${v.damaged.length} katalog rusak. Bangun ulang katalog workstation yang bersangkutan (loket catalogue rebuild), atau periksa bag yang hilang (loket audit).`);
      } finally {
        await fs.rm(cacheDir, { recursive: true, force: true });
      }
      return;
    }
    if (action === 'rebuild') {
      const root = await rootOf(rootArg);
      if (parsed.values['data-dir'] === undefined) throw new UsageError('rebuild menulis katalog satu workstation: sebutkan folder datanya dengan --data-dir.');
      await withCore(parsed.values['data-dir'], io, async (s) => {
        const { code, entries } = await featuresOf(s.core).office.rebuildOwn(root);
        io.out(`Katalog ${code} dibangun ulang dari ${entries} bag di ${root}.\n`);
      });
      return;
    }
    throw new UsageError('Sebutkan status atau rebuild, mis. loket catalogue status \\\\server\\arsip.');
  },
};
