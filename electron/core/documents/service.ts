/**
 * The documents of the cases (issue "Hardcopy in"): import, page edits, archival PDFs and OCR, over
 * the blob store and the case repository. One service per core (createCore opens and closes it);
 * handlers, the CLI and the scanner/hot-folder adapters all go through it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { AppError } from '../../../shared/contract/result';
import { MAX_IMPORT_BYTES, type DocumentsProgress } from '../../../shared/contract/features/documents';
import type { CaseRecord } from '../../../shared/domain/case';
import type { PdfPreview } from '../../../shared/domain/letters';
import {
  DOCUMENT_TYPE_LABELS, type CaseDocument, type DocumentMeta, type DocumentOriginal, type DocumentPage, type DocumentSource,
  type FieldSuggestion, type PageOcr,
} from '../../../shared/domain/document';
import type { CoreEvents } from '../events';
import type { Store } from '../store/openStore';
import { runLimited } from '../store/caseRepository';
import { toStorageError } from '../store/storageError';
import { pdfAssets } from './assets';
import { BlobStore, type BlobFile, type PutResult } from './blobStore';
import { archiveJpeg, ocrImage, thumbnail, type Rendition } from './images';
import { ingest, standardFontDir, type Ingested } from './ingest';
import { OcrEngine, type OcrPage } from './ocr';
import * as edits from './pageEdits';
import { LIMITS, MEDIA_TYPES } from './sniff';
import { Staging } from './staging';
import { suggestFields, type OcrSource } from './suggest';
import { cancelledError, DocumentWorker } from './worker/pool';
import type { PdfPageInput } from './worker/protocol';
import { sanitizeFileName } from './names';
import { appendEvents } from '../workflow/trail';
import type { EventSource } from '../../../shared/domain/trail';
import { documentsChange, type DocumentAction } from './trailPayload';

/** A page source for `addPages`: a file on disk (scanner output, hot folder) or bytes in memory. */
export type PageSource = { file: string; name?: string } | { bytes: Uint8Array; name?: string };

export interface AddPagesMeta extends DocumentMeta {
  source: DocumentSource;
  /** Append to this document instead of creating one. */
  documentId?: string;
}

export interface TaskOptions {
  /** Client-made id: progress events carry it and `cancel(taskId)` stops the task. */
  taskId?: string;
  signal?: AbortSignal;
}

export interface DocumentsResult {
  documents: CaseDocument[];
  revision: number;
}

/** Pages read per document for field suggestions: letters and SKs put the fields up front. */
const SUGGEST_PAGES_PER_DOCUMENT = 3;
/** Pages decoded/encoded at once: sharp gives each one libvips thread; office PCs have two cores or more. */
const PARALLEL = 2;
/** Archive renditions kept in memory: one ADF batch (about 200 KB a page). */
const RENDITION_CACHE = 50;
/** Thumbnails kept in memory (about 10 KB each at the editor's size). */
const THUMBNAIL_CACHE = 300;

export class DocumentService {
  readonly blobs: BlobStore;
  readonly staging: Staging;
  readonly #worker = new DocumentWorker();
  readonly #ocr = new OcrEngine();
  readonly #tasks = new Map<string, AbortController>();
  readonly #thumbs = new Map<string, { dataUrl: string; width: number; height: number }>();
  /** Archive renditions made while importing (page blob → unrotated JPEG), for the PDF built right after a scan. */
  readonly #renditions = new Map<string, Rendition>();
  /** Leftovers of interrupted uploads in `staging/` are removed at start (they hold personal data). */
  readonly ready: Promise<void>;

  private constructor(
    private readonly store: Store,
    private readonly events: CoreEvents,
  ) {
    this.blobs = new BlobStore(store.ctx.dataDir);
    this.staging = new Staging(store.ctx.dataDir);
    this.ready = this.staging.clean();
  }

  static open(store: Store, events: CoreEvents): DocumentService {
    return new DocumentService(store, events);
  }

