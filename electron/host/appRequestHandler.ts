/**
 * Serves the built renderer for the `app://` protocol: a fetch-style Request in, a Response out,
 * so Electron's `protocol.handle` only wires it up and the tests run it on real files. Paths go
 * through the shared containment guard (appPath.ts); nothing outside the renderer folder is served.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveContainedFile } from './appPath';
import { isAppUrl } from './appUrl';

/**
 * Sent with every response, on top of any CSP in index.html (both apply). Scripts only from the
 * app itself; inline styles are allowed because Mantine injects its CSS variables in <style> tags.
 * No network: the renderer talks to the core only through the preload bridge.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self' blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });

/** `root` is the built renderer folder (dist/renderer). */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    if (!isAppUrl(request.url)) return plain(404, 'Not found');
    const found = await resolveContainedFile(root, new URL(request.url).pathname);
    if ('refused' in found) return found.refused === 'escape' ? plain(403, 'Forbidden') : plain(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(found.file);
    } catch {
      return plain(404, 'Not found');
    }
    const headers = {
      'content-type': contentTypeOf(found.file),
      'content-length': String(body.byteLength),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      // The files change only when the app is updated; never serve a stale bundle after an update.
      'cache-control': 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
