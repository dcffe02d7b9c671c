/**
 * The main process end to end with Electron faked and everything else real: main.ts runs as it
 * would in Electron, on a real core in a temporary data folder; IPC calls go through the real
 * sender check and dispatch.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, PICK_FOLDER_CHANNEL, eventChannel, methodChannel, type MethodName } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { REFUSED_SENDER_RESULT } from '../../electron/host/ipc';
import { validIntake } from '../fixtures/intake';
import { FakeBrowserWindow, FakeFrame, Menu, app, dialog, fakeEvent, ipcMain, protocol, session } from './electronMock';
import { FORBIDDEN_ROLES } from '../../electron/host/appMenu';
import { runningClock, testNow } from '../support/clock';
import { atTheKeyboard, TEST_OPERATOR } from '../core/support/operator';

vi.mock('electron', () => import('./electronMock'));

let base: string;
let dataDir: string;
let win: FakeBrowserWindow;

beforeAll(async () => {
  // main.ts opens its core on the system clock (the app has no other), so the process's Date is
  // set to the suite's "now": the fixture's dates follow it, and no test reads the wall clock.
  vi.setSystemTime(testNow());
  base = mkdtempSync(path.join(tmpdir(), 'loket-main-'));
  dataDir = path.join(base, 'data');
  app.paths.set('appData', path.join(base, 'appData'));
  app.switches.set('data-dir', dataDir);
  app.appPath = path.join(base, 'app');
  mkdirSync(path.join(app.appPath, 'dist', 'renderer'), { recursive: true });
  writeFileSync(path.join(app.appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><div id="root"></div>');
  await import('../../electron/host/main');
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  win = FakeBrowserWindow.instances[0] as FakeBrowserWindow;
});

afterAll(() => {
  vi.useRealTimers();
  rmSync(base, { recursive: true, force: true });
});

/** Calls an ipcMain handler the way Electron does, from the given frame. */
async function invoke(method: MethodName, input: unknown, senderFrame: FakeFrame | null = win.webContents.mainFrame): Promise<Result<unknown>> {
  const handler = ipcMain.handlers.get(methodChannel(method));
  if (!handler) throw new Error(`no handler for ${method}`);
  return (await handler(fakeEvent({ senderFrame, sender: win.webContents }), input)) as Result<unknown>;
}

