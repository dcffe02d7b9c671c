import { describe, expect, it } from 'vitest';
import { documentsMessages } from '../../../../renderer/features/documents/messages';
import { DOCUMENT_SOURCES, DOCUMENT_TYPES } from '../../../../shared/domain/document';

type Tree = { [k: string]: string | Tree };

function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('hardcopy screens texts (namespace "documents")', () => {
  const id = leaves(documentsMessages.id);
  const en = leaves(documentsMessages.en);

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
