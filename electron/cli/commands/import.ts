/**
 * `loket import --case CASE FILE...`: attaches scanned/received files to a case, exactly as the app's
 * import does (type from the content, limits, refusals in Indonesian, nothing kept on failure).
 * Each FILE becomes one document. Takes positional FILE arguments, so it implements CliCommand itself.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, localDate } from '../../../shared/dates';
import { caseIdSchema } from '../../../shared/domain/case';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '../../../shared/domain/document';
import { storeOf } from '../../core/createCore';
import { documentsOf } from '../../core/documents/service';
import type { CliCommand, OptionSpec } from '../command';
import { dataDirOption, operatorAccess, operatorOptions, withCore, type CoreSession } from '../coreSession';
import { CoreCallError, translateParseError, UsageError } from '../errors';

const TYPES: Record<string, DocumentType> = { surat: 'request_letter', sk: 'sk', pelengkap: 'supplementary', lain: 'other' };

const options = {
  'data-dir': dataDirOption,
  ...operatorOptions,
  case: { type: 'string', valueName: 'BERKAS', describe: 'ID berkas (mis. 2026-WS01-00007) atau nomor berkas permohonan. Wajib.' },
  type: { type: 'string', valueName: 'JENIS', describe: 'Jenis dokumen: surat (bawaan), sk, pelengkap, lain.' },
  received: { type: 'string', valueName: 'TTTT-BB-HH', describe: 'Tanggal dokumen diterima (bawaan: hari ini).' },
  salinan: { type: 'boolean', describe: 'Dokumen berupa salinan (bawaan: asli).' },
} as const satisfies Record<string, OptionSpec>;

async function resolveCase(s: CoreSession, ref: string): Promise<string> {
  if (caseIdSchema.safeParse(ref).success) return (await s.call('cases.get', { id: ref })).id;
  const page = await s.call('cases.list', { text: ref, limit: 50 });
  const hit = page.items.find((c) => c.caseNumber === ref);
  if (!hit) throw new CoreCallError({ code: 'not_found', message: `Berkas permohonan "${ref}" tidak ditemukan. Periksa ID atau nomor berkas (lihat "loket cases").` });
  return hit.id;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Melampirkan berkas pindaian (PDF, JPEG, PNG, TIFF) ke berkas permohonan.',
  summaryEn: 'Attach scanned files (PDF, JPEG, PNG, TIFF) to a request case.',
  operands: 'BERKAS-PINDAIAN...',
  options,
  details: [
    'Pemakaian: loket import --case BERKAS --operator NIP [opsi] BERKAS-PINDAIAN...',
    'Setiap berkas pindaian menjadi satu dokumen. Jenis berkas dikenali dari isinya, bukan dari',
    'namanya; berkas yang rusak, terkunci kata sandi, atau terlalu besar ditolak tanpa meninggalkan sisa.',
    'Contoh:',
    '  loket import --case 2026-WS01-00007 --operator 199001152015032001 surat.pdf',
    '  loket import --case 0007/WS01/RP/XI/2026 --operator 199001152015032001 --type sk --salinan sk.tif',
  ],
  async invoke(argv, { io }) {
    let values: { [K in keyof typeof options]?: (typeof options)[K]['type'] extends 'string' ? string : boolean };
    let files: string[];
    try {
      const parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
      values = parsed.values;
      files = parsed.positionals;
    } catch (e) {
      throw translateParseError(e, 'import') ?? e;
    }
    if (!values.case) throw new UsageError('Sebutkan berkas permohonan tujuan dengan --case.', 'import');
    if (files.length === 0) throw new UsageError('Sebutkan sedikitnya satu berkas pindaian yang diimpor.', 'import');
    const type = TYPES[values.type ?? 'surat'];
    if (!type) throw new UsageError(`Jenis dokumen "${values.type}" tidak dikenal; pilih surat, sk, pelengkap, atau lain.`, 'import');
    const receivedDate = values.received ?? localDate(io.now ? io.now() : new Date());
    if (!isIsoDate(receivedDate)) throw new UsageError(`Tanggal --received "${receivedDate}" bukan tanggal TTTT-BB-HH yang benar.`, 'import');
    const caseRef = values.case;
    await withCore(values['data-dir'], io, async (s) => {
      const caseId = await resolveCase(s, caseRef);
      const docs = documentsOf(storeOf(s.core));
      for (const file of files) {
        try {
          const { document } = await docs.addPages(
            caseId,
            [{ file: path.resolve(file), name: path.basename(file) }],
            { type, source: 'file', developmentLevel: values.salinan ? 'salinan' : 'asli', receivedDate },
          );
          io.out(`${file}: ${DOCUMENT_TYPE_LABELS[type]}, ${document.pages.length} halaman, dilampirkan ke ${caseId}.\n`);
        } catch (e) {
          // Name the file: with several files the admin must know which one was refused.
          if (e instanceof Error) e.message = `${file}: ${e.message}`;
          throw e;
        }
      }
    }, operatorAccess(values));
  },
};
