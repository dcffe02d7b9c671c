/** Field suggestions from OCR text (pure: no OCR engine), incl. OCR misreads and signature blocks. */
import { describe, expect, it } from 'vitest';
import type { OcrPage } from '../../../electron/core/documents/ocr';
import { datesIn, nipsIn, suggestFields } from '../../../electron/core/documents/suggest';
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

  it('suggests nothing from text without fields', () => {
    expect(suggestFields([{ documentId: 'd', documentType: 'other', pageId: 'p', page: page(['Lorem ipsum dolor sit amet']) }])).toEqual([]);
  });
});
