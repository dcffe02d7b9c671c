/**
 * File-system failures → AppError('storage') with an Indonesian message that names the path and
 * says what the admin can do. Nothing typed is lost: the caller keeps its input and may retry.
 */
import { AppError } from '../../../shared/contract/result';

export function errnoCode(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') return e.code;
  return undefined;
}

export function toStorageError(e: unknown, target: string): AppError {
  if (e instanceof AppError) return e;
  const code = errnoCode(e);
  switch (code) {
    case 'ENOENT':
      return new AppError('storage', `Folder atau berkas data tidak ditemukan: ${target}. Pastikan drive atau folder data tersedia (mis. flashdisk atau drive jaringan sudah terpasang), lalu coba lagi.`);
    case 'ENOTDIR':
      return new AppError('storage', `Jalur data tidak dapat dipakai: ${target}. Sebagian jalur itu adalah berkas, bukan folder. Pilih folder data yang benar.`);
    case 'EACCES':
    case 'EPERM':
      return new AppError('storage', `Aplikasi tidak diizinkan membaca atau menulis ${target}. Periksa hak akses folder data, atau tutup program lain yang sedang membuka berkas tersebut, lalu coba lagi.`);
    case 'EROFS':
      return new AppError('storage', `Folder data berada pada media yang hanya dapat dibaca: ${target}. Pindahkan folder data ke drive yang dapat ditulisi.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('storage', `Ruang disk tidak cukup untuk menyimpan ${target}. Kosongkan sebagian ruang disk, lalu simpan lagi; isian yang belum tersimpan masih ada.`);
    case 'EBUSY':
      return new AppError('storage', `Berkas sedang dipakai program lain: ${target}. Tutup program tersebut (mis. antivirus atau penyunting berkas), lalu coba lagi.`);
    case 'EMFILE':
    case 'ENFILE':
      return new AppError('storage', `Terlalu banyak berkas terbuka saat mengakses ${target}. Tutup aplikasi lain, lalu coba lagi.`);
    case 'EISDIR':
      return new AppError('storage', `Di tempat berkas data ${target} terdapat folder. Pindahkan folder itu, lalu coba lagi.`);
    case 'EIO':
      return new AppError('storage', `Terjadi kesalahan baca/tulis disk saat mengakses ${target}. Periksa kondisi disk atau flashdisk, lalu coba lagi.`);
    default:
      return new AppError('storage', `Gagal mengakses data di ${target}${code ? ` (${code})` : ''}. Coba lagi; bila berulang, laporkan ke petugas TI.`);
  }
}
