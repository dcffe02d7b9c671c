/**
 * `loket report --data-dir DIR --from DATE --to DATE --out FILE.json|FILE.xlsx|FILE.pdf [--kind rekap|monitoring|petugas]
 *  [--source store|office [--archive ROOT]]`:
 * the SOP's figures over a period, from the case trails (issue 11; docs/reports.md): the JSON, the
 * workbook or the PDF/A-2b document on the letterhead, by the extension. Read-only: no operator,
 * nothing in the data folder changes.
 */
import path from 'node:path';
import { REPORT_KINDS, type ReportKind } from '../../../shared/contract/features/reports';
import { periodFromDates, REPORT_SOURCES, type ReportSource } from '../../../shared/domain/report';
import { featuresOf } from '../../core/createCore';
import { writeFileDurable } from '../../core/store/durableWrite';
import { toStorageError } from '../../core/store/storageError';
import { defineCommand } from '../command';
import { dataDirOption, withCore } from '../coreSession';
import { dateRange, outFile } from '../periodOptions';
import { UsageError } from '../errors';

const NAME = 'report';

export const reportCommand = defineCommand({
  name: NAME,
  summary: 'Menyusun laporan pelaksanaan SOP (waktu baku, petugas, monitoring SOP) untuk suatu periode.',
  summaryEn: 'Build the SOP report (standard times, officers, SOP monitoring form) for a period.',
  options: {
    'data-dir': dataDirOption,
    from: { type: 'string', valueName: 'TTTT-BB-HH', describe: 'Tanggal awal periode (zona waktu di pengaturan). Wajib.' },
    to: { type: 'string', valueName: 'TTTT-BB-HH', describe: 'Tanggal akhir periode, termasuk. Wajib.' },
    out: { type: 'string', valueName: 'BERKAS', describe: 'Berkas hasil: .json (semua angka, skema di docs/reports.md), .xlsx (lembar kerja) atau .pdf (dokumen PDF/A berkop surat dan bertanda tangan). Wajib.' },
    kind: { type: 'string', valueName: 'JENIS', describe: 'Untuk .xlsx dan .pdf: rekap (bawaan), monitoring (formulir monitoring SOP), atau petugas.' },
    source: { type: 'string', valueName: 'SUMBER', describe: 'store (bawaan): berkas di komputer ini; office: semua bundel yang diarsipkan setiap workstation ke drive bersama (berkas selesai saja).' },
    archive: { type: 'string', valueName: 'FOLDER', describe: 'Untuk --source office: folder arsip di drive bersama (bawaan: folder arsip di Pengaturan).' },
    threshold: { type: 'string', valueName: 'PERSEN', describe: 'Untuk monitoring: "berjalan dengan baik" mulai persentase ini dalam waktu baku (bawaan 90).' },
  },
  details: [
    'Angka dihitung dari rekam jejak setiap berkas: waktu kerja tanpa jeda, dibandingkan dengan waktu baku',
    'yang berlaku saat langkah itu dikerjakan. Keadaan "masih dalam proses" diambil pada akhir periode.',
    'Contoh:',
    '  loket report --from 2026-11-01 --to 2026-11-30 --out rekap-november.xlsx',
    '  loket report --from 2026-07-01 --to 2026-12-31 --out monitoring.xlsx --kind monitoring',
    '  loket report --from 2026-07-01 --to 2026-12-31 --out monitoring.pdf --kind monitoring',
    '  loket report --from 2026-01-01 --to 2026-12-31 --out laporan-2026.json',
    '  loket report --from 2026-07-01 --to 2026-12-31 --out monitoring-kantor.pdf --kind monitoring --source office',
    '  loket report --from 2026-01-01 --to 2026-12-31 --out kantor-2026.json --source office --archive \\\\server\\arsip',
  ],
  async run(values, { io }) {
    const { from, to } = dateRange(NAME, values);
    const { out, ext } = outFile(NAME, values.out, ['.json', '.xlsx', '.pdf']);
    const kind = values.kind ?? 'rekap';
    const source = values.source ?? 'store';
    if (!(REPORT_SOURCES as readonly string[]).includes(source)) throw new UsageError(`Sumber laporan "${source}" tidak dikenal; pilih store atau office.`, NAME);
    if (values.archive !== undefined && source !== 'office') throw new UsageError('--archive hanya untuk --source office.', NAME);
    if (values.archive !== undefined && values.archive.trim() === '') throw new UsageError('Opsi --archive tidak boleh kosong.', NAME);
    if (!(REPORT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`Jenis laporan "${kind}" tidak dikenal; pilih rekap, monitoring, atau petugas.`, NAME);
    if (ext === '.json' && (values.kind !== undefined || values.threshold !== undefined))
      throw new UsageError('--kind dan --threshold hanya untuk berkas .xlsx dan .pdf; berkas .json selalu memuat semua angka.', NAME);
    let threshold = 0.9;
    if (values.threshold !== undefined) {
      const n = Number(values.threshold.replace(',', '.').replace(/%$/, ''));
      if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`--threshold "${values.threshold}" harus angka persen 0 sampai 100.`, NAME);
      if (kind !== 'monitoring') throw new UsageError('--threshold hanya untuk --kind monitoring.', NAME);
      threshold = n / 100;
    }
    // A whole month, quarter, semester or year is named as such on the report ("Semester II 2026").
    const period = periodFromDates(from, to);
    await withCore(values['data-dir'], io, async (s) => {
      if (values.archive !== undefined) featuresOf(s.core).office.useRoot(path.resolve(values.archive));
      const report = await s.call('reports.compute', { period, source: source as ReportSource });
      const bytes =
        ext === '.json'
          ? Buffer.from(`${JSON.stringify(report, null, 2)}\n`)
          : Buffer.from((await s.call('reports.export', { period, source: source as ReportSource, kind: kind as ReportKind, threshold, format: ext === '.pdf' ? 'pdf' : 'xlsx' })).base64, 'base64');
      try {
        await writeFileDurable(out, bytes);
      } catch (e) {
        throw toStorageError(e, out);
      }
      const t = report.totals;
      io.out(`${t.received.count} diterima, ${t.closed.total.count} ditutup, ${t.open.count} masih dalam proses (${from} s.d. ${to}) → ${out}\n`);
      if (report.unreadable.length > 0) io.err(`loket: peringatan: ${report.unreadable.length} berkas tidak terbaca dan tidak dihitung: ${report.unreadable.join(', ')}\n`);
    });
  },
});
