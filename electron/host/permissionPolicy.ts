/**
 * Which web permissions the renderer gets: none, except writing plain text to the clipboard from
 * the app's own page (the "Salin" buttons for case numbers and User IDs). Electron grants every
 * permission when no handler is set; the security checklist (§5) says deny by default.
 */
import { isAppUrl } from './appUrl';

const ALLOWED_FOR_APP = new Set<string>(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_FOR_APP.has(permission) && isAppUrl(requestingUrl);
}
