/**
 * Security hooks for every web page the app creates (Electron security checklist §§5, 12–15):
 * no navigation away from the app, no new windows, no webviews, no network, and no permissions but
 * the few the app's own page needs (permissionPolicy.ts: clipboard text, the camera's video).
 */
import { app, type Session, type WebContents } from 'electron';
import { isAppFrameUrl, isAppUrl } from './appUrl';
import { isPermissionAllowed } from './permissionPolicy';

/**
 * The renderer never needs the network (the office is offline; the core does all I/O). This covers
 * the session's requests only: the core's own Node http calls (LAN scanners) are unaffected.
 */
export const BLOCKED_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

/** Hardens each webContents as it is created (the main window's included), so none is missed. */
export function setupWebContentsSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // Subframes (will-navigate covers only the top frame): the app's own pages and blobs, nothing else.
  contents.on('will-frame-navigate', (event) => {
    if (!(event.isMainFrame ? isAppUrl(event.url) : isAppFrameUrl(event.url))) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function setupSessionSecurity(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(isPermissionAllowed(permission, { url: details.requestingUrl, isMainFrame: details.isMainFrame, mediaTypes }));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, {
      url: requestingOrigin,
      isMainFrame: details.isMainFrame,
      mediaTypes: details.mediaType === undefined ? undefined : [details.mediaType],
    }),
  );
  // USB/HID/serial device access: never.
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: BLOCKED_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
}
