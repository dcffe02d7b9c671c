/**
 * What a document action puts in the audit trail (`documents_changed`): the action and, for every
 * document it added or changed, its type, page count and built PDF; the ids it removed. Page images
 * are named by their content hashes, so the trail proves which scans were filed.
 */
import type { CaseDocument } from '../../../shared/domain/document';
import type { DOCUMENT_ACTIONS } from '../../../shared/domain/trail';

export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];

export interface DocumentsChange {
  action: DocumentAction;
  documents: { id: string; type: CaseDocument['type']; developmentLevel: CaseDocument['developmentLevel']; pages: string[]; pdf: string | null }[];
  removed: string[];
}

export function documentsChange(action: DocumentAction, before: readonly CaseDocument[], after: readonly CaseDocument[]): DocumentsChange {
  const old = new Map(before.map((d) => [d.id, JSON.stringify(d)]));
  const documents = after
    .filter((d) => old.get(d.id) !== JSON.stringify(d))
    .map((d) => ({ id: d.id, type: d.type, developmentLevel: d.developmentLevel, pages: d.pages.map((p) => `${p.blob}@${p.rotation}`), pdf: d.pdf?.blob ?? null }));
  const kept = new Set(after.map((d) => d.id));
  return { action, documents, removed: before.filter((d) => !kept.has(d.id)).map((d) => d.id) };
}
