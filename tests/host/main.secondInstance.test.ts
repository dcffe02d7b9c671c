/** A second copy of the app hands over to the first: no window, no core, no handlers. */
import { describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, app, ipcMain, protocol } from './electronMock';

vi.mock('electron', () => import('./electronMock'));

describe('main process, second instance', () => {
  it('quits at once when another copy holds the lock', async () => {
    app.singleInstanceLock = false;
    app.paths.set('appData', '/nonexistent/appData');
    await import('../../electron/host/main');
    // Let any startup work that wrongly began (it awaits whenReady) run before looking.
    await app.whenReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
    expect(protocol.handlers.size).toBe(0);
  });
});
