/**
 * Page edits on a case's documents, as pure functions (documents in → documents out), applied
 * inside the case's serial update so concurrent edits can't lose each other. Every edited document
 * loses its built PDF (it no longer matches the pages). Pages are named by their stable ids.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/result';
import type { CaseDocument, DocumentPage, DocumentType, Rotation } from '../../../shared/domain/document';

const documentNotFound = () => new AppError('not_found', 'pages.documentNotFound');
const pageNotFound = () => new AppError('not_found', 'pages.pageNotFound');

export function findDocument(docs: readonly CaseDocument[], id: string): CaseDocument {
  const d = docs.find((x) => x.id === id);
  if (!d) throw documentNotFound();
  return d;
}

export function findPage(docs: readonly CaseDocument[], pageId: string): { document: CaseDocument; page: DocumentPage } {
  for (const document of docs) {
    const page = document.pages.find((p) => p.id === pageId);
    if (page) return { document, page };
  }
  throw pageNotFound();
}

function touched(d: CaseDocument, pages: DocumentPage[], now: string): CaseDocument {
  return { ...d, pages, pdf: null, updatedAt: now };
}

function checkIds(docs: readonly CaseDocument[], pageIds: readonly string[]): Set<string> {
  const set = new Set(pageIds);
  if (set.size !== pageIds.length) throw new AppError('invalid_input', 'pages.namedTwice');
  for (const id of set) findPage(docs, id);
  return set;
}

export function rotatePages(docs: readonly CaseDocument[], pageIds: readonly string[], turn: 90 | 180 | 270, now: string): CaseDocument[] {
  const ids = checkIds(docs, pageIds);
  return docs.map((d) =>
    d.pages.some((p) => ids.has(p.id))
      ? touched(d, d.pages.map((p) => (ids.has(p.id) ? { ...p, rotation: ((p.rotation + turn) % 360) as Rotation } : p)), now)
      : d,
  );
}

export function reorderPages(docs: readonly CaseDocument[], documentId: string, order: readonly string[], now: string): CaseDocument[] {
  const doc = findDocument(docs, documentId);
  const byId = new Map(doc.pages.map((p) => [p.id, p]));
  if (order.length !== doc.pages.length || new Set(order).size !== order.length || order.some((id) => !byId.has(id)))
    throw new AppError('conflict', 'pages.orderMismatch');
  return docs.map((d) => (d.id === documentId ? touched(d, order.map((id) => byId.get(id) as DocumentPage), now) : d));
}

/** Deleting a document's last page deletes the document (an empty document means nothing). */
export function deletePages(docs: readonly CaseDocument[], pageIds: readonly string[], now: string): CaseDocument[] {
  const ids = checkIds(docs, pageIds);
  return docs
    .map((d) => (d.pages.some((p) => ids.has(p.id)) ? touched(d, d.pages.filter((p) => !ids.has(p.id)), now) : d))
    .filter((d) => d.pages.length > 0);
}

/** Pages from `fromPageId` on become a new document of `type` right after this one (e.g. letter + SK in one batch). */
export function splitDocument(docs: readonly CaseDocument[], documentId: string, fromPageId: string, type: DocumentType, now: string): CaseDocument[] {
  const doc = findDocument(docs, documentId);
  const at = doc.pages.findIndex((p) => p.id === fromPageId);
  if (at < 0) throw pageNotFound();
  if (at === 0) throw new AppError('invalid_input', 'pages.splitAtFirst');
  const head = touched(doc, doc.pages.slice(0, at), now);
  const tail: CaseDocument = { ...doc, id: randomUUID(), type, pages: doc.pages.slice(at), pdf: null, createdAt: now, updatedAt: now };
  const i = docs.indexOf(doc);
  return [...docs.slice(0, i), head, tail, ...docs.slice(i + 1)];
}

export function movePages(docs: readonly CaseDocument[], pageIds: readonly string[], toDocumentId: string, position: number | undefined, now: string): CaseDocument[] {
  const ids = checkIds(docs, pageIds);
  findDocument(docs, toDocumentId);
  // In the order given, wherever they come from.
  const moving = pageIds.map((id) => findPage(docs, id).page);
  const removed = docs.map((d) => (d.pages.some((p) => ids.has(p.id)) ? touched(d, d.pages.filter((p) => !ids.has(p.id)), now) : d));
  const target = findDocument(removed, toDocumentId);
  const at = Math.min(position ?? target.pages.length, target.pages.length);
  const pages = [...target.pages.slice(0, at), ...moving, ...target.pages.slice(at)];
  // Originals travel with their pages' document so provenance stays with the content.
  const sources = docs.filter((d) => d.id !== toDocumentId && d.pages.some((p) => ids.has(p.id)));
  const originals = [...target.originals];
  for (const s of sources) for (const o of s.originals) if (!originals.some((x) => x.blob === o.blob)) originals.push(o);
  return removed.map((d) => (d.id === toDocumentId ? { ...touched(d, pages, now), originals } : d)).filter((d) => d.pages.length > 0);
}

export function deleteDocument(docs: readonly CaseDocument[], documentId: string): CaseDocument[] {
  findDocument(docs, documentId);
  return docs.filter((d) => d.id !== documentId);
}
