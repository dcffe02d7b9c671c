/**
 * The page editor's working state, kept apart from React so it can be tested on its own: the
 * pages of one document in their new order, each with its rotation, a delete mark and whether a
 * new document starts at it (splitting one ADF batch into letter + SK). Nothing reaches the core
 * until the admin saves; blank pages are only flagged (issue 4: "suggested, not silent").
 */
import type { DocumentType } from '../../../shared/domain/document';

import type { Rotation } from '../../../shared/domain/document';

export interface EditorPage {
  /** The page's stable id in the case: what the core's edits refer to. */
  id: string;
  rotation: Rotation;
  removed: boolean;
  /** A new document starts at this page (ignored on the first kept page). */
  splitBefore: boolean;
  /** The core's blank-page guess, shown as a flag only. */
  blank: boolean;
}

export interface Arrangement {
  pages: EditorPage[];
  /** Type of each part after splitting; part 0 keeps the document's own type. */
  partTypes: DocumentType[];
}

export function initialArrangement(pages: readonly OriginalPage[], type: DocumentType): Arrangement {
  return {
    pages: pages.map((p) => ({ id: p.id, rotation: p.rotation, removed: false, splitBefore: false, blank: p.blankSuggested })),
    partTypes: [type],
  };
}

function withPages(a: Arrangement, pages: EditorPage[]): Arrangement {
  const parts = partCount(pages);
  const partTypes = a.partTypes.slice(0, parts);
  // A new part starts as "supplementary" until the admin picks its type (e.g. the SK).
  while (partTypes.length < parts) partTypes.push(partTypes.length === 1 && a.partTypes[0] === 'request_letter' ? 'sk' : 'supplementary');
  return { pages, partTypes };
}

function partCount(pages: EditorPage[]): number {
  return 1 + pages.filter((p, i) => i > 0 && p.splitBefore).length;
}

/** Quarter turn clockwise (+1) or anticlockwise (-1). */
export function rotate(a: Arrangement, index: number, direction: 1 | -1): Arrangement {
  return withPages(
    a,
    a.pages.map((p, i) => (i === index ? { ...p, rotation: (((p.rotation + direction * 90) % 360) + 360) % 360 as Rotation } : p)),
  );
}

/** Moves a page to another position; split marks stay with their position, not with the page. */
export function move(a: Arrangement, from: number, to: number): Arrangement {
  if (from === to || from < 0 || to < 0 || from >= a.pages.length || to >= a.pages.length) return a;
  const splits = a.pages.map((p) => p.splitBefore);
  const pages = a.pages.slice();
  const [moved] = pages.splice(from, 1);
  if (!moved) return a;
  pages.splice(to, 0, moved);
  return withPages(a, pages.map((p, i) => ({ ...p, splitBefore: splits[i] ?? false })));
}

export function toggleRemoved(a: Arrangement, index: number): Arrangement {
  return withPages(a, a.pages.map((p, i) => (i === index ? { ...p, removed: !p.removed } : p)));
}

export function toggleSplit(a: Arrangement, index: number): Arrangement {
  if (index <= 0) return a;
  return withPages(a, a.pages.map((p, i) => (i === index ? { ...p, splitBefore: !p.splitBefore } : p)));
}

export function setPartType(a: Arrangement, part: number, type: DocumentType): Arrangement {
  return { ...a, partTypes: a.partTypes.map((t, i) => (i === part ? type : t)) };
}

/** Which part (0-based) each position belongs to. */
export function partOf(a: Arrangement): number[] {
  let part = 0;
  return a.pages.map((p, i) => {
    if (i > 0 && p.splitBefore) part += 1;
    return part;
  });
}

export interface ArrangedPart {
  type: DocumentType;
  pages: { id: string; rotation: Rotation }[];
}

export type ArrangementProblem = 'all_removed' | 'empty_part';

/** The parts to save, or why they cannot be saved. */
export function arrangedParts(a: Arrangement): { ok: true; parts: ArrangedPart[] } | { ok: false; problem: ArrangementProblem } {
  if (a.pages.every((p) => p.removed)) return { ok: false, problem: 'all_removed' };
  const parts: ArrangedPart[] = a.partTypes.map((type) => ({ type, pages: [] }));
  partOf(a).forEach((part, i) => {
    const p = a.pages[i];
    if (p && !p.removed) parts[part]?.pages.push({ id: p.id, rotation: p.rotation });
  });
  if (parts.some((p) => p.pages.length === 0)) return { ok: false, problem: 'empty_part' };
  return { ok: true, parts };
}

/** A page as stored (the fields of DocumentPage the editor needs). */
export interface OriginalPage {
  id: string;
  rotation: Rotation;
  blankSuggested: boolean;
}

/** One call to the core's page edits (contract "documents.*"). */
export type PageEdit =
  | { kind: 'delete'; pageIds: string[] }
  | { kind: 'rotate'; pageIds: string[]; turn: 90 | 180 | 270 }
  | { kind: 'reorder'; pageIds: string[] }
  | { kind: 'split'; fromPageId: string; type: DocumentType };

/**
 * The core's edits that turn the stored pages into the arrangement, in an order where each step
 * names pages that still exist: delete, rotate, reorder, then split from the last part backwards
 * (each split moves "this page and all after it" into a new document, so the first part stays the
 * original document).
 */
export function planEdits(original: readonly OriginalPage[], parts: readonly ArrangedPart[]): PageEdit[] {
  const edits: PageEdit[] = [];
  const kept = parts.flatMap((p) => p.pages);
  const keptIds = new Set(kept.map((p) => p.id));
  const deleted = original.filter((p) => !keptIds.has(p.id)).map((p) => p.id);
  if (deleted.length > 0) edits.push({ kind: 'delete', pageIds: deleted });

  const before = new Map(original.map((p) => [p.id, p.rotation]));
  const byTurn = new Map<90 | 180 | 270, string[]>();
  for (const p of kept) {
    const turn = (((p.rotation - (before.get(p.id) ?? 0)) % 360) + 360) % 360;
    if (turn === 90 || turn === 180 || turn === 270) byTurn.set(turn, [...(byTurn.get(turn) ?? []), p.id]);
  }
  for (const [turn, pageIds] of byTurn) edits.push({ kind: 'rotate', pageIds, turn });

  const remaining = original.filter((p) => keptIds.has(p.id)).map((p) => p.id);
  const order = kept.map((p) => p.id);
  if (order.some((id, i) => remaining[i] !== id)) edits.push({ kind: 'reorder', pageIds: order });

  for (let i = parts.length - 1; i >= 1; i -= 1) {
    const part = parts[i];
    const first = part?.pages[0];
    if (part && first) edits.push({ kind: 'split', fromPageId: first.id, type: part.type });
  }
  return edits;
}
