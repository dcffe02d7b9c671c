/**
 * Hardcopy intake's methods and events (zod schemas); names in documents.names.ts.
 *
 * Usage (renderer):
 * - Import a file (drag-and-drop / picker): `documents.uploadBegin {caseId, name, bytes}` → `{uploadId, chunkBytes}`;
 *   then `documents.uploadChunk {uploadId, offset, data: base64}` in order, each ≤ chunkBytes raw bytes; then
 *   `documents.uploadFinish {uploadId, meta, taskId?}` → `{document, revision}` (type checked from the content;
 *   refused files answer `invalid_input` with an Indonesian message, nothing is kept). `documents.uploadAbort` drops it.
 * - Page editor: `documents.list {caseId}`; `documents.thumbnail {caseId, pageId, size?}` → JPEG data URL
 *   (rotation applied); edits name pages by their stable `id`: rotatePages, reorderPages (the full new order),
 *   deletePages, split (pages from `fromPageId` on become a new document), movePages (into another document).
 *   Each edit returns the case's documents and clears the edited documents' `pdf` (rebuild it).
 *   `page.blankSuggested` marks probable blank pages of an ADF/duplex batch: offer to delete, never do it silently.
 * - `documents.buildPdf {caseId, documentId, ocr?, taskId?}` → the document with `pdf` (PDF/A-2b, searchable when ocr).
 * - `documents.suggestFields {caseId, documentIds?, taskId?}` → OCR field suggestions with snippets for the
 *   intake form (`field` is the form path, e.g. "requester.nip"); apply only what the admin accepts.
 * - `documents.previewPdf {caseId, documentId}` → the built PDF's pages as PNG data URLs (the viewer).
 * - Long tasks take an optional client-made `taskId` (uuid): `documents.progress` events carry it, and
 *   `documents.cancel {taskId}` stops the task (it then fails with code `conflict`, "dibatalkan").
 */
import { z } from 'zod';
import { caseIdSchema } from '../../domain/case';
import {
  caseDocumentSchema, documentMetaSchema, documentTypeSchema, fieldSuggestionSchema,
} from '../../domain/document';
import { pdfPreviewSchema } from '../../domain/letters';
import type { DOCUMENT_EVENTS, DOCUMENT_METHODS } from './documents.names';
import type { MethodSpec } from './spec';
import { messageToken } from '../../messages/format';

