/** The letters' texts: the same keys and placeholders in Indonesian and English, none empty. */
import { describe, expect, it } from 'vitest';
import { lettersMessages } from '../../../../renderer/features/letters/messages';
import { messageLeaves, placeholders } from '../../support/messageLeaves';

describe('letters texts', () => {
  const id = messageLeaves(lettersMessages.id);
  const en = messageLeaves(lettersMessages.en);

  it('has the same keys and placeholders in both languages, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
    for (const [k, v] of id) {
      expect(v.trim(), k).not.toBe('');
      expect(placeholders(en.get(k) ?? ''), k).toEqual(placeholders(v));
    }
  });

  it('uses the states the issue names', () => {
    expect(lettersMessages.id.section.title).toBe('Surat & dokumen keluar');
    expect(lettersMessages.id.section.notAvailable).toBe('Belum tersedia');
    expect(lettersMessages.id.section.ready).toBe('Siap dicetak');
    expect(lettersMessages.id.section.issued).toBe('Tercetak no. {{number}} tanggal {{date}}');
    expect(lettersMessages.id.section.stale).toBe('Data berubah sejak dicetak');
  });
});
