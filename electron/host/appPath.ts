/**
 * Path-containment guard for serving the built renderer: used by the Electron `app://` protocol
 * handler and by the Chromium harness's static server (one guard for both hosts). Pure Node, no
 * electron import, so it is unit-tested directly.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Maps a URL pathname ("/assets/index.js") to a file under `root`, or null when the request would
 * escape it (`..`, encoded `%2e%2e` or `%2f`, backslashes, NUL bytes, drive letters).
 * "/" serves index.html.
 */
export function resolveContainedPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  if (isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return null;
  const base = resolve(root);
  const target = resolve(join(base, rel));
  const fromBase = relative(base, target);
  if (fromBase === '' || fromBase.startsWith('..') || isAbsolute(fromBase) || fromBase.split(sep).includes('..')) return null;
  return target;
}

/** Is `target` inside `root` (both absolute)? */
function isInside(root: string, target: string): boolean {
  const fromRoot = relative(root, target);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
}

/**
 * `resolveContainedPath` plus the file system: follows symlinks and refuses a file whose real
 * location is outside the real root (a link planted in the served folder must not expose the disk).
 * 'escape' when the request leaves the root, 'missing' when there is no such regular file.
 */
export async function resolveContainedFile(root: string, urlPathname: string): Promise<{ file: string } | { refused: 'escape' | 'missing' }> {
  const target = resolveContainedPath(root, urlPathname);
  if (target === null) return { refused: 'escape' };
  let realRoot: string;
  let realTarget: string;
  try {
    realRoot = await realpath(resolve(root));
    realTarget = await realpath(target);
  } catch {
    return { refused: 'missing' };
  }
  if (!isInside(realRoot, realTarget)) return { refused: 'escape' };
  const info = await stat(realTarget).catch(() => null);
  if (!info?.isFile()) return { refused: 'missing' };
  return { file: realTarget };
}
