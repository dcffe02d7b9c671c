/**
 * Issue 9 §4: with no --data-dir the data lives in `<userData>/data`; data left by an older version
 * directly in userData is moved in on the first start, with a message, and Chromium's profile stays out.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, app, dialog } from './electronMock';

vi.mock('electron', () => import('./electronMock'));

const base = mkdtempSync(path.join(tmpdir(), 'loket-main-legacy-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('main process, data left in userData by an older version', () => {
  it('moves our files into userData/data, leaves the Chromium profile, tells the admin, then opens on the moved data', async () => {
    const userData = path.join(base, 'appData', 'Loket Akun SPSE');
    mkdirSync(path.join(userData, 'cases'), { recursive: true });
    mkdirSync(path.join(userData, 'Local Storage', 'leveldb'), { recursive: true });
    writeFileSync(path.join(userData, 'Local Storage', 'leveldb', '000003.log'), 'chromium');
    writeFileSync(path.join(userData, 'Preferences'), '{}');
    writeFileSync(path.join(userData, 'workflow.json'), '{"schemaVersion":1,"standardMinutes":{},"waitingDeadlineDays":14,"autoLockMinutes":7}\n');
    writeFileSync(path.join(userData, 'workflow.json.bak'), 'previous');
    app.paths.set('appData', path.join(base, 'appData'));
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    await import('../../electron/host/main');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));

    const data = path.join(userData, 'data');
    expect(readFileSync(path.join(data, 'workflow.json'), 'utf8')).toContain('"autoLockMinutes":7');
    expect(readFileSync(path.join(data, 'workflow.json.bak'), 'utf8')).toBe('previous');
    expect(existsSync(path.join(data, 'cases'))).toBe(true);
    expect(existsSync(path.join(userData, 'workflow.json'))).toBe(false);
    expect(existsSync(path.join(userData, 'cases'))).toBe(false);
    expect(existsSync(path.join(userData, 'Local Storage', 'leveldb', '000003.log'))).toBe(true);
    expect(existsSync(path.join(data, 'Local Storage'))).toBe(false);
    expect(existsSync(path.join(data, 'Preferences'))).toBe(false);
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const detail = dialog.showMessageBox.mock.calls[0]?.[0].detail ?? '';
    expect(detail).toContain('Data aplikasi dipindahkan ke folder tersendiri');
    expect(detail).toContain(data);
    expect(console.info).toHaveBeenCalledWith(expect.stringContaining('workflow.json'));
  });
});
