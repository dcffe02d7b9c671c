/**
 * `loket fixity --data-dir DIR [--backups DIR] [--json]`: the periodic local fixity check (NDSA:
 * verify on a schedule; IT runs it from the Task Scheduler). Every blob of the data folder is
 * rehashed against its name; each damaged one is named with the cases that use it and the last good
 * copy found in the backups (the backup folder of archive.json unless --backups); so is a blob a case
 * names that is not there at all. Read-only: it
 * repairs nothing and records no hash. Exit 1 when a blob is damaged.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { archiveSettingsSchema } from '../../../shared/domain/archive';
import { ARCHIVE_SETTINGS_FILE } from '../../core/archive/archiveSettingsFile';
import { checkBlobFixity, damageLine, missingLine } from '../../core/documents/blobFixity';
import { defineCommand } from '../command';
import { dataDirOption, resolveDataDir } from '../coreSession';

/** The backup folder the app is configured with, '' when none or archive.json is unreadable. */
async function configuredBackupRoot(dataDir: string): Promise<string> {
  try {
    const parsed = archiveSettingsSchema.safeParse(JSON.parse(await fs.readFile(path.join(dataDir, ARCHIVE_SETTINGS_FILE), 'utf8')));
    return parsed.success ? parsed.data.backup.root : '';
  } catch {
    return '';
  }
}

export const fixityCommand = defineCommand({
  name: 'fixity',
  summary: 'Memeriksa sidik sha256 setiap dokumen tersimpan; menyebut yang rusak dan salinan baiknya.',
  summaryEn: 'Rehash every stored document against its sha256 name and find good copies in the backups.',
  options: {
    'data-dir': dataDirOption,
    backups: { type: 'string', valueName: 'FOLDER', describe: 'Folder cadangan tempat mencari salinan baik (bawaan: folder cadangan di Pengaturan).' },
    json: { type: 'boolean', describe: 'Cetak laporan sebagai JSON (untuk skrip).' },
  },
  details: [
    'Nama setiap dokumen di blobs/ adalah sidik sha256 isinya; dokumen yang isinya tidak cocok disebut',
    'bersama berkas permohonan yang memakainya dan salinan baik terakhir di folder cadangan. Tidak ada',
    'yang diubah; dokumen yang disebut berkas tetapi tidak ada juga dilaporkan. Kode keluar 1 bila ada',
    'dokumen rusak atau hilang. Jalankan terjadwal, mis. tiap minggu.',
    'Contoh:',
    '  loket fixity --data-dir D:\\LoketData',
    '  loket fixity --backups \\\\server\\arsip\\cadangan --json',
  ],
  async run(values, { io }) {
    const dataDir = resolveDataDir(values['data-dir']);
    const st = await fs.stat(dataDir).catch(() => null);
    if (!st?.isDirectory()) throw new AppError('not_found', `Folder data ${dataDir} tidak ditemukan.`);
    const backupRoot = values.backups ? path.resolve(values.backups) : await configuredBackupRoot(dataDir);
    const report = await checkBlobFixity(dataDir, backupRoot);
    if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
    else {
      for (const d of report.damaged) io.out(`RUSAK  ${damageLine(d)}\n`);
      for (const m of report.missing) io.out(`HILANG ${missingLine(m)}\n`);
      const bad = report.damaged.length + report.missing.length;
      const summary = bad === 0 ? 'semuanya cocok dengan sidik sha256-nya' : `${report.damaged.length} rusak, ${report.missing.length} hilang`;
      io.out(`${report.checked} dokumen diperiksa (${report.bytes} bita); ${summary}.\n`);
      if (bad > 0 && !backupRoot) io.out('Folder cadangan belum diatur: sebutkan --backups untuk mencari salinan baik.\n');
    }
    if (report.damaged.length + report.missing.length > 0)
      throw new AppError(
        'corrupt',
        `${report.damaged.length} dokumen tersimpan rusak dan ${report.missing.length} hilang. Salin salinan baiknya ke tempatnya (jalur di atas) dengan aplikasi tertutup, atau pulihkan dari cadangan; laporkan ke petugas TI.`,
      );
  },
});
