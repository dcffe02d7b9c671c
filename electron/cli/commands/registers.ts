/**
 * `loket registers --data-dir DIR --from DATE --to DATE --out FILE`: the ANRI registers of the cases
 * closed in a period (issue 5 §6) — FILE.xlsx: one workbook with every register; FILE.csv: the one
 * register named by --register (Daftar Berkas by default).
 */
import { writeFileDurable } from '../../core/store/durableWrite';
import { toStorageError } from '../../core/store/storageError';
import { REGISTER_KINDS, type RegisterKind } from '../../core/records/registerColumns';
import { defineCommand } from '../command';
import { dataDirOption, withCore } from '../coreSession';
import { dateRange, outFile } from '../periodOptions';
import { UsageError } from '../errors';

const NAME = 'registers';

export const registersCommand = defineCommand({
  name: NAME,
  summary: 'Menyusun Daftar Berkas, Daftar Isi Berkas, dan daftar arsip fisik (XLSX atau CSV).',
  summaryEn: 'Build the archive registers of the cases closed in a period (XLSX or CSV).',
  options: {
    'data-dir': dataDirOption,
    from: { type: 'string', valueName: 'TTTT-BB-HH', describe: 'Tanggal awal (tanggal penutupan berkas, langkah 9). Wajib.' },
    to: { type: 'string', valueName: 'TTTT-BB-HH', describe: 'Tanggal akhir. Wajib.' },
    out: { type: 'string', valueName: 'BERKAS', describe: 'Berkas hasil: .xlsx (semua daftar) atau .csv (satu daftar). Wajib.' },
    register: { type: 'string', valueName: 'DAFTAR', describe: 'Untuk .csv: daftar-berkas (bawaan), daftar-isi-berkas, atau fisik.' },
  },
  details: [
    'Berkas yang masuk daftar adalah berkas yang ditutup (langkah 9) dalam periode itu, menurut zona waktu',
    'di pengaturan. CSV memakai pemisah titik koma dan UTF-8 dengan BOM, agar langsung terbaca Excel.',
    'Contoh:',
    '  loket registers --from 2026-11-01 --to 2026-11-30 --out D:\\Arsip\\daftar-november.xlsx',
    '  loket registers --from 2026-11-01 --to 2026-11-30 --out isi.csv --register daftar-isi-berkas',
  ],
  async run(values, { io }) {
    const { from, to } = dateRange(NAME, values);
    const { out, ext } = outFile(NAME, values.out, ['.xlsx', '.csv']);
    const register = (values.register ?? 'daftar_berkas').replace(/-/g, '_');
    if (!(REGISTER_KINDS as readonly string[]).includes(register))
      throw new UsageError(`Daftar "${values.register}" tidak dikenal; pilih daftar-berkas, daftar-isi-berkas, atau fisik.`, NAME);
    if (values.register !== undefined && ext === '.xlsx') throw new UsageError('--register hanya untuk berkas .csv; berkas .xlsx selalu memuat semua daftar.', NAME);
    await withCore(values['data-dir'], io, async (s) => {
      const built = await s.call('registers.build', { from, to });
      const file = await s.call('registers.export', { from, to, format: ext === '.xlsx' ? 'xlsx' : 'csv', register: register as RegisterKind });
      try {
        await writeFileDurable(out, Buffer.from(file.base64, 'base64'));
      } catch (e) {
        throw toStorageError(e, out);
      }
      io.out(`${built.daftarBerkas.length} berkas, ${built.daftarIsiBerkas.length} item arsip (${from} s.d. ${to}) → ${out}\n`);
    });
  },
});
