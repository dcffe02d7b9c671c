/**
 * Which web permissions the renderer gets. Electron grants every permission when no handler is set;
 * the security checklist (§5) says deny by default. The app's own page, in the main frame only, may:
 * - write plain text to the clipboard (the "Salin" buttons for case numbers and User IDs);
 * - open the camera, video only (the camera dialog's getUserMedia, `audio: false`): a request that
 *   also asks for the microphone, or names no media type, is refused as a whole.
 */
import { isAppUrl } from './appUrl';

/** What the host knows about a request or check (Electron's PermissionRequest / check details). */
export interface PermissionAsk {
  /** The requesting frame's last URL (request) or origin (check). */
  url: string;
  isMainFrame: boolean;
  /** `media` only: the request's `mediaTypes`, or the check's single `mediaType`. */
  mediaTypes?: readonly string[];
}

const ALLOWED_FOR_APP = new Set<string>(['clipboard-sanitized-write', 'media']);

export function isPermissionAllowed(permission: string, ask: PermissionAsk): boolean {
  if (!ALLOWED_FOR_APP.has(permission) || !ask.isMainFrame || !isAppUrl(ask.url)) return false;
  if (permission === 'media') return isVideoOnly(ask.mediaTypes);
  return true;
}

function isVideoOnly(mediaTypes: readonly string[] | undefined): boolean {
  return mediaTypes !== undefined && mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
}
