/**
 * `loket export --data-dir DIR (--case BERKAS | --all) --to ARCHIVE_ROOT`: exports closed cases as
 * BagIt bags to an archive folder, exactly as the app's outbox does (staging on the destination,
 * checksums re-read, atomic rename, a new version after a change). Exit 1 when a case still waits.
 */
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { EXPORT_STATE_LABELS } from '../../../shared/domain/archive';
import { caseIdSchema } from '../../../shared/domain/case';
import { archiveOf } from '../../core/archive/archiveService';
import { storeOf } from '../../core/createCore';
import { defineCommand } from '../command';
import { dataDirOption, operatorAccess, operatorOptions, withCore, type CoreSession } from '../coreSession';
import { UsageError } from '../errors';
import { listAllCases } from './cases';

const NAME = 'export';

async function resolveCase(s: CoreSession, ref: string): Promise<string> {
  if (caseIdSchema.safeParse(ref).success) return (await s.call('cases.get', { id: ref })).id;
  const hit = (await listAllCases(s, ref)).find((c) => c.caseNumber === ref);
  if (!hit) throw new UsageError(`Berkas "${ref}" tidak ditemukan. Tulis ID berkas (mis. 2026-WS01-00001) atau nomor berkas lengkap.`, NAME);
  return hit.id;
}

export const exportCommand = defineCommand({
  name: NAME,
  summary: 'Mengekspor berkas yang sudah ditutup ke folder arsip sebagai bag BagIt.',
  summaryEn: 'Export closed cases to an archive folder as BagIt bags.',
  options: {
    'data-dir': dataDirOption,
    ...operatorOptions,
    case: { type: 'string', valueName: 'BERKAS', describe: 'ID berkas atau nomor berkas yang diekspor.' },
    all: { type: 'boolean', describe: 'Ekspor semua berkas yang sudah ditutup.' },
    to: { type: 'string', valueName: 'FOLDER-ARSIP', describe: 'Folder arsip tujuan (mis. \\\\server\\arsip). Wajib.' },
    json: { type: 'boolean', describe: 'Cetak hasil sebagai JSON (untuk skrip).' },
  },
  details: [
    'Bag ditulis dulu ke folder sementara di tujuan, diperiksa ulang checksum-nya, lalu dipindahkan',
    'ke nama akhirnya (<tahun>/<nomor-berkas>_<tanggal-tutup>). Berkas yang tidak berubah tidak',
    'diekspor ulang; berkas yang berubah mendapat versi baru (_v2), tidak pernah menimpa.',
    'Contoh:',
    '  loket export --data-dir D:\\LoketData --operator 199001152015032001 --all --to \\\\server\\arsip',
    '  loket export --case 2026-WS01-00007 --operator 199001152015032001 --to E:\\Arsip',
  ],
  async run(values, { io }) {
    if (!values.to || values.to.trim() === '') throw new UsageError('Sebutkan folder arsip tujuan dengan --to.', NAME);
    if (values.case && values.all) throw new UsageError('Pilih salah satu: --case BERKAS atau --all.', NAME);
    if (!values.case && !values.all) throw new UsageError('Sebutkan berkas dengan --case BERKAS, atau --all untuk semua berkas yang sudah ditutup.', NAME);
    const root = path.resolve(values.to);
    const caseRef = values.case;
    await withCore(values['data-dir'], io, async (s) => {
      const ids = caseRef ? [await resolveCase(s, caseRef)] : (await listAllCases(s, '')).filter((c) => c.status === 'closed').map((c) => c.id).sort();
      const archive = archiveOf(storeOf(s.core));
      const results = [];
      for (const id of ids) {
        const status = await archive.export(id, { root });
        results.push(status);
        if (!values.json) {
          const bag = status.bags.at(-1);
          io.out(status.state === 'exported' && bag ? `OK     ${id}: ${path.join(root, ...bag.path.split('/'))}\n` : `GAGAL  ${id}: ${EXPORT_STATE_LABELS[status.state].id}. ${status.lastError}\n`);
        }
      }
      const failed = results.filter((r) => r.state !== 'exported');
      if (values.json) io.out(`${JSON.stringify(results, null, 2)}\n`);
      else io.out(ids.length === 0 ? 'Tidak ada berkas yang sudah ditutup.\n' : `${results.length - failed.length} dari ${results.length} berkas tersimpan di ${root}.\n`);
      if (failed.length > 0) throw new AppError('storage', `${failed.length} berkas belum terekspor; lihat alasannya di atas, perbaiki, lalu jalankan perintah ini lagi.`);
    }, operatorAccess(values));
  },
});
