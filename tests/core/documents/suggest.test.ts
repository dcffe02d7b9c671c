/** Field suggestions from OCR text (pure: no OCR engine), incl. OCR misreads and signature blocks. */
import { describe, expect, it } from 'vitest';
import type { OcrPage } from '../../../electron/core/documents/ocr';
import { datesIn, nipsIn, repairNameParticle, repairRomanMonth, suggestFields } from '../../../electron/core/documents/suggest';
import type { DocumentType } from '../../../shared/domain/document';

function page(lines: string[], confidence = 90): OcrPage {
  return { width: 2480, height: 3508, text: lines.join('\n'), confidence, lines: lines.map((text) => ({ text, words: [] })) };
}
const top = (lines: string[], type: DocumentType = 'request_letter') => {
  const s = suggestFields([{ documentId: 'd1', documentType: type, pageId: 'p1', page: page(lines) }]);
  return Object.fromEntries(s.map((x) => [x.field, x]).reverse());
};

describe('suggestFields', () => {
  it('reads a formal request letter, with the snippet each value came from', () => {
    const s = top([
      'PEMERINTAH KABUPATEN SUKAMAJU',
      'Sukamaju, 20 Februari 2026',
      'Nomor      : 027/50/PBJ/2026',
      'Perihal    : Permohonan Reset Password',
      'Nama        : Ayu Rahmawati, S.T.',
      'NIP         : 19910322 202102 2 237',
      'User ID SPSE: ayu.rahmawati',
      'selaku anggota Pokja berdasarkan Keputusan Bupati',
      'Nomor 188.45/664/KPTS/2026 tanggal 1 Februari 2026,',
      'Mengetahui, Kepala Bagian',
      'NIP. 19700101 199503 1 001',
    ]);
    expect(s['requester.nip']?.value).toBe('199103222021022237');
    expect(s['requester.nip']?.snippet).toBe('NIP : 19910322 202102 2 237');
    expect(s['requester.name']?.value).toBe('Ayu Rahmawati, S.T.');
    expect(s['requester.userId']?.value).toBe('ayu.rahmawati');
    expect(s['letter.number']?.value).toBe('027/50/PBJ/2026');
    expect(s['letter.date']?.value).toBe('2026-02-20');
    expect(s['sk.number']?.value).toBe('188.45/664/KPTS/2026');
    expect(s['sk.date']?.value).toBe('2026-02-01');
    expect(s['requester.nip']?.documentId).toBe('d1');
  });

  it('reads an SK and a form with numeric dates', () => {
    const sk = top(['KEPUTUSAN BUPATI SUKAMAJU', 'NOMOR 800/65/UKPBJ/2024', 'TENTANG', 'Ditetapkan di Sukamaju', 'pada tanggal 2 Januari 2024'], 'sk');
    expect(sk['sk.number']?.value).toBe('800/65/UKPBJ/2024');
    expect(sk['sk.date']?.value).toBe('2024-01-02');
    expect(sk['letter.number']).toBeUndefined();
    const form = top(['Nomor Surat : 027/13/BAPPERIDA/2025', 'Tanggal Surat : 05-03-2025', 'Nomor SK Pokja : 800/249/UKPBJ/2025', 'Tanggal SK : 01-02-2025']);
    expect(form['letter.number']?.value).toBe('027/13/BAPPERIDA/2025');
    expect(form['letter.date']?.value).toBe('2025-03-05');
    expect(form['sk.number']?.value).toBe('800/249/UKPBJ/2025');
    expect(form['sk.date']?.value).toBe('2025-02-01');
  });

  it('repairs OCR digit misreads only where the NIP then checks out, and ignores invalid NIPs', () => {
    expect(nipsIn('NIP : 199IO322 2O21O2 2 237').map((n) => n.value)).toEqual(['199103222021022237']);
    // Month 13 in the birth date: not a NIP.
    expect(nipsIn('NIP : 19911322 202102 2 237')).toEqual([]);
    expect(datesIn('Jakarta, 3 Nopember 2026')[0]?.value).toBe('2026-11-03');
    expect(datesIn('tanggal 31 Februari 2026')).toEqual([]);
  });

  it('repairs a Roman month in a letter number by its structure, never digits or a non-month', () => {
    expect(repairRomanMonth('027/145/DPUPR/X1/2026')).toBe('027/145/DPUPR/XI/2026');
    expect(repairRomanMonth('027/145/DPUPR/X11/2026')).toBe('027/145/DPUPR/XII/2026');
    expect(repairRomanMonth('800/12/BKPSDM/Vl/2025')).toBe('800/12/BKPSDM/VI/2025');
    expect(repairRomanMonth('800/12/BKPSDM/I|/2025')).toBe('800/12/BKPSDM/II/2025');
    // Digits stay digits; a Roman-looking part that is no month (XIV) is left as read.
    expect(repairRomanMonth('188.45/11/KPTS/2026')).toBe('188.45/11/KPTS/2026');
    expect(repairRomanMonth('800/1/XIV/2026')).toBe('800/1/XIV/2026');
    // Only 1s are Roman where the month stands: after the unit's code, before the year.
    expect(repairRomanMonth('027/157/PBJ/111/2024')).toBe('027/157/PBJ/III/2024');
    expect(repairRomanMonth('027/928/DPUPR/1/2026')).toBe('027/928/DPUPR/I/2026');
    expect(repairRomanMonth('027/11/PBJ/2026')).toBe('027/11/PBJ/2026');
    const s = top(['Sukamaju, 3 November 2026', 'Nomor : 027/145/DPUPR/X11/2026', 'Nama : Budi Santoso']);
    expect(s['letter.number']?.value).toBe('027/145/DPUPR/XII/2026');
  });

  it('takes the letter’s number from its own line, not from the SK it cites, also with a dash read before the colon', () => {
    const s = top([
      'Nomor Surat — :027/413/DLH/XII/2024',
      'anggota Pokja Pemilihan sesuai Keputusan',
      'Nomor 800/69/UKPBJ/2024 tanggal 29 Februari 2024,',
    ]);
    expect(s['letter.number']?.value).toBe('027/413/DLH/XII/2024');
    expect(s['sk.number']?.value).toBe('800/69/UKPBJ/2024');
    // The citation alone gives no letter number.
    expect(top(['Nomor 800/69/UKPBJ/2024 tanggal 29 Februari 2024,'])['letter.number']).toBeUndefined();
  });

  it('finds names that begin with a one-letter particle, as OCR reads the I', () => {
    expect(repairNameParticle('1 Gusti Ayu Ratna Dewi')).toBe('I Gusti Ayu Ratna Dewi');
    expect(repairNameParticle('| Made Sudarsana, S.T.')).toBe('I Made Sudarsana, S.T.');
    expect(repairNameParticle('Ni Luh Putu Ariani')).toBe('Ni Luh Putu Ariani');
    expect(top(['Nama : 1 Gusti Ngurah Rai, S.E.'])['requester.name']?.value).toBe('I Gusti Ngurah Rai, S.E.');
    expect(top(['Nama : I Ketut Sudana'])['requester.name']?.value).toBe('I Ketut Sudana');
    expect(top(['Nama Lengkap : Sukarno'])['requester.name']?.value).toBe('Sukarno');
    // Digits read into the academic titles after the comma.
    expect(repairNameParticle('Baharuddin Mappaseng, S.1.P.')).toBe('Baharuddin Mappaseng, S.I.P.');
    expect(top(['Nama : Rika Komalasari, 5.AP.'])['requester.name']?.value).toBe('Rika Komalasari, S.AP.');
  });

  it('never offers the signer’s NIP as the requester’s, also where the two blocks stand side by side', () => {
    // The requester's NIP is not read (a smudge): the signer's must not take its place.
    const alone = top(['Nomor : 027/50/PBJ/2026', 'Nama : Ayu Rahmawati', 'Mengetahui,', 'Kepala Dinas Pekerjaan Umum', '', 'Ir. Bambang Sutrisno, M.T.', 'NIP. 19700101 199503 1 001']);
    expect(alone['requester.nip']).toBeUndefined();
    // Side by side: OCR joins "Pemohon," and "Mengetahui," and both NIPs on one line; the left is the requester's.
    const joined = top([
      'Nama : Ayu Rahmawati, S.T.',
      'Pemohon, Mengetahui,',
      'Kepala Dinas Pekerjaan Umum',
      'Ayu Rahmawati, S.T. Ir. Bambang Sutrisno, M.T.',
      'NIP. 19910322 202102 2 237 NIP. 19700101 199503 1 001',
    ]);
    expect(joined['requester.nip']?.value).toBe('199103222021022237');
    const all = suggestFields([{ documentId: 'd', documentType: 'request_letter', pageId: 'p', page: page(['Pemohon, Mengetahui,', 'Kepala Dinas', 'NIP. 19910322 202102 2 237 NIP. 19700101 199503 1 001']) }]);
    expect(all.filter((x) => x.field === 'requester.nip').map((x) => x.value)).toEqual(['199103222021022237']);
  });

  it('reads a letter it has not seen: head columns joined, the head signing on the left, prose around "User ID"', () => {
    // Tesseract's lines of a new admin's own letter (Disdikbud Temanggung): the kop's two columns
    // joined, "Yth. Kepala UKPBJ" as the addressee, and the head's block left of the requester's.
    const lines = [
      'PEMERINTAH KABUPATEN TEMANGGUNG',
      'Nomor  : 800/1187/Disdikbud/XII/2026 Temanggung, 1 Desember 2026',
      'Bata Nan Yth. Kepala UKPBJ',
      'Hal : Permohonan Perubahan c.g. Admin Agency LPSE',
      'Informasi di -',
      'User ID SPSE TEMANGGUNG',
      'Yang bertanda tangan di bawah ini:',
      'Nama : Agus Santoso, S.E.',
      'NIP : 19891104 201402 1 001',
      'User ID SPSE : AGUSSANTOSO89',
      'mengajukan permohonan perubahan informasi User ID pada SPSE sebagai berikut:',
      'Mengetahui, Pemohon,',
      'Kepala Dinas Pendidikan',
      'dan Kebudayaan',
      '4, Endang P, Agus S.',
      '|',
      '| J',
      'A Dra. ENDANG PURWANTI, M.Pd. 2 AGUS SANTOSO, S.E.',
      '"Pembina Utama Muda Penata Muda Tk. I',
      'NIP 19670512 199203 2 004 NIP 19891104 201402 1 001',
    ];
    const all = suggestFields([{ documentId: 'd1', documentType: 'request_letter', pageId: 'p1', page: page(lines) }]);
    const values = (field: string) => all.filter((x) => x.field === field).map((x) => x.value);
    expect(values('requester.userId')).toEqual(['AGUSSANTOSO89']);
    expect(values('requester.nip')).toEqual(['198911042014021001']);
    expect(values('requester.name')).toEqual(['Agus Santoso, S.E.']);
    expect(values('letter.date')).toEqual(['2026-12-01']);
    expect(values('letter.number')).toEqual(['800/1187/Disdikbud/XII/2026']);
    // The year of the place-and-date wrapped onto the next line.
    expect(top(['Nomor : 027/412/DPUPR/XI/2026 Temanggung, 30 November', 'Sifat : Segera 2026'])['letter.date']?.value).toBe('2026-11-30');
    // In prose, a word after "User ID" is taken only when it looks like an ID.
    expect(top(['akun dengan User ID siti_n85 tidak dapat dibuka'])['requester.userId']?.value).toBe('siti_n85');
  });

  it('suggests nothing from text without fields', () => {
    expect(suggestFields([{ documentId: 'd', documentType: 'other', pageId: 'p', page: page(['Lorem ipsum dolor sit amet']) }])).toEqual([]);
  });
});
