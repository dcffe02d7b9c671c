/**
 * A document attached to a case (issue "Hardcopy in"): the SOP's request letter or SK as received on
 * paper (SOP step 1, *Pencatatan*: recorded as electronic data). Its pages are content-addressed
 * blobs in the data folder (`blobs/ab/cd/<sha256>`); the archival PDF/A-2b built from them is a blob
 * too. Every page edit (rotate, reorder, delete, split, move) makes the built PDF stale (`pdf: null`).
 */
import { z } from 'zod';
import { isoDate } from './fields';
import { messageToken } from '../messages/format';

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const DOCUMENT_TYPES = ['request_letter', 'sk', 'supplementary', 'other'] as const;
export const documentTypeSchema = z.enum(DOCUMENT_TYPES, { error: messageToken('schema.pickDocumentType') });
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const DOCUMENT_SOURCES = ['scanner', 'hot_folder', 'camera', 'file'] as const;
export const documentSourceSchema = z.enum(DOCUMENT_SOURCES, { error: messageToken('schema.unknownDocumentSource') });
export type DocumentSource = z.infer<typeof documentSourceSchema>;

/** ANRI "tingkat perkembangan": original or copy. */
export const DEVELOPMENT_LEVELS = ['asli', 'salinan'] as const;
export const developmentLevelSchema = z.enum(DEVELOPMENT_LEVELS, { error: messageToken('schema.pickOriginalOrCopy') });
export type DevelopmentLevel = z.infer<typeof developmentLevelSchema>;

/** Clockwise quarter turns applied on output (thumbnails, OCR, the archival PDF). */
export const rotationSchema = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]);
export type Rotation = z.infer<typeof rotationSchema>;

/** The stored page image: lossless PNG (scans, TIFF and PDF pages) or the JPEG exactly as imported. */
export const PAGE_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;

/** Where a page's OCR words are kept (a JSON blob of word boxes, see OcrPage in the core). */
export const pageOcrSchema = z.object({
  blob: sha256Schema,
  /** The rotation the page had when it was read; a later rotation makes the OCR stale. */
  rotation: rotationSchema,
  /** Mean word confidence 0–100. */
  confidence: z.number().min(0).max(100),
  words: z.number().int().nonnegative(),
});
export type PageOcr = z.infer<typeof pageOcrSchema>;

export const documentPageSchema = z.object({
  /** Stable id of the page within the case (survives reorder, split and move). */
  id: z.string().min(1).max(64),
  blob: sha256Schema,
  mediaType: z.enum(PAGE_MEDIA_TYPES),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Resolution of the page image (pixels per inch); 300 when the file did not say. */
  dpi: z.number().positive(),
  rotation: rotationSchema,
  /** Blank-page detection for ADF/duplex batches: a suggestion for the admin, never removed silently. */
  blankSuggested: z.boolean(),
  ocr: pageOcrSchema.nullable(),
});
export type DocumentPage = z.infer<typeof documentPageSchema>;

/** The file as it came in (kept as a blob for provenance); `name` is sanitized metadata, never a path. */
export const documentOriginalSchema = z.object({
  blob: sha256Schema,
  name: z.string().max(120),
  mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png', 'image/tiff', 'image/x-portable-anymap']),
  bytes: z.number().int().nonnegative(),
});
export type DocumentOriginal = z.infer<typeof documentOriginalSchema>;

export const documentPdfSchema = z.object({
  blob: sha256Schema,
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().positive(),
  /** True when an invisible OCR text layer was added (the archive is searchable). */
  searchable: z.boolean(),
  builtAt: z.iso.datetime({ offset: true }),
});
export type DocumentPdf = z.infer<typeof documentPdfSchema>;

export const caseDocumentSchema = z.object({
  id: z.string().min(1).max(64),
  type: documentTypeSchema,
  source: documentSourceSchema,
  developmentLevel: developmentLevelSchema,
  /** "YYYY-MM-DD": when the paper was received (SOP step 1). */
  receivedDate: z.string(),
  /** Originals of the files this document was made from (several after a merge/move). */
  originals: z.array(documentOriginalSchema),
  pages: z.array(documentPageSchema),
  /** The archival PDF/A-2b built from the pages; null until built and after any page edit. */
  pdf: documentPdfSchema.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

/** What the admin states about a document when it comes in (the intake/editor form validates with it). */
export const documentMetaSchema = z.object({
  type: documentTypeSchema,
  developmentLevel: developmentLevelSchema,
  receivedDate: isoDate('label.receivedDate'),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** Intake form fields the OCR can suggest (paths into the intake form, so the UI can set them directly). */
export const SUGGESTION_FIELDS = ['requester.nip', 'requester.userId', 'requester.name', 'letter.number', 'letter.date', 'sk.number', 'sk.date'] as const;
export const suggestionFieldSchema = z.enum(SUGGESTION_FIELDS);
export type SuggestionField = z.infer<typeof suggestionFieldSchema>;

/** One OCR field suggestion, shown with its source snippet for the admin to accept (never applied silently). */
export const fieldSuggestionSchema = z.object({
  field: suggestionFieldSchema,
  /** The value in the form's format: NIP 18 digits, dates "YYYY-MM-DD". */
  value: z.string(),
  /** The line(s) of OCR text it was read from. */
  snippet: z.string(),
  documentId: z.string(),
  pageId: z.string(),
  /** 0–1: how sure the reader is (label found, format checked, OCR confidence). */
  confidence: z.number().min(0).max(1),
});
export type FieldSuggestion = z.infer<typeof fieldSuggestionSchema>;

/** Indonesian names of the document types (PDF titles, XMP, the CLI). */
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  request_letter: 'Surat Permohonan',
  sk: 'SK Penetapan Pokja Pemilihan',
  supplementary: 'Dokumen Pelengkap',
  other: 'Dokumen Lain',
};