describe('main process', () => {
  it('names the app and its per-user folder "Loket Akun SPSE"', () => {
    expect(app.getName()).toBe('Loket Akun SPSE');
    expect(app.getPath('userData')).toBe(path.join(base, 'appData', 'Loket Akun SPSE'));
    if (process.platform === 'win32') expect(app.setAppUserModelId).toHaveBeenCalledWith('id.go.ukpbj.loketakunspse');
    else expect(app.setAppUserModelId).not.toHaveBeenCalled(); // the method exists only on Windows
  });

  it('opens one window with the secure webPreferences, the bundled preload and the app:// page', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(win.options).toMatchObject({
      minWidth: 1024,
      minHeight: 700,
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
        preload: path.join(app.appPath, 'dist', 'preload', 'preload.cjs'),
      },
    });
    expect(win.loadURL).toHaveBeenCalledWith('app://loket/index.html');
  });

  it('sets its own menu: no developer tools, no reload, and none in the window either (issue 9 §1)', () => {
    const roles: string[] = [];
    const walk = (items: unknown[]): void => {
      for (const item of items as { role?: string; submenu?: unknown[] }[]) {
        if (item.role) roles.push(item.role);
        if (Array.isArray(item.submenu)) walk(item.submenu);
      }
    };
    walk(Menu.application?.template ?? []);
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'undo', 'selectAll', 'zoomIn']));
    for (const role of FORBIDDEN_ROLES) expect(roles).not.toContain(role);
    expect(win.options).toMatchObject({ webPreferences: { devTools: false } });
  });

  it('shows the window when ready, maximised on a 1366×768 screen', () => {
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('serves the renderer from a privileged app:// scheme, contained in dist/renderer', async () => {
    expect(protocol.privileged).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    const handle = protocol.handlers.get('app');
    if (!handle) throw new Error('app:// is not handled');
    const page = await handle(new Request('app://loket/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="root"');
    expect((await handle(new Request('app://loket/..%2f..%2fpackage.json'))).status).toBe(403);
  });

  it('grants the camera (video only) to the app page in the main frame, nothing else', async () => {
    const ses = session.defaultSession;
    const ask = (permission: string, details: { requestingUrl: string; isMainFrame: boolean; mediaTypes?: Array<'video' | 'audio'> }) =>
      new Promise<boolean>((resolve) => ses.permissionRequestHandler?.(win.webContents, permission, resolve, details));
    const app = 'app://loket/index.html';
    expect(await ask('media', { requestingUrl: app, isMainFrame: true, mediaTypes: ['video'] })).toBe(true);
    expect(await ask('media', { requestingUrl: app, isMainFrame: true, mediaTypes: ['audio'] })).toBe(false);
    expect(await ask('media', { requestingUrl: app, isMainFrame: true, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(await ask('media', { requestingUrl: app, isMainFrame: true })).toBe(false);
    expect(await ask('media', { requestingUrl: app, isMainFrame: false, mediaTypes: ['video'] })).toBe(false);
    expect(await ask('media', { requestingUrl: 'https://evil.example/', isMainFrame: true, mediaTypes: ['video'] })).toBe(false);
    expect(await ask('geolocation', { requestingUrl: app, isMainFrame: true })).toBe(false);
    expect(await ask('display-capture', { requestingUrl: app, isMainFrame: true })).toBe(false);
    expect(ses.permissionCheckHandler?.(win.webContents, 'media', 'app://loket', { isMainFrame: true, mediaType: 'video' })).toBe(true);
    expect(ses.permissionCheckHandler?.(win.webContents, 'media', 'app://loket', { isMainFrame: true, mediaType: 'audio' })).toBe(false);
    expect(ses.permissionCheckHandler?.(win.webContents, 'media', 'app://loket', { isMainFrame: false, mediaType: 'video' })).toBe(false);
    expect(ses.permissionCheckHandler?.(win.webContents, 'geolocation', 'app://loket', { isMainFrame: true })).toBe(false);
    expect(ses.permissionCheckHandler?.(win.webContents, 'clipboard-sanitized-write', 'app://loket', { isMainFrame: true })).toBe(true);
    expect(ses.permissionCheckHandler?.(win.webContents, 'clipboard-sanitized-write', 'https://evil.example', { isMainFrame: true })).toBe(false);
    expect(ses.devicePermissionHandler?.({})).toBe(false);
  });

  it('cancels every network request from the renderer', () => {
    const blocked = session.defaultSession.beforeRequest;
    expect(blocked?.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    let response: { cancel?: boolean } = {};
    blocked?.listener({ url: 'https://evil.example/x' }, (r) => (response = r));
    expect(response).toEqual({ cancel: true });
  });

  it('denies window.open and webviews', () => {
    expect(win.webContents.windowOpenHandler?.({ url: 'https://evil.example/', frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
    expect(win.webContents.windowOpenHandler?.({ url: 'app://loket/index.html', frameName: '', features: '', disposition: 'foreground-tab' })).toEqual({ action: 'deny' });
    const attach = fakeEvent({});
    win.webContents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });

  it('prevents navigation and redirects to foreign URLs, allows app://', () => {
    for (const name of ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const) {
      expect(win.webContents.attempt(name, 'https://evil.example/'), name).toBe(true);
      expect(win.webContents.attempt(name, 'file:///etc/passwd'), name).toBe(true);
      expect(win.webContents.attempt(name, 'app://loket/index.html'), name).toBe(false);
    }
    // A subframe may show the app's own blobs (a scanned document), never a foreign page.
    expect(win.webContents.attempt('will-frame-navigate', 'blob:app://loket/6f1c2a9e', false)).toBe(false);
    expect(win.webContents.attempt('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(win.webContents.attempt('will-frame-navigate', 'blob:app://loket/6f1c2a9e', true)).toBe(true);
  });

  it('registers exactly one IPC handler per contract method, and the folder dialog', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...METHOD_NAMES.map(methodChannel), PICK_FOLDER_CHANNEL].sort());
  });

  it('opens the native folder dialog for the main frame only, and hands back the folder or null', async () => {
    const pick = async (request: unknown, senderFrame: FakeFrame | null = win.webContents.mainFrame) =>
      (ipcMain.handlers.get(PICK_FOLDER_CHANNEL) as (e: unknown, r: unknown) => Promise<unknown>)(fakeEvent({ senderFrame, sender: win.webContents }), request);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['\\\\server\\arsip'] });
    expect(await pick({ title: 'Folder arsip', defaultPath: 'D:\\Arsip' })).toBe('\\\\server\\arsip');
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, { title: 'Folder arsip', defaultPath: 'D:\\Arsip', properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] });
    // Cancelled: null. Junk from the page: the dialog opens with its own title and no path.
    expect(await pick({ title: 'Folder arsip', defaultPath: '' })).toBeNull();
    expect(await pick({ title: 42, defaultPath: { x: 1 } })).toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(win, { title: 'Pilih folder', properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'] });
    // A subframe (a document shown in the page) never gets a dialog.
    const calls = dialog.showOpenDialog.mock.calls.length;
    expect(await pick({ title: 'x', defaultPath: '' }, win.webContents.mainFrame.child('blob:app://loket/x', 7))).toBeNull();
    expect(dialog.showOpenDialog.mock.calls.length).toBe(calls);
  });

  it('routes a call from the main frame through dispatch to the real core', async () => {
    const info = await invoke('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', dataDir, caseCount: 0 } });
    expect(existsSync(dataDir)).toBe(true);
    // dispatch's validation answers bad input with a Result, not a throw.
    const bad = await invoke('cases.get', { id: '../../etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses calls from a subframe, another window or a foreign page, before the core sees them', async () => {
    const main = win.webContents.mainFrame;
    const foreign = [
      main.child('app://loket/index.html', 99),
      new FakeFrame('app://loket/index.html', main.processId + 1000, 1),
      new FakeFrame('https://evil.example/', main.processId, main.routingId),
      null,
    ];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (const frame of foreign) {
        expect(await invoke('cases.create', validIntake(), frame)).toEqual(REFUSED_SENDER_RESULT);
      }
      // Each refusal is logged for IT, with the reason.
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringContaining('(not-main-frame)'),
        expect.stringContaining('(not-main-frame)'),
        expect.stringContaining('(foreign-origin)'),
        expect.stringContaining('(no-frame)'),
      ]);
    } finally {
      warn.mockRestore();
    }
    // The app's own page reaches the core, which answers as it would anyone: nobody is unlocked yet.
    expect(await invoke('cases.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('forwards core events to the page on their contract channel', async () => {
    win.webContents.send.mockClear();
    // The first operator sets the PC up and is at the keyboard.
    expect(await invoke('operators.create', { name: TEST_OPERATOR.name, nip: TEST_OPERATOR.nip, role: TEST_OPERATOR.role, pin: TEST_OPERATOR.pin, pinConfirm: TEST_OPERATOR.pin })).toMatchObject({ ok: true });
    const created = await invoke('cases.create', validIntake());
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: string }).id : '';
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith(eventChannel('cases.changed'), { ids: [id] }));
  });

  it('does not forward events once the window shows a foreign page', async () => {
    win.webContents.send.mockClear();
    win.webContents.mainFrame.url = 'https://evil.example/';
    try {
      await invoke('cases.create', validIntake(), new FakeFrame('app://loket/index.html', win.webContents.mainFrame.processId, 1));
      expect(win.webContents.send).not.toHaveBeenCalled();
    } finally {
      win.webContents.mainFrame.url = 'app://loket/index.html';
    }
  });

  it('brings the window back when the app is launched a second time', () => {
    win.minimized = true;
    app.emit('second-instance', fakeEvent({}), [], base);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('closes the core before quitting', async () => {
    app.quit();
    // The first will-quit is held while the core flushes; the second goes through.
    expect(app.quitting).toBe(false);
    await vi.waitFor(() => expect(app.quitting).toBe(true));
    expect(app.quit).toHaveBeenCalledTimes(2);
    // Flushed for real: a fresh core on the same folder finds both cases created above.
    const { createCore } = await import('../../electron/core/core');
    const again = await createCore({ dataDir, host: 'electron', now: runningClock().now });
    await atTheKeyboard(again);
    await expect(again.handlers['cases.list']({ text: '', status: [], kind: [], receivedFrom: '', receivedTo: '', offset: 0, limit: 10 })).resolves.toMatchObject({ total: 2 });
    await again.close();
  });
});
