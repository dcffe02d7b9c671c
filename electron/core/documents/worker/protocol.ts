/** Messages between the core and its document worker thread (structured clone; buffers transferred). */
import type { RenderLetterInput } from '../../letters/pdf/renderLetter';
import type { RenderReportInput } from '../../reports/pdf/renderReport';

export interface OcrWord {
  text: string;
  /** Box in pixels of the (rotated) page image: left, top, right, bottom. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPageInput {
  /** JPEG of the page, rotation already applied. */
  jpeg: Uint8Array;
  width: number;
  height: number;
  dpi: number;
  /** OCR words for the invisible text layer (ISO 32000-1 §9.3.6, render mode 3). */
  words: readonly OcrWord[];
}

export interface PdfMeta {
  title: string;
  caseNumber: string;
  documentType: string;
  /** ISO instant: CreationDate/ModDate and xmp:CreateDate agree (ISO 19005-2 §6.6.3). */
  createdAt: string;
  /** 16 bytes hex: the trailer /ID (ISO 32000-1 §14.4). */
  fileId: string;
}

export type WorkerRequest =
  | { id: number; task: 'renderPdf'; pdf: Uint8Array; dpi: number; maxPages: number; maxPixels: number; standardFontDir: string }
  | { id: number; task: 'assemblePdf'; pages: PdfPageInput[]; meta: PdfMeta; fontFile: string; iccFile: string }
  /** A letter (issue 5 §1) as PDF/A-2b; the step-8 password may ride along in memory (never written). */
  | { id: number; task: 'renderLetter'; input: RenderLetterInput }
  /** A report document (issue 11 §3) as PDF/A-2b. */
  | { id: number; task: 'renderReport'; input: RenderReportInput };

export interface RenderedPage {
  png: Uint8Array;
  width: number;
  height: number;
}

export type WorkerResult =
  | { task: 'renderPdf'; pages: RenderedPage[] }
  | { task: 'assemblePdf'; pdf: Uint8Array }
  | { task: 'renderLetter'; pdf: Uint8Array; pages: number }
  | { task: 'renderReport'; pdf: Uint8Array; pages: number };

export type WorkerResponse =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'done'; result: WorkerResult }
  /** `refusal`: an expected problem with the input (Indonesian message for the admin). */
  | { id: number; kind: 'error'; message: string; refusal: boolean };
