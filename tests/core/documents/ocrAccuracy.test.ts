/**
 * OCR field suggestions measured on generated letters (tests/core/documents/letters.ts: 4 layouts × 10
 * in four typefaces, clean / skewed+noisy / 200 dpi+blurred / phone photo / fax): precision and recall
 * per field, printed as a table, with a floor asserted.
 * Precision = correct top suggestions / top suggestions made; recall = correct / fields present.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { ocrImage } from '../../../electron/core/documents/images';
import { OcrEngine } from '../../../electron/core/documents/ocr';
import { suggestFields } from '../../../electron/core/documents/suggest';
import { SUGGESTION_FIELDS, type SuggestionField } from '../../../shared/domain/document';
import { makeLetters } from './letters';

const PER_LAYOUT = 10;
const engine = new OcrEngine();
afterAll(() => engine.close());

describe('OCR field suggestions on generated letters', () => {
  it('reaches the precision/recall floor per field', { timeout: 600_000 }, async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'loket-ocr-'));
    try {
      const letters = await makeLetters(dir, PER_LAYOUT);
      const stats = new Map<SuggestionField, { tp: number; predicted: number; present: number }>(
        SUGGESTION_FIELDS.map((f) => [f, { tp: 0, predicted: 0, present: 0 }]),
      );
      const misses: string[] = [];
      for (const letter of letters) {
        // As the documents service reads a page: through ocrImage (grayscale, ≤ 300 dpi, contrast evened out).
        const png = await fs.readFile(letter.file);
        const meta = await sharp(png).metadata();
        const img = await ocrImage(png, 0, meta.density ?? 300);
        const page = await engine.recognize(img.data, img.width, img.height);
        const suggestions = suggestFields([{ documentId: 'd', documentType: letter.documentType, pageId: 'p', page }]);
        for (const field of SUGGESTION_FIELDS) {
          const s = stats.get(field);
          if (!s) continue;
          const truth = letter.truth[field];
          // Scored only where the layout carries the field (an SK lists several members: no single requester).
          if (truth === undefined) continue;
          s.present += 1;
          const top = suggestions.find((x) => x.field === field);
          if (!top) {
            misses.push(`${path.basename(letter.file)} ${field}: tidak ada (harus ${truth})`);
            continue;
          }
          s.predicted += 1;
          if (top.value === truth) s.tp += 1;
          else misses.push(`${path.basename(letter.file)} ${field}: "${top.value}" (harus "${truth}")`);
        }
      }
      const rows = [...stats].map(([field, s]) => ({
        field,
        present: s.present,
        predicted: s.predicted,
        correct: s.tp,
        precision: s.predicted ? s.tp / s.predicted : 1,
        recall: s.present ? s.tp / s.present : 1,
      }));
      const table = [
        'field              present predicted correct precision recall',
        ...rows.map((r) => `${r.field.padEnd(18)} ${String(r.present).padStart(7)} ${String(r.predicted).padStart(9)} ${String(r.correct).padStart(7)} ${r.precision.toFixed(2).padStart(9)} ${r.recall.toFixed(2).padStart(6)}`),
      ].join('\n');
      console.log(`OCR field suggestions, ${letters.length} letters (${PER_LAYOUT} per layout):\n${table}\nmisses:\n${misses.join('\n')}`);
      for (const r of rows) {
        expect.soft(r.precision, `${r.field} precision`).toBeGreaterThanOrEqual(0.8);
        expect.soft(r.recall, `${r.field} recall`).toBeGreaterThanOrEqual(0.7);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
