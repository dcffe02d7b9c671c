/**
 * Files in the hot folder that are never taken: system files (Thumbs.db, desktop.ini, macOS ._*),
 * office lock files (~$*, .~lock.*#) and names writers use while a file is still being written
 * (*.tmp, *.part, *.crdownload…). docs/reference.md §5: consume only finished files.
 */
export const TAKEN_FOLDER = 'diambil';

const SYSTEM_NAMES = new Set(['thumbs.db', 'ehthumbs.db', 'desktop.ini', '.ds_store', 'icon\r', '$recycle.bin', 'system volume information']);
const PARTIAL_EXTENSIONS = /\.(tmp|temp|part|partial|crdownload|download|filepart|!ut|swp|lock|lck)$/i;

export function isIgnoredName(name: string): boolean {
  const lower = name.toLowerCase();
  if (SYSTEM_NAMES.has(lower)) return true;
  if (lower === TAKEN_FOLDER) return true;
  // Hidden and AppleDouble files (._x), Office owner files (~$x), LibreOffice locks (.~lock.x#).
  if (name.startsWith('.') || name.startsWith('~$') || name.startsWith('~')) return true;
  if (PARTIAL_EXTENSIONS.test(name)) return true;
  return false;
}
