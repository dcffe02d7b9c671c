/**
 * A document attached to a case (the hardcopy issue owns this shape): its pages are content-addressed
 * blobs in the data folder; the archival PDF is a blob too.
 */
import { z } from 'zod';

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const DOCUMENT_TYPES = ['request_letter', 'sk', 'supplementary', 'other'] as const;
export const DOCUMENT_SOURCES = ['scanner', 'hot_folder', 'camera', 'file'] as const;
/** ANRI "tingkat perkembangan": original or copy. */
export const DEVELOPMENT_LEVELS = ['asli', 'salinan'] as const;

export const documentPageSchema = z.object({
  blob: sha256Schema,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** Clockwise quarter turns applied on output. */
  rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
});

export const caseDocumentSchema = z.object({
  id: z.string().min(1),
  type: z.enum(DOCUMENT_TYPES),
  source: z.enum(DOCUMENT_SOURCES),
  developmentLevel: z.enum(DEVELOPMENT_LEVELS),
  receivedDate: z.string(),
  pages: z.array(documentPageSchema),
  /** The archival PDF/A-2b built from the pages, once built. */
  pdf: z.object({ blob: sha256Schema, bytes: z.number().int().nonnegative() }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;