/** Largest raw chunk of an upload (base64 on the wire is 4/3 of it). */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;
/** Largest file the import accepts (a 300 dpi colour scan of many pages stays well below). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const idSchema = z.string().min(1).max(64);
const taskIdSchema = z.string().uuid({ error: messageToken('schema.invalidTaskId') });
const documentsOut = z.object({ documents: z.array(caseDocumentSchema), revision: z.number().int().nonnegative() });

export const PROGRESS_PHASES = ['import', 'pdf', 'ocr'] as const;
export const documentsProgressSchema = z.object({
  taskId: z.string(),
  caseId: z.string(),
  phase: z.enum(PROGRESS_PHASES),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type DocumentsProgress = z.infer<typeof documentsProgressSchema>;

export const documentsContract = {
  'documents.list': { access: 'session', input: z.object({ caseId: caseIdSchema }), output: documentsOut },
  'documents.uploadBegin': {
    access: 'operator',
    input: z.object({
      caseId: caseIdSchema,
      /** The file's name as the user's system gave it: kept only as sanitized metadata. */
      name: z.string().max(1000).default(''),
      bytes: z
        .number()
        .int()
        .nonnegative()
        .max(MAX_IMPORT_BYTES, { error: `Berkas terlalu besar (paling besar ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Pindai ulang dengan resolusi lebih rendah atau pisahkan berkasnya.` }),
    }),
    output: z.object({ uploadId: z.string(), chunkBytes: z.number().int().positive() }),
  },
  'documents.uploadChunk': {
    access: 'operator',
    input: z.object({
      uploadId: idSchema,
      offset: z.number().int().nonnegative(),
      data: z.base64({ error: messageToken('schema.chunkNotBase64') }).max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4),
    }),
    output: z.object({ received: z.number().int().nonnegative() }),
  },
  'documents.uploadFinish': {
    access: 'operator',
    input: z.object({
      uploadId: idSchema,
      meta: documentMetaSchema,
      /** Append the pages to this document instead of making a new one. */
      documentId: idSchema.optional(),
      taskId: taskIdSchema.optional(),
      /** Where the bytes came from in the renderer: a file picked or dropped, or the document camera. */
      source: z.enum(['file', 'camera']).default('file'),
    }),
    output: z.object({ document: caseDocumentSchema, revision: z.number().int().nonnegative() }),
  },
  'documents.uploadAbort': { access: 'operator', input: z.object({ uploadId: idSchema }), output: z.object({}) },
  'documents.thumbnail': {
    access: 'session',
    input: z.object({ caseId: caseIdSchema, pageId: idSchema, size: z.number().int().min(64).max(1600).default(240) }),
    output: z.object({ dataUrl: z.string().startsWith('data:image/jpeg;base64,'), width: z.number().int(), height: z.number().int() }),
  },
  'documents.updateMeta': {
    access: 'operator',
    input: z.object({ caseId: caseIdSchema, documentId: idSchema, meta: documentMetaSchema }),
    output: documentsOut,
  },
  'documents.rotatePages': {
    access: 'operator',
    input: z.object({
      caseId: caseIdSchema,
      pageIds: z.array(idSchema).min(1),
      /** Clockwise quarter turns to add: 90 right, 270 left, 180 upside down. */
      turn: z.union([z.literal(90), z.literal(180), z.literal(270)]),
    }),
    output: documentsOut,
  },
  'documents.reorderPages': {
    access: 'operator',
    input: z.object({ caseId: caseIdSchema, documentId: idSchema, pageIds: z.array(idSchema).min(1) }),
    output: documentsOut,
  },
  'documents.deletePages': {
    access: 'operator',
    input: z.object({ caseId: caseIdSchema, pageIds: z.array(idSchema).min(1) }),
    output: documentsOut,
  },
  'documents.split': {
    access: 'operator',
    input: z.object({ caseId: caseIdSchema, documentId: idSchema, fromPageId: idSchema, type: documentTypeSchema }),
    output: documentsOut,
  },
  'documents.movePages': {
    access: 'operator',
    input: z.object({
      caseId: caseIdSchema,
      pageIds: z.array(idSchema).min(1),
      toDocumentId: idSchema,
      /** Insert before this index of the target document; at the end when omitted. */
      position: z.number().int().nonnegative().optional(),
    }),
    output: documentsOut,
  },
  'documents.delete': { access: 'operator', input: z.object({ caseId: caseIdSchema, documentId: idSchema }), output: documentsOut },
  'documents.buildPdf': {
    access: 'operator',
    input: z.object({ caseId: caseIdSchema, documentId: idSchema, ocr: z.boolean().default(true), taskId: taskIdSchema.optional() }),
    output: z.object({ document: caseDocumentSchema, revision: z.number().int().nonnegative() }),
  },
  'documents.suggestFields': {
    access: 'session',
    input: z.object({ caseId: caseIdSchema, documentIds: z.array(idSchema).optional(), taskId: taskIdSchema.optional() }),
    output: z.object({ suggestions: z.array(fieldSuggestionSchema) }),
  },
  'documents.cancel': { access: 'operator', input: z.object({ taskId: taskIdSchema }), output: z.object({ cancelled: z.boolean() }) },
  /** The built archival PDF of a document as PNG pages, to look at it in the app (fails with `not_found` until built). */
  'documents.previewPdf': {
    access: 'session',
    input: z.object({ caseId: caseIdSchema, documentId: idSchema, dpi: z.number().int().min(50).max(200).default(100) }),
    output: pdfPreviewSchema,
  },
} as const satisfies Record<(typeof DOCUMENT_METHODS)[number], MethodSpec>;

export const documentsEvents = {
  /** Progress of a long task (import, PDF build, OCR): `done` of `total` pages. */
  'documents.progress': documentsProgressSchema,
} as const satisfies Record<(typeof DOCUMENT_EVENTS)[number], z.ZodType>;
