/** A data folder that cannot be opened: a plain Indonesian message, exit code 1, no window. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, app, dialog } from './electronMock';

vi.mock('electron', () => import('./electronMock'));

const base = mkdtempSync(path.join(tmpdir(), 'loket-main-err-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('main process, unusable data folder', () => {
  it('explains the problem and exits without opening a window', async () => {
    // --data-dir names a file, not a folder: the core cannot open it.
    const notAFolder = path.join(base, 'data.txt');
    writeFileSync(notAFolder, 'bukan folder');
    app.paths.set('appData', base);
    app.switches.set('data-dir', notAFolder);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('../../electron/host/main');
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
    expect(dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, content] = dialog.showErrorBox.mock.calls[0] ?? ['', ''];
    expect(title).toBe('Loket Akun SPSE tidak dapat dibuka');
    expect(content).toContain(notAFolder);
    expect(content).toContain('Periksa bahwa folder itu ada');
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});
