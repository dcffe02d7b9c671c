/** Small formatting helpers of the guided SOP screens. */
import type { TFunction } from 'i18next';
import type { Bilingual } from '../../../shared/sop/definition';

/** The label in the UI language (Indonesian first, docs/sop.md §Decided: Language). */
export function bi(label: Bilingual, lang: string): string {
  return lang === 'en' ? label.en : label.id;
}

/**
 * The one duration style of the UI (issue 10): a working time, a standard or a calendar span,
 * readable: "4 mnt 05 dtk", "5 mnt", "1 j 10 mnt", "3 hari 2 j" ("4 min 05 s" … in English).
 */
export function formatDuration(ms: number, t: TFunction<'workflow'>): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return t('duration.d', { d, h });
  if (h > 0) return t('duration.h', { h, m });
  if (m > 0) return s === 0 ? t('duration.mOnly', { m }) : t('duration.m', { m, s: String(s).padStart(2, '0') });
  return t('duration.s', { s });
}

/** An SOP standard in minutes, in the same style as the working times beside it ("5 mnt"). */
export function formatMinutes(minutes: number, t: TFunction<'workflow'>): string {
  return formatDuration(minutes * 60_000, t);
}

/**
 * Live working time of a step: the core's figure (as of when it answered, `fetchedAt` on this side)
 * plus what has run since, so the clock ticks without asking the core every second.
 */
export function liveWorkedMs(workedMs: number, running: boolean, fetchedAt: number, now: number): number {
  return running ? workedMs + Math.max(0, now - fetchedAt) : workedMs;
}
