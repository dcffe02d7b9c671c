/**
 * The app:// handler in a real Chromium (Debian's, through playwright-core): a Vite-style page of
 * module scripts and a stylesheet, served only by `createAppRequestHandler`, loads and runs under
 * the handler's CSP header, while inline script, eval and path escapes are refused. Chromium cannot
 * register app:// (Electron does that), so requests to http://loket.test are routed to the handler.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../electron/host/appRequestHandler';
import { CHROMIUM_PATH } from '../../harness/harness';

let base: string;
let browser: Browser;
let page: Page;
const violations: string[] = [];

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'loket-chromium-'));
  const root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html lang="id"><head><meta charset="utf-8"><script type="module" crossorigin src="./assets/index.js"></script>' +
      '<link rel="stylesheet" crossorigin href="./assets/index.css"></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(root, 'assets', 'label.js'), "export const label = 'Loket Akun SPSE';");
  writeFileSync(
    path.join(root, 'assets', 'index.js'),
    "import { label } from './label.js';\n" +
      // The page's own code is what the CSP governs (DevTools-evaluated code is exempt).
      "try { new Function('return 1')(); window.__evalRan = true; } catch { window.__evalRan = false; }\n" +
      "document.getElementById('root').textContent = label;",
  );
  writeFileSync(path.join(root, 'assets', 'index.css'), '#root { color: rgb(1, 2, 3); }');
  writeFileSync(path.join(base, 'secret.txt'), 'rahasia');

  const handle = createAppRequestHandler(root);
  // docs/reference.md §1: Debian's Chromium, no sandbox in containers, no background networking.
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.host !== 'loket.test') return route.abort();
    const res = await handle(new Request(`app://loket${url.pathname}${url.search}`, { method: route.request().method() }));
    const headers: Record<string, string> = {};
    res.headers.forEach((value, key) => (headers[key] = value));
    await route.fulfill({ status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) });
  });
  page.on('console', (message) => {
    if (message.text().startsWith('CSP ')) violations.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.log(`CSP ${e.violatedDirective} ${e.blockedURI}`)),
  );
  await page.goto('http://loket.test/index.html');
  await page.waitForFunction(() => document.getElementById('root')?.textContent !== '');
});

afterAll(async () => {
  await browser?.close();
  rmSync(base, { recursive: true, force: true });
});

describe('app:// handler in Chromium', () => {
  it('runs the module scripts and applies the stylesheet; only the eval probe is blocked', async () => {
    expect(await page.textContent('#root')).toBe('Loket Akun SPSE');
    expect(await page.$eval('#root', (el) => getComputedStyle(el).color)).toBe('rgb(1, 2, 3)');
    expect(violations).toEqual(['CSP script-src eval']);
    expect(await page.evaluate(() => (window as unknown as { __evalRan?: boolean }).__evalRan)).toBe(false);
  });

  it('enforces the CSP header against injected inline script', async () => {
    // An allowed inline script would run synchronously on insertion.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations).toContain('CSP script-src-elem inline');
  });

  it('refuses path escapes the page asks for', async () => {
    const statuses = await page.evaluate(async () => {
      const get = async (p: string) => {
        const res = await fetch(p);
        return [res.status, (await res.text()).includes('rahasia')] as const;
      };
      return [await get('/..%2f..%2fsecret.txt'), await get('/%2e%2e%2fsecret.txt'), await get('/assets/missing.js')];
    });
    expect(statuses).toEqual([
      [403, false],
      [403, false],
      [404, false],
    ]);
  });
});
