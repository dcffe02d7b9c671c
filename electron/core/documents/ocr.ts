/**
 * Indonesian OCR with tesseract.js (its own worker thread) and the `ind` model shipped by the npm
 * package @tesseract.js-data/ind (LSTM, best_int): fully offline — `langPath` is a local folder and
 * `cacheMethod: 'none'` keeps tesseract.js from writing a model copy into the working folder.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createWorker, OEM, type Worker as TesseractWorker } from 'tesseract.js';
import { appRoot } from './assets';
import { cancelledError } from './worker/pool';
import type { OcrWord } from './worker/protocol';

export interface OcrLine {
  text: string;
  words: OcrWord[];
}

/** What is stored per page (a JSON blob): the words with boxes in the pixels of the rotated page. */
export interface OcrPage {
  width: number;
  height: number;
  text: string;
  confidence: number;
  lines: OcrLine[];
}

export function indLangPath(): string {
  const require = createRequire(path.join(appRoot(), 'package.json'));
  return path.join(path.dirname(require.resolve('@tesseract.js-data/ind/package.json')), '4.0.0_best_int');
}

async function startWorker(): Promise<TesseractWorker> {
  const worker = await createWorker('ind', OEM.LSTM_ONLY, { langPath: indLangPath(), cacheMethod: 'none', gzip: true });
  // Scans are dark print on light paper: skip Tesseract 5's second, inverted reading of every
  // low-confidence line (about a third of the time on noisy pages, no gain on letters).
  await worker.setParameters({ tessedit_do_invert: '0' });
  return worker;
}

export class OcrEngine {
  #worker: Promise<TesseractWorker> | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  /** One page at a time (the engine holds one model in memory; 4 GB office PCs). */
  recognize(png: Buffer, width: number, height: number, signal?: AbortSignal): Promise<OcrPage> {
    const run = this.#queue.then(() => this.#recognize(png, width, height, signal));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    const w = this.#worker;
    this.#worker = undefined;
    if (w) await (await w).terminate();
  }

  async #recognize(png: Buffer, width: number, height: number, signal?: AbortSignal): Promise<OcrPage> {
    if (signal?.aborted) throw cancelledError();
    const worker = await (this.#worker ??= startWorker());
    // Cancel: the engine's thread is terminated mid-page; the next call starts a fresh one.
    const onAbort = () => {
      if (this.#worker) {
        this.#worker = undefined;
        void worker.terminate();
      }
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      // TSV, not the `blocks` tree: a string crosses from the engine's thread cheaply, where the tree
      // (with every symbol and its alternatives) costs the core's event loop a long deserialization.
      const { data } = await worker.recognize(png, {}, { tsv: true, text: true });
      if (signal?.aborted) throw cancelledError();
      return { width, height, text: data.text, confidence: Math.max(0, Math.min(100, data.confidence)), lines: parseTsv(data.tsv ?? '') };
    } catch (e) {
      if (signal?.aborted) throw cancelledError();
      throw e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/**
 * Tesseract's TSV (one row per element: level, page, block, paragraph, line, word, left, top,
 * width, height, conf, text; words are level 5) → lines of words with their boxes.
 */
export function parseTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, OcrLine>();
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c[0] !== '5' || c.length < 12) continue;
    const text = c.slice(11).join('\t').trim();
    if (!text) continue;
    const [left, top, w, h] = [c[6], c[7], c[8], c[9]].map(Number) as [number, number, number, number];
    const key = `${c[2]}.${c[3]}.${c[4]}`;
    const line = lines.get(key) ?? { text: '', words: [] };
    line.words.push({ text, x0: left, y0: top, x1: left + w, y1: top + h });
    line.text = line.text ? `${line.text} ${text}` : text;
    lines.set(key, line);
  }
  return [...lines.values()];
}
