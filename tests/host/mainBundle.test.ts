/**
 * The shipped artifact, not the sources: main.ts and preload.ts bundled the way
 * scripts/build-node.mjs bundles them (CommonJS, electron external, npm packages external), then
 * loaded by Node's own require with only `electron` swapped for the fake. Catches what source-level
 * tests cannot: CJS interop with ESM-only packages (lowdb), import.meta in a CJS bundle, a preload
 * that pulls in more than the channel list.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, PICK_FOLDER_CHANNEL, methodChannel } from '../../shared/contract/channels';
import * as electron from './electronMock';

const repo = path.resolve(import.meta.dirname, '../..');
// Inside the repository so the bundle resolves zod/lowdb from node_modules, as it does when installed.
mkdirSync(path.join(repo, '.tsbuild'), { recursive: true });
const out = mkdtempSync(path.join(repo, '.tsbuild', 'host-bundle-'));
const base = mkdtempSync(path.join(out, 'run-'));

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Load };
const originalLoad = moduleInternals._load;

beforeAll(async () => {
  const common: BuildOptions = { bundle: true, format: 'cjs', target: 'node20', external: ['electron'], outdir: out, outExtension: { '.js': '.cjs' }, logLevel: 'silent' };
  await build({ ...common, entryPoints: { 'host/main': path.join(repo, 'electron/host/main.ts') }, platform: 'node', packages: 'external' });
  await build({ ...common, entryPoints: { 'preload/preload': path.join(repo, 'electron/preload/preload.ts') }, platform: 'browser' });
  moduleInternals._load = function load(request, parent, isMain) {
    return request === 'electron' ? electron : originalLoad.call(this, request, parent, isMain);
  };
});

afterAll(() => {
  moduleInternals._load = originalLoad;
  rmSync(out, { recursive: true, force: true });
});

describe('bundled main process and preload', () => {
  it('the preload bundle is self-contained: only electron is required', () => {
    const code = readFileSync(path.join(out, 'preload/preload.cjs'), 'utf8');
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(code).not.toMatch(/\bzod\b/);
    createRequire(import.meta.url)(path.join(out, 'preload/preload.cjs'));
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['loket']);
  });

  it('main.cjs starts: one window, one handler per method, a real core answering', async () => {
    electron.app.paths.set('appData', path.join(base, 'appData'));
    electron.app.switches.set('data-dir', path.join(base, 'data'));
    electron.app.appPath = path.join(base, 'app');
    mkdirSync(path.join(electron.app.appPath, 'dist', 'renderer'), { recursive: true });
    writeFileSync(path.join(electron.app.appPath, 'dist', 'renderer', 'index.html'), '<!doctype html>');
    createRequire(import.meta.url)(path.join(out, 'host/main.cjs'));
    await vi.waitFor(() => expect(electron.FakeBrowserWindow.instances).toHaveLength(1));
    const win = electron.FakeBrowserWindow.instances[0] as electron.FakeBrowserWindow;
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...METHOD_NAMES.map(methodChannel), PICK_FOLDER_CHANNEL].sort());
    const handler = electron.ipcMain.handlers.get(methodChannel('app.info'));
    const result = await handler?.(electron.fakeEvent({ senderFrame: win.webContents.mainFrame }), {});
    expect(result).toMatchObject({ ok: true, value: { host: 'electron', dataDir: path.join(base, 'data') } });
    electron.app.quit();
    await vi.waitFor(() => expect(electron.app.quitting).toBe(true));
  });
});
