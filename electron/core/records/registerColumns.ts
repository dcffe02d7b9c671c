/**
 * The columns of each register (ANRI, docs/reference.md §3) — header text, width in the workbook and how
 * a row fills it. The XLSX sheets and the CSV files are both written from this one table.
 */
import type { Registers } from '../../../shared/domain/archive';
import { formatTanggal } from '../../../shared/dates';

export const REGISTER_KINDS = ['daftar_berkas', 'daftar_isi_berkas', 'fisik'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export interface Column<Row> {
  header: string;
  /** Workbook column width in characters. */
  width: number;
  value: (row: Row) => string | number;
}

type RowOf<K extends RegisterKind> = K extends 'daftar_berkas'
  ? Registers['daftarBerkas'][number]
  : K extends 'daftar_isi_berkas'
    ? Registers['daftarIsiBerkas'][number]
    : Registers['physical'][number];

export interface RegisterSpec<K extends RegisterKind> {
  kind: K;
  /** Sheet name and title (Excel: at most 31 characters). */
  title: string;
  /** File name stem, e.g. "daftar-berkas". */
  stem: string;
  columns: readonly Column<RowOf<K>>[];
  rows: (r: Registers) => readonly RowOf<K>[];
}

export const REGISTER_SPECS: { [K in RegisterKind]: RegisterSpec<K> } = {
  daftar_berkas: {
    kind: 'daftar_berkas',
    title: 'Daftar Berkas',
    stem: 'daftar-berkas',
    rows: (r) => r.daftarBerkas,
    columns: [
      { header: 'No.', width: 6, value: (r) => r.no },
      { header: 'Kode Klasifikasi', width: 14, value: (r) => r.kodeKlasifikasi },
      { header: 'Nomor Berkas', width: 30, value: (r) => r.nomorBerkas },
      { header: 'Unit Pengolah', width: 28, value: (r) => r.unitPengolah },
      { header: 'Uraian Informasi Berkas', width: 60, value: (r) => r.uraianInformasi },
      { header: 'Kurun Waktu', width: 26, value: (r) => r.kurunWaktu },
      { header: 'Jumlah Item', width: 10, value: (r) => r.jumlahItem },
      { header: 'Keterangan', width: 22, value: (r) => r.keterangan },
      { header: 'Klasifikasi Keamanan dan Akses', width: 18, value: (r) => r.klasifikasiKeamanan },
      { header: 'Hasil Akhir', width: 24, value: (r) => r.hasilAkhir },
      { header: 'ID Berkas', width: 17, value: (r) => r.caseId },
    ],
  },
  daftar_isi_berkas: {
    kind: 'daftar_isi_berkas',
    title: 'Daftar Isi Berkas',
    stem: 'daftar-isi-berkas',
    rows: (r) => r.daftarIsiBerkas,
    columns: [
      { header: 'Nomor Berkas', width: 30, value: (r) => r.nomorBerkas },
      { header: 'Nomor Item Arsip', width: 10, value: (r) => r.nomorItem },
      { header: 'Kode Klasifikasi', width: 14, value: (r) => r.kodeKlasifikasi },
      { header: 'Uraian Informasi Arsip', width: 60, value: (r) => r.uraianInformasi },
      { header: 'Tanggal', width: 18, value: (r) => formatTanggal(r.tanggal) },
      { header: 'Jumlah', width: 12, value: (r) => r.jumlah },
      { header: 'Keterangan', width: 14, value: (r) => r.keterangan },
    ],
  },
  fisik: {
    kind: 'fisik',
    title: 'Daftar Arsip Fisik',
    stem: 'daftar-arsip-fisik',
    rows: (r) => r.physical,
    columns: [
      { header: 'Nomor Berkas', width: 30, value: (r) => r.nomorBerkas },
      { header: 'Uraian Informasi Berkas', width: 60, value: (r) => r.uraianInformasi },
      { header: 'Tingkat Perkembangan', width: 16, value: (r) => r.tingkatPerkembangan },
      { header: 'Nomor Boks', width: 12, value: (r) => r.boks },
      { header: 'Nomor Folder', width: 12, value: (r) => r.folder },
      { header: 'Lokasi Simpan', width: 24, value: (r) => r.lokasi },
      { header: 'Retensi Aktif s.d.', width: 18, value: (r) => formatTanggal(r.retensiAktifSampai) },
      { header: 'ID Berkas', width: 17, value: (r) => r.caseId },
    ],
  },
};

/** File name for a register or the whole workbook: "daftar-berkas_2026-11-01_2026-11-30.xlsx". */
export function registerFileName(stem: string, from: string, to: string, ext: 'xlsx' | 'csv'): string {
  return `${stem}_${from}_${to}.${ext}`;
}
