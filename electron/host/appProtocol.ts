/** The `app://` scheme the renderer is served from (instead of file://: security checklist §18). */
import { protocol } from 'electron';
import { createAppRequestHandler } from './appRequestHandler';
import { APP_SCHEME } from './appUrl';

/**
 * Must run before the app is ready. standard: relative URLs and a real origin (storage, 'self' in
 * the CSP); secure: a secure context like https; codeCache: V8 caches the bundle between starts,
 * which matters on a slow office PC.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/** After ready: serve `rendererRoot` (dist/renderer) on app://loket/. */
export function setupAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
}
