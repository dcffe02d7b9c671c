import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, CHANGE_FIELDS, REQUEST_KINDS } from '../../../shared/domain/case';
import { en } from '../../../renderer/i18n/en';
import { id } from '../../../renderer/i18n/id';
import { messageLeaves, placeholders } from '../support/messageLeaves';


describe('UI texts', () => {
  const idTexts = messageLeaves(id);
  const enTexts = messageLeaves(en);

  it('has the same keys in Indonesian and English, none empty', () => {
    expect([...enTexts.keys()].sort()).toEqual([...idTexts.keys()].sort());
    for (const [k, v] of [...idTexts, ...enTexts]) expect(v.trim(), k).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [k, v] of idTexts) expect(placeholders(enTexts.get(k) ?? ''), k).toEqual(placeholders(v));
  });

  it('labels every status, request kind and changeable datum', () => {
    for (const s of CASE_STATUSES) {
      expect(idTexts.get(`status.${s}`), s).toBeTruthy();
      expect(idTexts.get(`statusShort.${s}`), s).toBeTruthy();
    }
    for (const k of REQUEST_KINDS) for (const p of ['kind', 'kindShort', 'kindHelp']) expect(idTexts.get(`${p}.${k}`), k).toBeTruthy();
    for (const f of CHANGE_FIELDS) expect(idTexts.get(`changeField.${f}`), f).toBeTruthy();
  });

  it('uses the agreed Indonesian status labels', () => {
    expect(id.status).toEqual({
      registered: 'Terdaftar',
      checking: 'Dalam pemeriksaan',
      waiting_pokja: 'Menunggu kelengkapan dari Pokja',
      ready_reset: 'Siap direset',
      to_notify: 'Pemberitahuan',
      to_archive: 'Pengarsipan',
      closed: 'Selesai',
    });
  });
});
