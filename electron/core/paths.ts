/**
 * Where the app keeps its data when no `--data-dir` is given: the `data` subfolder of the per-user
 * folder Electron's `app.getPath('userData')` returns for productName "Loket Akun SPSE", so the
 * desktop app, the CLI and the harness all find the same data without Electron being loaded. Not
 * userData itself: Chromium keeps its profile there (Local Storage, Code Cache, Crashpad), which is
 * not ours to back up (issue 9 §4; legacyDataFolder.ts moves data from the old place).
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Loket Akun SPSE';
/** The data folder's name inside userData. */
export const DATA_SUBFOLDER = 'data';

export interface PlatformEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

const current = (): PlatformEnv => ({ platform: process.platform, env: process.env, home: os.homedir() });

/**
 * Electron's userData (appData + productName): Windows %APPDATA% (Roaming), macOS ~/Library/Application
 * Support, Linux $XDG_CONFIG_HOME when set and non-empty (Chromium's GetXDGDirectory), else ~/.config.
 */
export function userDataDir(p: PlatformEnv = current()): string {
  if (p.platform === 'win32') {
    const appData = p.env.APPDATA || path.win32.join(p.home, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (p.platform === 'darwin') return path.posix.join(p.home, 'Library', 'Application Support', PRODUCT_NAME);
  const xdg = p.env.XDG_CONFIG_HOME;
  return path.posix.join(xdg ? xdg : path.posix.join(p.home, '.config'), PRODUCT_NAME);
}

/** The default data folder: `<userData>/data`. */
export function defaultDataDir(p: PlatformEnv = current()): string {
  return (p.platform === 'win32' ? path.win32 : path.posix).join(userDataDir(p), DATA_SUBFOLDER);
}