  async close(): Promise<void> {
    await this.ready;
    for (const c of this.#tasks.values()) c.abort();
    await Promise.all([this.#worker.close(), this.#ocr.close(), this.staging.clean()]);
  }

  cancel(taskId: string): boolean {
    const c = this.#tasks.get(taskId);
    c?.abort();
    return !!c;
  }

  async list(caseId: string): Promise<DocumentsResult> {
    const c = await this.store.cases.get(caseId);
    return { documents: c.documents, revision: c.revision };
  }

  /**
   * Adds the pages of one or more files (each may hold several pages: TIFF, PDF) to a case as one
   * document, or appends them to `meta.documentId`. Each file is validated and decoded before its
   * blobs are written; they are removed again if a later file is refused or the case update fails: a
   * refused or failed import leaves no document and no orphan blob.
   */
  addPages(caseId: string, sources: readonly PageSource[], meta: AddPagesMeta, opts: TaskOptions = {}): Promise<{ document: CaseDocument; revision: number }> {
    return this.#task(caseId, opts, async (signal, progress) => {
      if (sources.length === 0) throw new AppError('invalid_input', 'documents.noPagesAdded');
      const record = await this.store.cases.get(caseId);
      if (meta.documentId) edits.findDocument(record.documents, meta.documentId);
      const files: { bytes: Buffer; name: string }[] = [];
      for (const s of sources) files.push('file' in s ? { bytes: await readSource(s.file), name: s.name ?? s.file } : { bytes: Buffer.from(s.bytes), name: s.name ?? '' });
      const ingested: Ingested[] = new Array<Ingested>(files.length);
      // Per file: its original, then its pages' blobs, in page order.
      const written: PutResult[][] = new Array<PutResult[]>(files.length);
      const puts: PutResult[] = [];
      let ok = false;
      try {
        const originals: DocumentOriginal[] = [];
        const pages: DocumentPage[] = [];
        // Files are decoded two at a time (sharp runs each on one libvips thread; two cores in the office PC).
        // A file's blobs are written (each write waits on its fsync) as soon as it is validated, while the
        // next file decodes; a refusal or failure later in the batch removes them again (release below).
        let filesDone = 0;
        await runLimited([...files.keys()], PARALLEL, async (i) => {
          const f = files[i] as { bytes: Buffer };
          const got = await ingest(f.bytes, { worker: this.#worker, signal, onProgress: files.length === 1 ? (d, t) => progress('import', d, t) : undefined });
          ingested[i] = got;
          if (files.length > 1) progress('import', ++filesDone, files.length);
          if (signal.aborted) throw cancelledError();
          // A page kept as it came (PNG/JPEG straight from the scanner) is its original's own bytes: hashed and written once.
          const writes = [f.bytes, ...got.pages.map((p) => p.data)];
          const unique = [...new Set(writes)];
          const stored = new Map<Buffer, PutResult>();
          await runLimited(unique, PARALLEL, async (data) => {
            const put = await this.blobs.put(data);
            puts.push(put);
            stored.set(data, put);
          });
          written[i] = writes.map((w) => stored.get(w) as PutResult);
        });
        for (const [i, f] of files.entries()) {
          const got = ingested[i] as Ingested;
          const [original, ...pageBlobs] = written[i] as [PutResult, ...PutResult[]];
          originals.push({ blob: original.sha256, name: sanitizeFileName(f.name), mediaType: MEDIA_TYPES[got.kind], bytes: f.bytes.byteLength });
          for (const [j, p] of got.pages.entries()) {
            const put = pageBlobs[j] as PutResult;
            if (p.archive) this.#keepRendition(put.sha256, p.archive);
            pages.push({
              id: randomUUID(), blob: put.sha256, mediaType: p.mediaType, width: p.width, height: p.height, dpi: p.dpi,
              rotation: 0, blankSuggested: p.blankSuggested, ocr: null,
            });
          }
        }
        if (signal.aborted) throw cancelledError();
        const documentId = meta.documentId ?? randomUUID();
        // Issue 9 §3: pages taken from the hot folder record it as their source.
        const from = meta.source === 'hot_folder' ? 'hot_folder' : undefined;
        const updated = await this.#mutate(caseId, 'pages_added', (docs, now) => {
          if (meta.documentId) {
            const target = edits.findDocument(docs, meta.documentId);
            const merged = [...target.originals];
            for (const o of originals) if (!merged.some((x) => x.blob === o.blob)) merged.push(o);
            return docs.map((d) => (d.id === target.id ? { ...d, originals: merged, pages: [...d.pages, ...pages], pdf: null, updatedAt: now } : d));
          }
          const doc: CaseDocument = {
            id: documentId, type: meta.type, source: meta.source, developmentLevel: meta.developmentLevel, receivedDate: meta.receivedDate,
            originals, pages, pdf: null, createdAt: now, updatedAt: now,
          };
          return [...docs, doc];
        }, from);
        ok = true;
        return { document: edits.findDocument(updated.documents, documentId), revision: updated.revision };
      } finally {
        await this.blobs.release(puts, !ok);
      }
    });
  }

  updateMeta(caseId: string, documentId: string, meta: DocumentMeta): Promise<DocumentsResult> {
    return this.#edit(caseId, 'meta_changed', (docs, now) => {
      edits.findDocument(docs, documentId);
      return docs.map((d) => (d.id === documentId ? { ...d, ...meta, pdf: null, updatedAt: now } : d));
    });
  }

  rotatePages(caseId: string, pageIds: readonly string[], turn: 90 | 180 | 270): Promise<DocumentsResult> {
    return this.#edit(caseId, 'pages_rotated', (docs, now) => edits.rotatePages(docs, pageIds, turn, now));
  }

  reorderPages(caseId: string, documentId: string, pageIds: readonly string[]): Promise<DocumentsResult> {
    return this.#edit(caseId, 'pages_reordered', (docs, now) => edits.reorderPages(docs, documentId, pageIds, now));
  }

  deletePages(caseId: string, pageIds: readonly string[]): Promise<DocumentsResult> {
    return this.#edit(caseId, 'pages_deleted', (docs, now) => edits.deletePages(docs, pageIds, now));
  }

  split(caseId: string, documentId: string, fromPageId: string, type: CaseDocument['type']): Promise<DocumentsResult> {
    return this.#edit(caseId, 'document_split', (docs, now) => edits.splitDocument(docs, documentId, fromPageId, type, now));
  }

  movePages(caseId: string, pageIds: readonly string[], toDocumentId: string, position?: number): Promise<DocumentsResult> {
    return this.#edit(caseId, 'pages_moved', (docs, now) => edits.movePages(docs, pageIds, toDocumentId, position, now));
  }

  deleteDocument(caseId: string, documentId: string): Promise<DocumentsResult> {
    return this.#edit(caseId, 'document_deleted', (docs) => edits.deleteDocument(docs, documentId));
  }

  async thumbnail(caseId: string, pageId: string, size: number): Promise<{ dataUrl: string; width: number; height: number }> {
    const record = await this.store.cases.get(caseId);
    const { page } = edits.findPage(record.documents, pageId);
    // Blobs never change: a thumbnail is cached by content, turn and size (the editor redraws often).
    const key = `${page.blob}:${page.rotation}:${size}`;
    const cached = this.#thumbs.get(key);
    if (cached) {
      this.#thumbs.delete(key);
      this.#thumbs.set(key, cached);
      return cached;
    }
    const t = await thumbnail(await this.blobs.read(page.blob), page.rotation, size);
    const value = { dataUrl: `data:image/jpeg;base64,${t.data.toString('base64')}`, width: t.width, height: t.height };
    this.#thumbs.set(key, value);
    if (this.#thumbs.size > THUMBNAIL_CACHE) this.#thumbs.delete(this.#thumbs.keys().next().value as string);
    return value;
  }

  /**
   * Any PDF's pages as PNG data URLs (the in-app viewer and the print view of letters), rendered in
   * the worker; nothing is written to disk, so a printed copy carrying a password stays in memory.
   */
  async previewPdf(pdf: Uint8Array, dpi: number): Promise<PdfPreview> {
    const copy = new Uint8Array(pdf); // transferred to the worker
    const result = await this.#worker.run(
      { task: 'renderPdf', pdf: copy, dpi, maxPages: LIMITS.pages, maxPixels: LIMITS.pagePixels, standardFontDir: standardFontDir() },
      { transfer: [copy.buffer] },
    );
    if (result.task !== 'renderPdf') throw new Error('unexpected worker result');
    const first = result.pages[0];
    return {
      pages: result.pages.map((p) => ({ dataUrl: `data:image/png;base64,${Buffer.from(p.png).toString('base64')}`, width: p.width, height: p.height })),
      pageWidthPt: first ? (first.width * 72) / dpi : 595.28,
      pageHeightPt: first ? (first.height * 72) / dpi : 841.89,
    };
  }

  /** The built archival PDF of a document, for the viewer. */
  async documentPdfPreview(caseId: string, documentId: string, dpi: number): Promise<PdfPreview> {
    const record = await this.store.cases.get(caseId);
    const doc = record.documents.find((d) => d.id === documentId);
    if (!doc) throw new AppError('not_found', 'documents.notInCase');
    if (!doc.pdf) throw new AppError('not_found', 'documents.pdfNotBuilt');
    return this.previewPdf(await this.blobs.read(doc.pdf.blob), dpi);
  }

  /** The archival PDF/A-2b of a document (docs/reference.md §4), with an invisible OCR text layer when `ocr`. */
  buildPdf(caseId: string, documentId: string, ocr: boolean, opts: TaskOptions = {}): Promise<{ document: CaseDocument; revision: number }> {
    return this.#task(caseId, opts, async (signal, progress) => {
      const record = await this.store.cases.get(caseId);
      const doc = edits.findDocument(record.documents, documentId);
      const total = doc.pages.length * (ocr ? 1 : 2);
      let done = 0;
      const ocrResults = new Map<string, { ocr: PageOcr; page: OcrPage }>();
      // Blobs this build writes (new OCR reads, the PDF): dropped again if it fails or is cancelled.
      const puts: PutResult[] = [];
      let ok = false;
      try {
        // JPEG renditions two at a time; the OCR engine reads one page at a time alongside.
        const encoding = this.#pageJpegs(doc, () => {
          if (!ocr) progress('pdf', ++done, total);
        });
        // Awaited below; handled now so a failure while the OCR runs is not an unhandled rejection.
        encoding.catch(() => undefined);
        if (ocr)
          for (const page of doc.pages) {
            const read = await this.#pageOcr(page, signal);
            if (read.put) puts.push(read.put);
            ocrResults.set(page.id, read);
            progress('ocr', ++done, total);
          }
        const jpegs = await encoding;
        const inputs: PdfPageInput[] = doc.pages.map((page, i) => {
          const jpeg = jpegs[i] as { data: Buffer; width: number; height: number };
          const read = ocrResults.get(page.id);
          // OCR boxes are in the pixels of the OCR image; the archive image may be larger (> 300 dpi).
          const k = read ? jpeg.width / read.page.width : 1;
          const words = read ? read.page.lines.flatMap((l) => l.words).map((w) => ({ text: w.text, x0: w.x0 * k, y0: w.y0 * k, x1: w.x1 * k, y1: w.y1 * k })) : [];
          // A copy: it is transferred to the worker, and sharp's buffer may share memory with others.
          return { jpeg: new Uint8Array(jpeg.data), width: jpeg.width, height: jpeg.height, dpi: page.dpi, words };
        });
        const createdAt = this.store.ctx.now().toISOString();
        const pdf = await this.#assemble(record, doc, inputs, createdAt, { signal, onProgress: () => (ocr ? undefined : progress('pdf', ++done, total)) });
        const put = await this.blobs.put(pdf);
        puts.push(put);
        const pageKey = doc.pages.map((p) => `${p.id}:${p.blob}:${p.rotation}`).join();
        const updated = await this.#mutate(caseId, 'pdf_built', (docs, now) => {
          const current = edits.findDocument(docs, documentId);
          if (current.pages.map((p) => `${p.id}:${p.blob}:${p.rotation}`).join() !== pageKey)
            throw new AppError('conflict', 'documents.pagesChangedWhileBuilding');
          const pages = current.pages.map((p) => {
            const r = ocrResults.get(p.id);
            return r ? { ...p, ocr: r.ocr } : p;
          });
          return docs.map((d) =>
            d.id === documentId
              ? { ...d, pages, pdf: { blob: put.sha256, bytes: put.bytes, pages: pages.length, searchable: ocr, builtAt: createdAt }, updatedAt: now }
              : d,
          );
        });
        ok = true;
        return { document: edits.findDocument(updated.documents, documentId), revision: updated.revision };
      } finally {
        await this.blobs.release(puts, !ok);
      }
    });
  }

  /**
   * The archival PDF/A-2b of a document for the archive bag (SOP step 9): the built one when it is
   * current, else assembled now in memory (no OCR) and **not saved** — a closed case refuses edits,
   * yet its bag needs a PDF of every document even if none was ever built. The built one is handed on
   * as its stored file: the bag writer reads it once, checking it against its name as it copies it.
   */
  async archivalPdf(record: CaseRecord, documentId: string): Promise<Uint8Array | BlobFile> {
    const doc = edits.findDocument(record.documents, documentId);
    if (doc.pdf && (await this.blobs.has(doc.pdf.blob))) return this.blobs.file(doc.pdf.blob);
    const jpegs = await this.#pageJpegs(doc);
    const inputs: PdfPageInput[] = doc.pages.map((page, i) => {
      const jpeg = jpegs[i] as Rendition;
      return { jpeg: new Uint8Array(jpeg.data), width: jpeg.width, height: jpeg.height, dpi: page.dpi, words: [] };
    });
    return this.#assemble(record, doc, inputs, this.store.ctx.now().toISOString());
  }

  /** The archive JPEG of every page (rotation applied), two at a time; a scan's import already made most of them. */
  async #pageJpegs(doc: CaseDocument, onPage: () => void = () => undefined): Promise<Rendition[]> {
    const jpegs = new Array<Rendition>(doc.pages.length);
    await runLimited([...doc.pages.keys()], PARALLEL, async (i) => {
      const page = doc.pages[i] as DocumentPage;
      const ready = page.rotation === 0 ? this.#renditions.get(page.blob) : undefined;
      jpegs[i] = ready ?? (await archiveJpeg(await this.blobs.read(page.blob), page.rotation));
      onPage();
    });
    return jpegs;
  }

  /** Page JPEGs (+ OCR words) → the PDF/A-2b, in the worker (assemblePdf.ts). */
  async #assemble(record: CaseRecord, doc: CaseDocument, inputs: PdfPageInput[], createdAt: string, opts: { signal?: AbortSignal; onProgress?: () => void } = {}): Promise<Uint8Array> {
    const result = await this.#worker.run(
      {
        task: 'assemblePdf',
        pages: inputs,
        meta: {
          title: `${DOCUMENT_TYPE_LABELS[doc.type]} — ${record.caseNumber}`,
          caseNumber: record.caseNumber,
          documentType: DOCUMENT_TYPE_LABELS[doc.type],
          createdAt,
          fileId: randomBytes(16).toString('hex'),
        },
        ...pdfAssets(),
      },
      { transfer: inputs.map((p) => p.jpeg.buffer as ArrayBuffer), signal: opts.signal, onProgress: opts.onProgress },
    );
    if (result.task !== 'assemblePdf') throw new Error('unexpected worker result');
    return result.pdf;
  }


  /** OCR field suggestions for the intake form (never applied here); OCR results are kept on the pages. */
  suggestFields(caseId: string, documentIds: readonly string[] | undefined, opts: TaskOptions = {}): Promise<FieldSuggestion[]> {
    return this.#task(caseId, opts, async (signal, progress) => {
      const record = await this.store.cases.get(caseId);
      const docs = documentIds ? documentIds.map((id) => edits.findDocument(record.documents, id)) : record.documents;
      const work = docs.flatMap((d) => d.pages.filter((p) => !p.blankSuggested).slice(0, SUGGEST_PAGES_PER_DOCUMENT).map((p) => ({ d, p })));
      const sources: OcrSource[] = [];
      const fresh = new Map<string, PageOcr>();
      const puts: PutResult[] = [];
      let ok = false;
      try {
        for (const [i, { d, p }] of work.entries()) {
          const read = await this.#pageOcr(p, signal);
          if (read.put) {
            puts.push(read.put);
            fresh.set(p.id, read.ocr);
          }
          sources.push({ documentId: d.id, documentType: d.type, pageId: p.id, page: read.page });
          progress('ocr', i + 1, work.length);
        }
        if (fresh.size > 0) await this.#keepOcr(caseId, fresh);
        ok = true;
      } finally {
        await this.blobs.release(puts, !ok);
      }
      return suggestFields(sources);
    });
  }

  #keepRendition(blob: string, r: Rendition): void {
    this.#renditions.delete(blob);
    this.#renditions.set(blob, r);
    if (this.#renditions.size > RENDITION_CACHE) this.#renditions.delete(this.#renditions.keys().next().value as string);
  }

  /** The page's OCR: the stored one if it was read at the current rotation, else read now and stored as a blob. */
  async #pageOcr(page: DocumentPage, signal: AbortSignal): Promise<{ ocr: PageOcr; page: OcrPage; put?: PutResult }> {
    if (page.ocr && page.ocr.rotation === page.rotation) {
      try {
        return { ocr: page.ocr, page: JSON.parse((await this.blobs.read(page.ocr.blob)).toString('utf8')) as OcrPage };
      } catch {
        // A missing or unreadable OCR blob is only a cache miss: read the page again.
      }
    }
    const img = await ocrImage(await this.blobs.read(page.blob), page.rotation, page.dpi);
    const read = await this.#ocr.recognize(img.data, img.width, img.height, signal);
    // The caller releases the claim: kept once a page references it, removed if its task fails.
    const put = await this.blobs.put(Buffer.from(JSON.stringify(read)));
    const words = read.lines.reduce((n, l) => n + l.words.length, 0);
    return { ocr: { blob: put.sha256, rotation: page.rotation, confidence: Math.round(read.confidence * 10) / 10, words }, page: read, put };
  }

  async #keepOcr(caseId: string, fresh: ReadonlyMap<string, PageOcr>): Promise<void> {
    await this.#mutate(caseId, null, (docs) =>
      docs.map((d) => ({
        ...d,
        // Only where the page is still as it was read (same rotation); a cache, never stale text.
        pages: d.pages.map((p) => {
          const o = fresh.get(p.id);
          return o && o.rotation === p.rotation ? { ...p, ocr: o } : p;
        }),
      })),
    );
  }

  async #edit(caseId: string, action: DocumentAction, change: (docs: CaseDocument[], now: string) => CaseDocument[]): Promise<DocumentsResult> {
    const updated = await this.#mutate(caseId, action, change);
    return { documents: updated.documents, revision: updated.revision };
  }

  /**
   * Applies `change` to the latest documents of a case: the repository runs it on the current record
   * inside the case's write queue, so two edits never lose each other. An admin's action (not a
   * cache such as stored OCR, `action` null) goes into the audit trail with the documents it touched:
   * what was handed in and filed is accountable like every SOP step (SOP *Pencatatan*).
   */
  #mutate(caseId: string, action: DocumentAction | null, change: (docs: CaseDocument[], now: string) => CaseDocument[], source?: EventSource): Promise<CaseRecord> {
    return this.store.cases.update(caseId, null, (c) => {
      const at = this.store.ctx.now().toISOString();
      const documents = change(c.documents, at);
      if (action === null) return { ...c, documents };
      const payload = documentsChange(action, c.documents, documents);
      if (payload.documents.length === 0 && payload.removed.length === 0) return { ...c, documents };
      const events = appendEvents(c, [{ at, type: 'documents_changed', operator: this.store.cases.activeOperator(), source: source ?? this.store.cases.activeSource(), payload }]);
      return { ...c, documents, events };
    });
  }

  async #task<T>(caseId: string, opts: TaskOptions, run: (signal: AbortSignal, progress: (phase: DocumentsProgress['phase'], done: number, total: number) => void) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const taskId = opts.taskId ?? randomUUID();
    if (this.#tasks.has(taskId)) throw new AppError('conflict', 'documents.taskIdBusy');
    this.#tasks.set(taskId, controller);
    const onOuterAbort = () => controller.abort();
    opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const progress = (phase: DocumentsProgress['phase'], done: number, total: number) =>
      this.events.emit('documents.progress', { taskId, caseId, phase, done: Math.min(done, total), total });
    try {
      return await run(controller.signal, progress);
    } finally {
      opts.signal?.removeEventListener('abort', onOuterAbort);
      this.#tasks.delete(taskId);
    }
  }
}

/** A page file from disk; an oversized one is refused from its size, before it is read into memory. */
async function readSource(file: string): Promise<Buffer> {
  try {
    const st = await fs.stat(file);
    if (st.size > MAX_IMPORT_BYTES)
      throw new AppError('invalid_input', 'documents.fileTooLarge', { mb: Math.ceil(st.size / 1024 / 1024), maxMb: MAX_IMPORT_BYTES / 1024 / 1024 });
    return await fs.readFile(file);
  } catch (e) {
    throw toStorageError(e, file);
  }
}

const services = new WeakMap<Store, DocumentService>();

/** Called once per core, by the documents handlers (which also register its close). */
export function openDocuments(store: Store, events: CoreEvents): DocumentService {
  const s = DocumentService.open(store, events);
  services.set(store, s);
  return s;
}

/** The documents service of an open store (handlers of other features, e.g. scanning and the hot folder). */
export function documentsOf(store: Store): DocumentService {
  const s = services.get(store);
  if (!s) throw new Error('documentsOf: documents service not opened for this store');
  return s;
}
