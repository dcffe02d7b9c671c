/**
 * The templates a new installation starts with: one per letter kind, in formal Indonesian
 * (*bahasa dinas*), with the SOP's outputs as subjects (docs/sop.md §The procedure, output column).
 * The admin edits them in the settings; the generator adds each kind's data table after the body.
 */
import type { LetterKind, LetterTemplate } from '../../../shared/domain/letters';

/** The customary opening of a *berita acara* (tata naskah dinas): the day and the date in words. */
export const BERITA_ACARA_OPENING = 'Pada hari ini {hari}, tanggal {tanggalTerbilang} bulan {bulan} tahun {tahunTerbilang}';

const SURAT = 'Surat Permohonan Nomor {nomorSuratPermohonan} tanggal {tanggalSuratPermohonan} perihal {perihalSuratPermohonan}';

export const DEFAULT_LETTER_TEMPLATES: Record<LetterKind, LetterTemplate> = {
  receipt: {
    subject: 'Tanda Terima Berkas Permohonan',
    body:
      'Telah diterima dari Saudara {nama}, NIP {nip}, {jabatan} pada {instansi}, berkas permohonan {jenisPermohonan} akun SPSE dengan User ID {userId}, berupa ' +
      SURAT + ' beserta kelengkapannya sebagaimana tercantum di bawah ini.\n\n' +
      'Berkas dicatat pada tanggal {tanggalDiterima} dengan nomor arsip {nomorBerkas}. Nomor arsip tersebut dicantumkan pada map berkas dan mohon disebutkan dalam setiap komunikasi mengenai permohonan ini.',
    closing: 'Demikian tanda terima ini dibuat untuk dipergunakan sebagaimana mestinya.',
    copies: [],
    code: 'TT',
    numbered: true,
    nature: 'Biasa',
  },
  completeness_result: {
    subject: 'Hasil Pengecekan Kelengkapan Berkas Permohonan',
    body:
      'Berdasarkan ' + SURAT + ', Admin Agency pada {unitKami} telah memeriksa kelengkapan berkas permohonan {jenisPermohonan} akun SPSE atas nama {nama}, NIP {nip}, User ID {userId}, dengan hasil sebagai berikut.',
    closing: 'Demikian hasil pengecekan kelengkapan berkas ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    copies: [],
    code: 'HPK',
    numbered: true,
    nature: 'Biasa',
  },
  completion_notice: {
    subject: 'Pemberitahuan untuk Melengkapi Berkas Permohonan',
    body:
      'Menindaklanjuti ' + SURAT + ', dengan hormat kami sampaikan bahwa berdasarkan hasil pemeriksaan kelengkapan, berkas permohonan {jenisPermohonan} akun SPSE atas nama Saudara (User ID {userId}) belum lengkap.\n\n' +
      'Sehubungan dengan hal tersebut, kami mohon Saudara melengkapi kekurangan berkas sebagaimana tercantum di bawah ini paling lambat tanggal {batasWaktu}. Apabila sampai dengan batas waktu tersebut berkas belum dilengkapi, permohonan dinyatakan tidak dapat diproses dan berkas diarsipkan.',
    closing: 'Demikian kami sampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.',
    copies: ['Pimpinan unit kerja pemohon', 'Arsip'],
    code: 'PMB',
    numbered: true,
    nature: 'Segera',
  },
  validity_result: {
    subject: 'Hasil Pengecekan Kebenaran Berkas Permohonan',
    body:
      'Berdasarkan ' + SURAT + ', Admin Agency pada {unitKami} telah memeriksa kebenaran dan keabsahan data berkas permohonan {jenisPermohonan} akun SPSE atas nama {nama}, NIP {nip}, User ID {userId}, dengan membandingkannya dengan data akun pada SPSE dan arsip permohonan sebelumnya, dengan hasil sebagai berikut.',
    closing: 'Demikian hasil pengecekan kebenaran berkas ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    copies: [],
    code: 'HPB',
    numbered: true,
    nature: 'Biasa',
  },
  reset_report: {
    subject: 'Berita Acara Reset Password / Perubahan Informasi User ID',
    body:
      BERITA_ACARA_OPENING + ', kami yang bertanda tangan di bawah ini menyatakan bahwa pada tanggal {tanggalReset} Admin Agency pada {unitKami} {instansiKami} telah melaksanakan {jenisPermohonan} akun SPSE atas nama {nama}, NIP {nip}, {jabatan} pada {instansi}, User ID {userId}, berdasarkan ' +
      SURAT + ' dan Surat Keputusan penetapan sebagai Pokja Pemilihan Nomor {nomorSk} tanggal {tanggalSk}, dengan rincian sebagai berikut.',
    closing: 'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    copies: [],
    code: 'BA',
    numbered: true,
    nature: 'Biasa',
  },
  rejection_notice: {
    subject: 'Pemberitahuan Permohonan Ditolak',
    body:
      'Menindaklanjuti ' + SURAT + ', dengan hormat kami sampaikan bahwa permohonan {jenisPermohonan} akun SPSE atas nama Saudara (User ID {userId}) tidak dapat kami kabulkan dengan alasan sebagai berikut:\n\n{alasan}\n\n' +
      'Saudara dapat mengajukan permohonan kembali setelah memperbaiki hal tersebut, dengan melampirkan surat permohonan dan SK penetapan sebagai Pokja Pemilihan yang masih berlaku.',
    closing: 'Demikian kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.',
    copies: ['Pimpinan unit kerja pemohon', 'Arsip'],
    code: 'PPD',
    numbered: true,
    nature: 'Biasa',
  },
  notification: {
    subject: 'Pemberitahuan Password Baru / Informasi User ID',
    body:
      'Menindaklanjuti ' + SURAT + ', dengan hormat kami sampaikan bahwa {jenisPermohonan} akun SPSE atas nama Saudara telah kami laksanakan pada tanggal {tanggalReset}, dengan informasi akun sebagai berikut.',
    closing:
      'Demi keamanan akun, Saudara wajib segera mengganti password default tersebut pada saat pertama kali masuk (login) ke SPSE dan tidak memberitahukan password kepada siapa pun. Demikian kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.',
    copies: ['Arsip'],
    code: 'PPB',
    numbered: true,
    nature: 'Terbatas',
  },
  control_sheet: {
    subject: 'Lembar Kendali Berkas Permohonan',
    body:
      'Lembar kendali penyelesaian berkas permohonan {jenisPermohonan} akun SPSE atas nama {nama}, NIP {nip}, User ID {userId}, nomor berkas {nomorBerkas}, diterima tanggal {tanggalDiterima}, menurut SOP Reset Password dan Perubahan Informasi User ID Pokja Pemilihan.',
    closing: 'Demikian lembar kendali ini dibuat dengan sebenarnya.',
    copies: [],
    code: 'LK',
    numbered: false,
    nature: 'Biasa',
  },
};
