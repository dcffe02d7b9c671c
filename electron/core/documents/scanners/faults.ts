/**
 * Scanner faults in the admin's words: what happened and what to do (Bahasa Indonesia first).
 * Every backend maps its own codes (SANE status, WIA HRESULT, NAPS2 messages) onto these.
 */
import type { ScanFault } from '../../../../shared/contract/features/scanning';

export const FAULT_MESSAGES: Record<ScanFault, string> = {
  jammed: 'Kertas macet di pemindai. Buka penutup, keluarkan kertas, lalu pindai ulang halaman yang belum masuk.',
  no_paper: 'Tidak ada kertas di pengumpan otomatis (ADF). Letakkan kertas di pengumpan, lalu mulai pindai lagi.',
  cover_open: 'Penutup pemindai terbuka. Tutup rapat penutupnya, lalu mulai pindai lagi.',
  busy: 'Pemindai sedang dipakai program lain. Tutup program pemindai lain (atau tunggu sampai selesai), lalu coba lagi.',
  device_gone: 'Pemindai tidak terhubung. Periksa kabel USB/jaringan dan pastikan pemindai menyala, lalu cari ulang pemindai.',
  access_denied: 'Aplikasi tidak diizinkan memakai pemindai ini. Minta petugas TI memeriksa hak akses pemindai.',
  io: 'Komunikasi dengan pemindai terputus di tengah pemindaian. Periksa kabel atau jaringan, lalu pindai ulang halaman yang belum masuk.',
  unsupported: 'Pemindai tidak mendukung pilihan yang dipilih. Ubah sumber kertas, resolusi atau mode warna, lalu coba lagi.',
  tool_missing: 'Program pemindai belum terpasang di komputer ini. Minta petugas TI memasangnya.',
  failed: 'Pemindaian gagal. Periksa pemindai, lalu coba lagi; bila berulang, laporkan ke petugas TI.',
};

export interface FaultValue {
  code: ScanFault;
  message: string;
}

/** The fault with its standard message; `detail` (the tool's own words) is appended for IT staff. */
export function fault(code: ScanFault, detail?: string): FaultValue {
  const base = FAULT_MESSAGES[code];
  const extra = detail?.trim();
  return { code, message: extra && (code === 'failed' || code === 'tool_missing') ? `${base} (Keterangan: ${extra.slice(0, 200)})` : base };
}
