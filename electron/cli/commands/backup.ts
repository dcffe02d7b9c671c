/**
 * `loket backup --data-dir DIR --to DIR`: one backup of the whole data folder into a folder
 * (issue 5 §7), complete or not at all — the same writer as the app's scheduled backups.
 */
import path from 'node:path';
import { storeOf } from '../../core/createCore';
import { backupName, localStampOf } from '../../core/backup/backupManifest';
import { writeBackup } from '../../core/backup/writeBackup';
import { defineCommand } from '../command';
import { dataDirOption, withCore } from '../coreSession';
import { UsageError } from '../errors';
import { version } from '../../../package.json';

export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'Mencadangkan seluruh folder data ke folder lain (mis. drive jaringan).',
  summaryEn: 'Back up the whole data folder to another folder (e.g. the shared drive).',
  options: {
    'data-dir': dataDirOption,
    to: { type: 'string', valueName: 'FOLDER', describe: 'Folder tujuan cadangan (harus sudah ada). Wajib.' },
  },
  details: [
    'Cadangan dibuat dalam folder loket-cadangan_<WS>_<TTTT-BB-HH_jjmmdd> dan baru diberi nama itu setelah',
    'lengkap dan tercatat sidik sha256 setiap berkasnya. Tutup aplikasi dahulu (satu proses per folder data);',
    'selama aplikasi terbuka, pencadangan terjadwal (Pengaturan → Arsip & cadangan) berjalan di aplikasi itu sendiri.',
    'Contoh:',
    '  loket backup --to \\\\server\\arsip\\cadangan',
  ],
  async run(values, { io }) {
    if (!values.to) throw new UsageError('Sebutkan folder tujuan cadangan dengan --to.', 'backup');
    const root = path.resolve(values.to);
    await withCore(values['data-dir'], io, async (s) => {
      const store = storeOf(s.core);
      const ws = store.settings.get().workstationCode;
      const { dir, manifest } = await writeBackup({
        dataDir: s.dataDir,
        root,
        name: backupName(ws, localStampOf(store.ctx.now(), store.settings.get().timeZone)),
        workstation: ws,
        appVersion: version,
        now: store.ctx.now,
      });
      io.out(`Cadangan lengkap: ${dir}\n${manifest.cases} berkas permohonan, ${manifest.blobs} berkas dokumen, ${manifest.files.length} berkas, ${manifest.bytes} bita.\n`);
    });
  },
});
