/**
 * Tata naskah dinas (issue 10 §8): a signature block never stands alone on a page — it shares its
 * page with the closing line (else the last note, else the last table row). Letters are rendered
 * with growing tables so the page break falls at every point, and each page is read back with
 * poppler (`pdftotext -f N -l N`).
 */
import { describe, expect, it } from 'vitest';
import type { LetterKind } from '../../../shared/domain/letters';
import { settingsInputSchema } from '../../../shared/domain/settings';
import { buildContent, contentHash, type LetterContent } from '../../../electron/core/letters/content';
import { renderLetter } from '../../../electron/core/letters/pdf/renderLetter';
import { sampleCase } from '../../../electron/core/letters/sampleCase';
import { letterFonts } from '../../../electron/core/letters/service';
import { defaultLettersSettings } from '../../../electron/core/letters/settingsFile';
import { pdfAssets } from '../../../electron/core/documents/assets';
import { defaultWorkflowSettings } from '../../../electron/core/workflow/settingsFile';
import { localDate } from '../../../shared/dates';
import { testNow } from '../../support/clock';
import { testSettingsInput } from '../../fixtures/profile';
import { pipeTool } from './support';

const agency = settingsInputSchema.parse(testSettingsInput()).agency;

function contentOf(kind: LetterKind): LetterContent {
  const now = testNow();
  const workflow = defaultWorkflowSettings();
  const inputs = { agency, zone: 'WIB' as const, letters: defaultLettersSettings(), workflow, caseNumbers: new Map<string, string>(), now };
  return buildContent(sampleCase(kind, now, workflow), kind, 1, inputs, { number: '001/X/UKPBJ/XI/2026', date: localDate(now, 'WIB') });
}

/** The same letter with `extra` more rows in its last table, the last one marked. */
function grown(c: LetterContent, extra: number, marker: string): LetterContent {
  const tables = c.tables.map((t, i) => {
    if (i !== c.tables.length - 1) return t;
    const model = t.rows[0] ?? t.columns.map(() => '');
    const rows = [...t.rows, ...Array.from({ length: extra }, () => [...model])];
    const last = [...(rows.at(-1) ?? model)];
    last[0] = marker;
    return { ...t, rows: [...rows.slice(0, -1), last] };
  });
  return { ...c, tables };
}

async function render(c: LetterContent): Promise<{ pdf: Uint8Array; pages: number }> {
  return renderLetter({
    content: c,
    contentHash: contentHash(c),
    qrText: 'LOKET-AKUN|uji',
    logo: null,
    password: null,
    draft: false,
    numbered: true,
    createdAt: testNow().toISOString(),
    fileId: '0'.repeat(32),
    fonts: letterFonts(),
    iccFile: pdfAssets().iccFile,
  });
}

async function pageTexts(pdf: Uint8Array, pages: number): Promise<string[]> {
  const out: string[] = [];
  for (let n = 1; n <= pages; n++) out.push((await pipeTool('pdftotext', ['-f', String(n), '-l', String(n), '-layout', '-', '-'], pdf)).stdout.toString('utf8'));
  return out;
}

const pageWith = (texts: readonly string[], needle: string) => texts.findIndex((t) => t.includes(needle));

/**
 * Renders `base` with 0…26 extra table rows; for each letter of more than one page, `check` gets the
 * pages' texts and the page of the signatory's NIP line. Answers how often the signatures were not
 * on the first page (the keep-together rule was exercised).
 */
async function eachBreak(base: LetterContent, marker: string, signer: string, check: (texts: string[], signed: number, extra: number) => void): Promise<number> {
  let broken = 0;
  for (let extra = 0; extra <= 26; extra++) {
    const { pdf, pages } = await render(grown(base, extra, marker));
    if (pages === 1) continue;
    const texts = await pageTexts(pdf, pages);
    const signed = pageWith(texts, signer);
    expect(signed, `+${extra}: signatory`).toBeGreaterThanOrEqual(0);
    check(texts, signed, extra);
    if (signed > 0) broken++;
  }
  return broken;
}

describe('signature blocks stay with their closing line', () => {
  it.each(['control_sheet', 'validity_result', 'reset_report'] as const)('%s: wherever the page breaks, the signatures and the closing line share a page', async (kind) => {
    const base = contentOf(kind);
    const closingStart = base.closing.split(' ').slice(0, 4).join(' ');
    expect(closingStart.length).toBeGreaterThan(10);
    const signer = `NIP. ${base.signatory.nip}`;
    const acknowledger = `NIP. ${base.acknowledger?.nip ?? ''}`;
    const broken = await eachBreak(base, 'ZZ', signer, (texts, signed, extra) => {
      expect(pageWith(texts, acknowledger), `${kind} +${extra}: acknowledger`).toBe(signed);
      expect(pageWith(texts, closingStart), `${kind} +${extra}: closing line`).toBe(signed);
    });
    // The break fell before the signatures at least once: the rule was exercised, not skipped.
    expect(broken).toBeGreaterThan(0);
  }, 180_000);

  it('a letter with no closing and no notes keeps its last table row with the signatures', async () => {
    const base = { ...contentOf('control_sheet'), closing: '', notes: [] };
    const signer = `NIP. ${base.signatory.nip}`;
    const broken = await eachBreak(base, 'ZQ9', signer, (texts, signed, extra) => {
      expect(pageWith(texts, 'ZQ9'), `+${extra}`).toBe(signed);
    });
    expect(broken).toBeGreaterThan(0);
  }, 180_000);

  it('the control sheet has a paraf column, blank for each officer to initial', () => {
    const sheet = contentOf('control_sheet').tables[0];
    expect(sheet?.columns.at(-1)).toBe('Paraf');
    expect(sheet?.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    for (const row of sheet?.rows ?? []) expect(row).toHaveLength(sheet?.columns.length ?? 0);
    expect(sheet?.rows.every((r) => r.at(-1) === '')).toBe(true);
  });
});
