/**
 * `loket restore --from BACKUP --data-dir DIR [--force]`: checks every file of a backup against its
 * manifest, then puts it in place as a whole (issue 5 §7). A non-empty folder is refused unless
 * --force, which moves its content aside (never deletes it). Run it with the app closed.
 */
import { damagedInBackup, restoreBackup } from '../../core/backup/restoreBackup';
import { defineCommand } from '../command';
import { dataDirOption, prepareDataDir } from '../coreSession';
import { UsageError } from '../errors';
import { AppError } from '../../../shared/contract/result';

export const restoreCommand = defineCommand({
  name: 'restore',
  summary: 'Memulihkan folder data dari sebuah cadangan (setelah diperiksa utuh).',
  summaryEn: 'Restore a data folder from a backup (verified first).',
  options: {
    from: { type: 'string', valueName: 'CADANGAN', describe: 'Folder cadangan (loket-cadangan_…). Wajib.' },
    'data-dir': dataDirOption,
    force: { type: 'boolean', describe: 'Pulihkan juga bila folder data tidak kosong; isinya dipindahkan ke samping, tidak dihapus.' },
  },
  details: [
    'Tutup aplikasi sebelum memulihkan. Setiap berkas cadangan dicocokkan dengan sidik sha256 di',
    'loket-cadangan.json; bila ada yang hilang atau berubah, tidak ada yang dipulihkan.',
    'Contoh:',
    '  loket restore --from \\\\server\\arsip\\cadangan\\loket-cadangan_WS01_2026-11-25_170000 --data-dir D:\\LoketData',
  ],
  async run(values, { io }) {
    if (!values.from) throw new UsageError('Sebutkan folder cadangan dengan --from.', 'restore');
    const dataDir = await prepareDataDir(values['data-dir'], io);
    const { manifest, movedAside } = await restoreBackup(values.from, dataDir, values.force === true);
    if (movedAside) io.out(`Isi folder data sebelumnya dipindahkan ke ${movedAside}.\n`);
    const missing = damagedInBackup(manifest);
    const checked = missing.length === 0 ? 'semuanya cocok dengan sidik sha256' : `semuanya cocok dengan sidik sha256, tetapi ${missing.length} dokumen tidak ada di cadangan ini`;
    io.out(`Dipulihkan ke ${dataDir}: ${manifest.cases} berkas permohonan, ${manifest.blobs} berkas dokumen (cadangan ${manifest.createdAt}), ${checked}.\n`);
    // Restored, but not whole: say so and fail, so no script takes it for a clean restore.
    if (missing.length > 0) {
      for (const line of missing) io.err(`loket: peringatan: ${line}\n`);
      throw new AppError('corrupt', `${missing.length} dokumen tidak ada di cadangan ini karena sudah rusak saat dicadangkan. Salin dokumen itu dari cadangan lain (lihat peringatan di atas), lalu jalankan "loket fixity".`);
    }
  },
});
