import { describe, expect, it } from 'vitest';
import { fitToWorkArea, mainWindowOptions } from '../../electron/host/windowOptions';

describe('mainWindowOptions', () => {
  it('locks the renderer down (Electron security checklist)', () => {
    const options = mainWindowOptions('/app/dist/preload/preload.cjs', { width: 1920, height: 1040 });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    // Developer tools only when a developer asks for them (the host passes !app.isPackaged).
    expect(options.webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions('/p', undefined, true).webPreferences?.devTools).toBe(true);
  });

  it('opens at 1366×768 (min 1024×700) on a large screen, hidden until ready', () => {
    expect(mainWindowOptions('/p', { width: 1920, height: 1040 })).toMatchObject({
      width: 1366, height: 768, minWidth: 1024, minHeight: 700, show: false, title: 'Loket Akun SPSE',
    });
  });

  it('fits a 1366×768 office screen whose taskbar takes 40 px', () => {
    expect(fitToWorkArea({ width: 1366, height: 728 })).toEqual({ width: 1366, height: 728, fillsScreen: true });
    expect(fitToWorkArea({ width: 1920, height: 1040 })).toEqual({ width: 1366, height: 768, fillsScreen: false });
    // Never below the minimum the layout is designed for.
    expect(fitToWorkArea({ width: 800, height: 600 })).toEqual({ width: 1024, height: 700, fillsScreen: true });
  });
});
