/** How a letter is named and described on screen (pure: tested without a browser). */
import { LETTER_KIND_LABELS, LETTER_STEP, type CaseLetter, type LetterKind } from '../../../shared/domain/letters';
import { uiDate } from '../../i18n/dates';

/** The letter's title in the UI language (the core's `title` is Indonesian: it is what the paper says). */
export function letterTitle(kind: LetterKind, lang: string): string {
  return LETTER_KIND_LABELS[kind][lang === 'en' ? 'en' : 'id'];
}

/** The state a letter is in, for its badge (issue 5 §1: not yet / ready / printed / changed since). */
export type LetterState = 'unavailable' | 'ready' | 'issued' | 'stale';

export function letterState(l: Pick<CaseLetter, 'available' | 'issued' | 'stale'>): LetterState {
  if (l.issued) return l.stale ? 'stale' : 'issued';
  return l.available ? 'ready' : 'unavailable';
}

/**
 * The latest version was printed by an operator (the register's record: not an archive copy, not
 * issued by the archiver at export). A printed letter's button says "Cetak ulang".
 */
export function letterPrinted(l: Pick<CaseLetter, 'issued'>): boolean {
  return l.issued !== null && !l.issued.archiveCopy && !l.issued.byArchiver;
}

/**
 * The letters of the case that no operator has printed (SOP step 9's warning): those whose step
 * produced them, except the control sheet, which the archiver issues at export as the archive's own
 * record. Archived now, each of the others would be kept only as an archive copy marked never printed.
 */
export function lettersNeverPrinted(letters: readonly CaseLetter[]): CaseLetter[] {
  return letters.filter((l) => l.available && l.kind !== 'control_sheet' && !letterPrinted(l));
}

/** The SOP step that produces the letter; null for the control sheet, which covers every step. */
export function letterStep(kind: LetterKind): number | null {
  return kind === 'control_sheet' ? null : LETTER_STEP[kind];
}

/** The short form of a content hash shown beside a letter ("3f2a9c…b41e"): enough to compare with the QR. */
export function shortHash(hash: string): string {
  return hash.length <= 16 ? hash : `${hash.slice(0, 8)}…${hash.slice(-6)}`;
}

/** "25 November 2026" for an issued letter's date, "—" when there is none. */
export function letterDate(date: string | undefined): string {
  return date ? uiDate(date) : '—';
}

/**
 * The entry per kind that a step form offers: the latest visit (step 2 and 3 may be visited twice;
 * the newest is the one the operator is working on).
 */
export function latestByKind(letters: readonly CaseLetter[]): Map<LetterKind, CaseLetter> {
  const out = new Map<LetterKind, CaseLetter>();
  for (const l of letters) {
    const seen = out.get(l.kind);
    if (!seen || l.visit > seen.visit) out.set(l.kind, l);
  }
  return out;
}
