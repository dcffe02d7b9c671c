/** A backup destination (the shared drive) that cannot be used → AppError('storage') in Indonesian, naming the folder. */
import { AppError } from '../../../shared/contract/result';
import { errnoCode } from '../store/storageError';

export function destinationError(e: unknown, root: string): AppError {
  if (e instanceof AppError) return e;
  switch (errnoCode(e)) {
    case 'ENOENT':
      return new AppError('storage', `Folder cadangan ${root} tidak ditemukan. Pastikan drive jaringan tersambung dan foldernya ada, lalu jalankan pencadangan lagi.`);
    case 'ENOTDIR':
      return new AppError('storage', `Jalur folder cadangan ${root} tidak dapat dipakai: sebagian jalurnya adalah berkas, bukan folder.`);
    case 'EACCES':
    case 'EPERM':
      return new AppError('storage', `Aplikasi tidak diizinkan menulis ke folder cadangan ${root}. Mintalah hak tulis kepada petugas TI, lalu jalankan pencadangan lagi.`);
    case 'EROFS':
      return new AppError('storage', `Folder cadangan ${root} hanya dapat dibaca. Pilih folder yang dapat ditulisi.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('storage', `Ruang pada drive cadangan ${root} tidak cukup. Kosongkan sebagian ruang atau kurangi jumlah cadangan yang disimpan.`);
    default: {
      const code = errnoCode(e);
      return new AppError('storage', `Pencadangan ke ${root} gagal${code ? ` (${code})` : ''}. Coba lagi; bila berulang, laporkan ke petugas TI.`);
    }
  }
}
