import { describe, expect, it } from 'vitest';
import {
  arrangedParts, initialArrangement, move, partOf, planEdits, rotate, setPartType, toggleRemoved, toggleSplit, type OriginalPage,
} from '../../../../renderer/features/documents/pageArrangement';

const pages: OriginalPage[] = [
  { id: 'p1', rotation: 0, blankSuggested: false },
  { id: 'p2', rotation: 90, blankSuggested: false },
  { id: 'p3', rotation: 0, blankSuggested: true },
  { id: 'p4', rotation: 0, blankSuggested: false },
];

function parts(a: ReturnType<typeof initialArrangement>) {
  const r = arrangedParts(a);
  if (!r.ok) throw new Error(r.problem);
  return r.parts;
}

describe('page arrangement (page editor)', () => {
  it('changes nothing until the admin edits', () => {
    const a = initialArrangement(pages, 'request_letter');
    expect(a.pages.map((p) => p.blank)).toEqual([false, false, true, false]);
    expect(planEdits(pages, parts(a))).toEqual([]);
  });

  it('rotates with wrap-around and sends only the turn added', () => {
    let a = initialArrangement(pages, 'request_letter');
    a = rotate(a, 1, -1); // 90 → 0
    a = rotate(a, 0, -1); // 0 → 270
    a = rotate(a, 3, 1);
    a = rotate(a, 3, 1); // 0 → 180
    expect(a.pages.map((p) => p.rotation)).toEqual([270, 0, 0, 180]);
    expect(planEdits(pages, parts(a))).toEqual([
      { kind: 'rotate', pageIds: ['p1', 'p2'], turn: 270 },
      { kind: 'rotate', pageIds: ['p4'], turn: 180 },
    ]);
  });

  it('moves a page and keeps split marks at their positions', () => {
    let a = toggleSplit(initialArrangement(pages, 'request_letter'), 2);
    a = move(a, 3, 0);
    expect(a.pages.map((p) => p.id)).toEqual(['p4', 'p1', 'p2', 'p3']);
    expect(partOf(a)).toEqual([0, 0, 1, 1]);
    expect(move(a, 0, 9)).toBe(a);
  });

  it('splits a batch into letter + SK: deletes, reorders, then splits from the back', () => {
    let a = initialArrangement(pages, 'request_letter');
    a = toggleRemoved(a, 2); // the blank page
    a = move(a, 3, 1); // p1 p4 p2 p3
    a = toggleSplit(a, 2); // second document from p2
    expect(a.partTypes).toEqual(['request_letter', 'sk']);
    a = setPartType(a, 1, 'supplementary');
    expect(parts(a)).toEqual([
      { type: 'request_letter', pages: [{ id: 'p1', rotation: 0 }, { id: 'p4', rotation: 0 }] },
      { type: 'supplementary', pages: [{ id: 'p2', rotation: 90 }] },
    ]);
    expect(planEdits(pages, parts(a))).toEqual([
      { kind: 'delete', pageIds: ['p3'] },
      { kind: 'reorder', pageIds: ['p1', 'p4', 'p2'] },
      { kind: 'split', fromPageId: 'p2', type: 'supplementary' },
    ]);
  });

  it('splits into three from the last part backwards', () => {
    let a = initialArrangement(pages, 'sk');
    a = toggleSplit(toggleSplit(a, 1), 3);
    expect(a.partTypes).toEqual(['sk', 'supplementary', 'supplementary']);
    expect(planEdits(pages, parts(a)).map((e) => (e.kind === 'split' ? e.fromPageId : e.kind))).toEqual(['p4', 'p2']);
    // Unsplitting drops the part's type again.
    expect(toggleSplit(a, 3).partTypes).toEqual(['sk', 'supplementary']);
    expect(toggleSplit(a, 0)).toBe(a);
  });

  it('refuses to delete every page or to leave a part empty', () => {
    let a = initialArrangement(pages, 'request_letter');
    for (let i = 0; i < 4; i += 1) a = toggleRemoved(a, i);
    expect(arrangedParts(a)).toEqual({ ok: false, problem: 'all_removed' });
    let b = toggleSplit(initialArrangement(pages, 'request_letter'), 3);
    b = toggleRemoved(b, 3);
    expect(arrangedParts(b)).toEqual({ ok: false, problem: 'empty_part' });
    expect(arrangedParts(toggleRemoved(b, 3)).ok).toBe(true);
  });
});
