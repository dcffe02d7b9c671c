/**
 * The renderer's own address: the built renderer is served from `app://loket/` (a privileged
 * standard + secure scheme) instead of file:// (Electron security checklist §18). Every trust
 * decision in the host (navigation, IPC senders, permissions, events) asks `isAppUrl`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'loket';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on the app's own origin (`app://loket/...`). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare scheme and host, not `origin`: Node's URL reports "null" as the origin of non-special schemes.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * What a subframe of the app may show: the app's own pages, blob: URLs the app itself created
 * (e.g. a scanned document shown in an <iframe>), and empty frames.
 */
export function isAppFrameUrl(url: string): boolean {
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return isAppUrl(url);
}
