/**
 * The Chromium harness: the second host of the app (after Electron). It serves the built renderer
 * on 127.0.0.1, launches Debian's Chromium through playwright-core and binds `window.loket` to the
 * real core on a data folder — the same contract, the same channel list and the same dispatch as
 * the Electron preload/ipcMain pair. Used by the e2e tests (headless), `npm run preview` (a window,
 * works under Xvfb) and the screenshot script.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BRIDGE_GLOBAL, EVENT_NAMES, METHOD_NAMES, folderPickRequest, type FolderPickRequest } from '../shared/contract/channels';
import { dispatch } from '../shared/contract/dispatch';
import type { Result } from '../shared/contract/result';
import { createCore, type Core } from '../electron/core/core';
import { serveStatic, type StaticServer } from './staticServer';

export const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer/', import.meta.url));
export const CHROMIUM_PATH = process.env['LOKET_CHROMIUM'] ?? '/usr/bin/chromium';

/** docs/reference.md §1: without these, Chromium's background connections fail on our closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface HarnessOptions {
  dataDir: string;
  headless?: boolean;
  /** 1366×768 by default: the office PCs' screens. */
  viewport?: { width: number; height: number } | null;
  locale?: string;
  /** Extra Chromium switches, e.g. the fake camera (`--use-fake-device-for-media-stream`) for the camera test. */
  extraArgs?: readonly string[];
  /**
   * The core's clock (e2e tests move it forward to pass a step's standard minutes). When given, the
   * page's clock starts at the same instant too (Playwright's clock), so neither side reads the date
   * of the machine the tests run on.
   */
  now?: () => Date;
  /**
   * The desktop app's native folder dialog, as the harness plays it (tests answer with a folder or
   * null); without it the page has no `pickFolder`, as a host without a dialog would.
   */
  pickFolder?: (request: FolderPickRequest) => Promise<string | null>;
}

export interface Harness {
  readonly core: Core;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly url: string;
  /** Closes the browser, the server and the core (flushing its writes). */
  close(): Promise<void>;
}

/** Runs in the page before any app script: the same `window.loket` shape the Electron preload exposes. */
function installBridge({ global, methods, events, pickFolder }: { global: string; methods: string[]; events: string[]; pickFolder: boolean }): void {
  type Listener = (payload: unknown) => void;
  const w = window as unknown as Record<string, unknown> & {
    __loketInvoke: (method: string, input: unknown) => Promise<unknown>;
    __loketPickFolder: (request: unknown) => Promise<string | null>;
  };
  const listeners = new Map<string, Set<Listener>>();
  w['__loketEmit'] = (name: string, payload: unknown) => {
    for (const l of listeners.get(name) ?? []) l(payload);
  };
  const bridge = Object.freeze({
    invoke(method: string, input: unknown): Promise<unknown> {
      if (!methods.includes(method)) return Promise.reject(new Error(`Unknown method: ${method}`));
      return w.__loketInvoke(method, input);
    },
    on(event: string, listener: Listener): () => void {
      if (!events.includes(event)) throw new Error(`Unknown event: ${event}`);
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    ...(pickFolder ? { pickFolder: (request: unknown) => w.__loketPickFolder(request) } : {}),
  });
  Object.defineProperty(window, global, { value: bridge, writable: false, configurable: false });
}

export async function launchHarness(options: HarnessOptions): Promise<Harness> {
  if (!existsSync(`${RENDERER_DIR}index.html`))
    throw new Error('dist/renderer belum ada: jalankan `npm run build` dulu. (The renderer is not built: run `npm run build`.)');
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium tidak ditemukan di ${CHROMIUM_PATH}: jalankan \`bash scripts/setup.sh\`. (Chromium is missing.)`);

  const core = await createCore({ dataDir: options.dataDir, host: 'harness', ...(options.now ? { now: options.now } : {}) });
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveStatic(RENDERER_DIR);
    const origin = new URL(server.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: options.headless ?? true, args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])] });
    const context = await browser.newContext({
      viewport: options.viewport === undefined ? { width: 1366, height: 768 } : options.viewport,
      locale: options.locale ?? 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    // Time keeps flowing from here (Playwright's clock only pins the start).
    if (options.now) await context.clock.install({ time: options.now() });
    // Like the Electron host's sender check: only our own top-level page may call the core.
    await context.exposeBinding('__loketInvoke', async (source, method: unknown, input: unknown): Promise<Result<unknown>> => {
      const frameUrl = source.frame.url();
      if (source.frame.parentFrame() !== null || !frameUrl.startsWith(origin))
        return { ok: false, error: { code: 'internal', message: 'Permintaan ditolak: bukan dari jendela aplikasi.' } };
      return dispatch(core.handlers, method, input, {
        onInternalError: (m, e) => console.error(`[core] ${m}:`, e),
      });
    });
    const { pickFolder } = options;
    if (pickFolder) {
      await context.exposeBinding('__loketPickFolder', async (source, request: unknown): Promise<string | null> => {
        if (source.frame.parentFrame() !== null || !source.frame.url().startsWith(origin)) return null;
        return pickFolder(folderPickRequest(request));
      });
    }
    await context.addInitScript(installBridge, { global: BRIDGE_GLOBAL, methods: [...METHOD_NAMES], events: [...EVENT_NAMES], pickFolder: pickFolder !== undefined });
    const unsubscribe = core.events.onAny((name, payload) => {
      for (const p of context.pages())
        p.evaluate(([n, d]) => (window as unknown as { __loketEmit?: (n: string, d: unknown) => void }).__loketEmit?.(n, d), [name, payload] as const).catch(() => {
          /* page closing */
        });
    });
    const page = await context.newPage();
    await page.goto(server.url);
    const srv = server;
    const br = browser;
    return {
      core,
      browser: br,
      context,
      page,
      url: srv.url,
      async close() {
        unsubscribe();
        await br.close().catch(() => undefined);
        await srv.close();
        await core.close();
      },
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    await server?.close();
    await core.close();
    throw e;
  }
}
