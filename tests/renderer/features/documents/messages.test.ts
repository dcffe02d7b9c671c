import { describe, expect, it } from 'vitest';
import { documentsMessages } from '../../../../renderer/features/documents/messages';
import { DOCUMENT_SOURCES, DOCUMENT_TYPES } from '../../../../shared/domain/document';
import { messageLeaves, placeholders } from '../../support/messageLeaves';


describe('hardcopy screens texts (namespace "documents")', () => {
  const id = messageLeaves(documentsMessages.id);
  const en = messageLeaves(documentsMessages.en);

  it('has the same keys and placeholders in Indonesian and English, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
    for (const [k, v] of id) {
      expect(v.trim(), k).not.toBe('');
      expect(placeholders(en.get(k) ?? ''), k).toEqual(placeholders(v));
    }
  });

  it('names every document type and source', () => {
    for (const t of DOCUMENT_TYPES) expect(id.get(`documentTypes.${t}`), t).toBeTruthy();
    for (const s of DOCUMENT_SOURCES) expect(id.get(`sources.${s}`), s).toBeTruthy();
  });
});
