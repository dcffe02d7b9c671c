/**
 * Temporary SPSE passwords (SOP step 6 → 8), held in core memory only: never in an event, a payload,
 * a log, a temp file or an export (docs/sop.md §Decided: Password never stored). Cleared after
 * step 8, when the case closes, and with the process.
 */
import { randomInt } from 'node:crypto';

/** No look-alikes (0/O/o, 1/l/I, 5/S, 2/Z, 8/B): the password is read from paper or a screen and typed. */
const UPPER = 'ACDEFGHJKMNPQRTUVWXY';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '34679';
const SYMBOLS = '#%+=?@';
const ALL = UPPER + LOWER + DIGITS + SYMBOLS;

const pick = (alphabet: string): string => alphabet.charAt(randomInt(alphabet.length));

/** 14 characters from a CSPRNG, with at least one of each class (SPSE-style password rules). */
export function generatePassword(length = 14): string {
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(ALL));
  // Fisher–Yates, so the guaranteed classes are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

export class PasswordVault {
  readonly #held = new Map<string, { password: string; source: 'generated' | 'typed' }>();

  hold(caseId: string, password: string, source: 'generated' | 'typed'): void {
    this.#held.set(caseId, { password, source });
  }

  source(caseId: string): '' | 'generated' | 'typed' {
    return this.#held.get(caseId)?.source ?? '';
  }

  reveal(caseId: string): string | null {
    return this.#held.get(caseId)?.password ?? null;
  }

  clear(caseId: string): void {
    this.#held.delete(caseId);
  }
}
