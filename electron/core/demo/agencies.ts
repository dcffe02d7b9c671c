import type { Sex } from './names';

/** Perangkat daerah of a kabupaten whose staff sit on Pokja Pemilihan, with the codes used in their letter numbers. */
export interface Agency {
  name: string;
  code: string;
  weight: number;
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Bagian Pengadaan Barang dan Jasa Sekretariat Daerah', code: 'PBJ', weight: 30 },
  { name: 'Dinas Pekerjaan Umum dan Penataan Ruang', code: 'DPUPR', weight: 14 },
  { name: 'Dinas Perumahan dan Kawasan Permukiman', code: 'DISPERKIM', weight: 6 },
  { name: 'Dinas Kesehatan', code: 'DINKES', weight: 7 },
  { name: 'Dinas Pendidikan dan Kebudayaan', code: 'DISDIKBUD', weight: 7 },
  { name: 'Dinas Perhubungan', code: 'DISHUB', weight: 4 },
  { name: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', code: 'BAPPERIDA', weight: 3 },
  { name: 'Badan Pengelolaan Keuangan dan Aset Daerah', code: 'BPKAD', weight: 4 },
  { name: 'Dinas Lingkungan Hidup', code: 'DLH', weight: 3 },
  { name: 'Dinas Pertanian dan Ketahanan Pangan', code: 'DISTANKP', weight: 3 },
  { name: 'Rumah Sakit Umum Daerah', code: 'RSUD', weight: 5 },
  { name: 'Dinas Komunikasi dan Informatika', code: 'DISKOMINFO', weight: 4 },
  { name: 'Badan Penanggulangan Bencana Daerah', code: 'BPBD', weight: 2 },
  { name: 'Dinas Sosial', code: 'DINSOS', weight: 2 },
  { name: 'Sekretariat DPRD', code: 'SETWAN', weight: 2 },
  { name: 'Inspektorat Daerah', code: 'ITDA', weight: 2 },
];

/** Positions (jabatan) of Pokja Pemilihan members: mostly the functional PPBJ track. */
export const POSITIONS: ReadonlyArray<readonly [string, number]> = [
  ['Pengelola Pengadaan Barang/Jasa Ahli Pertama', 30],
  ['Pengelola Pengadaan Barang/Jasa Ahli Muda', 28],
  ['Pengelola Pengadaan Barang/Jasa Ahli Madya', 10],
  ['Kepala Subbagian Pengelolaan Pengadaan Barang/Jasa', 5],
  ['Kepala Subbagian Pembinaan dan Advokasi Pengadaan Barang/Jasa', 4],
  ['Analis Kebijakan Ahli Muda', 5],
  ['Penata Kelola Pengadaan Barang/Jasa', 6],
  ['Teknik Jalan dan Jembatan Ahli Muda', 4],
  ['Penata Bangunan Gedung dan Permukiman Ahli Pertama', 4],
  ['Pranata Komputer Ahli Pertama', 4],
];

/** The admins at the UKPBJ counter who receive the files (Petugas penerima); the sex gives the NIP's 15th digit of a training operator. */
export const OPERATORS: ReadonlyArray<{ name: string; sex: Sex }> = [
  { name: 'Rina Marlina, S.Kom.', sex: 'P' },
  { name: 'Ahmad Fauzi, S.T.', sex: 'L' },
  { name: 'Dewi Anggraini, A.Md.', sex: 'P' },
  { name: 'Yoga Pratama, S.Kom.', sex: 'L' },
];

export const NOTES: ReadonlyArray<readonly [string, number]> = [
  ['', 70],
  ['Diserahkan langsung oleh yang bersangkutan.', 8],
  ['Berkas diantar oleh staf sekretariat perangkat daerah.', 5],
  ['Surat asli menyusul; diterima pindaian melalui surel.', 3],
  ['Akun terkunci setelah beberapa kali salah memasukkan kata sandi.', 6],
  ['Pemohon lupa kata sandi setelah cuti panjang.', 4],
  ['Pemohon pindah tugas ke perangkat daerah lain.', 4],
];
