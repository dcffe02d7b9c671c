import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentTypeOf, createAppRequestHandler } from '../../electron/host/appRequestHandler';

let base: string;
let handle: (request: Request) => Promise<Response>;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'loket-protocol-'));
  const root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Loket</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log("halo")');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(path.join(base, 'secret.txt'), 'rahasia');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'leak.txt'));
  handle = createAppRequestHandler(root);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// request handler', () => {
  it('serves index.html for the entry URL with the CSP and nosniff', async () => {
    const res = await get('app://loket/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('<!doctype html><title>Loket</title>');
    expect((await get('app://loket/')).status).toBe(200);
  });

  it('serves assets with their content types and exact bytes', async () => {
    const js = await get('app://loket/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("halo")');
    expect((await get('app://loket/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await get('app://loket/assets/font.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect([...new Uint8Array(await font.arrayBuffer())]).toEqual([0x77, 0x4f, 0x46, 0x32]);
    expect(font.headers.get('content-length')).toBe('4');
  });

  it('answers HEAD without a body', async () => {
    const res = await get('app://loket/index.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('never serves a file outside the renderer folder', async () => {
    // The URL parser already folds ../ and %2e%2e (→ 404 inside the root); the guard catches the
    // escapes the parser keeps (encoded slashes and backslashes) and symlinks (→ 403).
    const expected: Record<string, number> = {
      'app://loket/%2e%2e/secret.txt': 404,
      'app://loket/../../secret.txt': 404,
      'app://loket/..%2fsecret.txt': 403,
      'app://loket/%2e%2e%2fsecret.txt': 403,
      'app://loket/%5c..%5csecret.txt': 403,
      'app://loket/assets/leak.txt': 403,
    };
    for (const [url, status] of Object.entries(expected)) {
      const res = await get(url);
      expect(res.status, url).toBe(status);
      expect(await res.text(), url).not.toContain('rahasia');
    }
  });

  it('404s missing files and other hosts, 405s writes', async () => {
    expect((await get('app://loket/assets/missing.js')).status).toBe(404);
    expect((await get('app://loket/assets')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await handle(new Request('app://loket/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('keeps scripts to the app itself in the CSP', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('falls back to octet-stream for unknown extensions', () => {
    expect(contentTypeOf('/x/data.bin')).toBe('application/octet-stream');
    expect(contentTypeOf('/x/LOGO.PNG')).toBe('image/png');
  });
});
