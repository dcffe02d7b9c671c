/**
 * Bag folder names on the shared drive: from the archive number (= the case number printed on the
 * receipt and the paper folder, SOP *Pencatatan* 2) and the closing date, under a year folder:
 * `2026/0007-WS01-RP-UKPBJ-XI-2026_2026-11-25`, then `_v2`, `_v3` for re-exports (never an overwrite).
 * Safe on Windows/SMB shares: no `\/:*?"<>|` or control characters, no trailing dot or space, no
 * reserved device names, at most 100 characters.
 */

export const MAX_BAG_NAME = 100;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const FORBIDDEN = /[\\/:*?"<>|]/;
/** Control characters (U+0000–U+001F, U+007F): Windows refuses them in names. */
const isControl = (ch: string) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f;

/** The archive number as a folder-name part: separators become "-", nothing Windows refuses. */
export function safeNamePart(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .split('')
    .map((ch) => (FORBIDDEN.test(ch) || isControl(ch) ? '-' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[-\s.]+|[-\s.]+$/g, '');
  return cleaned === '' ? 'berkas' : cleaned;
}

/** Base name (version 1) of a case's bag; `_vN` is added by `bagFolderName`. */
export function bagBaseName(archiveNumber: string, closedDate: string): string {
  const suffix = `_${closedDate}`;
  // Room for "_v99" so every version stays within the limit.
  let head = safeNamePart(archiveNumber).slice(0, MAX_BAG_NAME - suffix.length - 4).replace(/[\s.]+$/, '');
  if (RESERVED.test(head.split('.')[0] ?? '')) head = `_${head}`;
  return `${head}${suffix}`;
}

export function bagFolderName(base: string, version: number): string {
  return version <= 1 ? base : `${base}_v${version}`;
}

/** Windows/SMB checks, used by the tests and by the exporter as a last guard. */
export function isSafeFolderName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_BAG_NAME &&
    !name.split('').some((ch) => FORBIDDEN.test(ch) || isControl(ch)) &&
    !/[. ]$/.test(name) &&
    !RESERVED.test(name.split('.')[0] ?? '')
  );
}
