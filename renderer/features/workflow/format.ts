/** Small formatting helpers of the guided SOP screens. */
import type { TFunction } from 'i18next';
import type { Bilingual } from '../../../shared/sop/definition';

/** The label in the UI language (Indonesian first, SOP.md "Language"). */
export function bi(label: Bilingual, lang: string): string {
  return lang === 'en' ? label.en : label.id;
}

/** A working time or a calendar span, readable: "4 mnt 05 dtk", "1 j 10 mnt", "3 hari 2 j". */
export function formatDuration(ms: number, t: TFunction<'workflow'>): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return t('duration.d', { d, h });
  if (h > 0) return t('duration.h', { h, m });
  if (m > 0) return t('duration.m', { m, s: String(s).padStart(2, '0') });
  return t('duration.s', { s });
}

/**
 * Live working time of a step: the core's figure (as of when it answered, `fetchedAt` on this side)
 * plus what has run since, so the clock ticks without asking the core every second.
 */
export function liveWorkedMs(workedMs: number, running: boolean, fetchedAt: number, now: number): number {
  return running ? workedMs + Math.max(0, now - fetchedAt) : workedMs;
}
