/**
 * The Electron main process (bundled to dist/host/main.cjs). Wiring only, one setup per concern;
 * the behaviour lives in the core (electron/core) and in the pure modules beside this file.
 */
import path from 'node:path';
import { app, dialog, session } from 'electron';
import { createCore, type Core } from '../core/core';
import { legacyMoveMessage, moveLegacyDataFolder, type LegacyMove } from '../core/legacyDataFolder';
import { APP_ID, PRODUCT_NAME } from './appIdentity';
import { setupAppMenu } from './appMenu';
import { registerAppScheme, setupAppProtocol } from './appProtocol';
import { forwardCoreEvents } from './coreEvents';
import { setupFolderPicker } from './folderPicker';
import { resolveDataDir } from './dataDir';
import { setupIpc } from './ipc';
import { setupLifecycle } from './lifecycle';
import { setupSessionSecurity, setupWebContentsSecurity } from './security';
import { setupSingleInstance } from './singleInstance';
import { createMainWindow, focusMainWindow, getMainWindow } from './window';

// Before anything reads userData (the single-instance lock lives there): "Loket Akun SPSE", not
// package.json's "loket-akun", so the app, the CLI and the harness share one default data folder.
app.setName(PRODUCT_NAME);
app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_NAME));
// Windows only (Electron defines it nowhere else): taskbar grouping under the installer's appId.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
registerAppScheme();

if (!setupSingleInstance(focusMainWindow)) {
  app.quit();
} else {
  setupWebContentsSecurity();
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  setupSessionSecurity(session.defaultSession);
  setupAppMenu(!app.isPackaged);

  const switchValue = app.commandLine.getSwitchValue('data-dir');
  const dataDir = resolveDataDir(switchValue, app.getPath('userData'), process.cwd());
  let core: Core;
  let moved: LegacyMove | null = null;
  try {
    // The default folder only: data from before it was a subfolder of userData is moved in first (issue 9 §4).
    if (switchValue.trim() === '') moved = await moveLegacyDataFolder(app.getPath('userData'), dataDir);
    core = await createCore({ dataDir, host: 'electron' });
  } catch (error) {
    showStartupError(dataDir, error);
    app.exit(1);
    return;
  }
  setupLifecycle(core);

  // app.getAppPath(): the repository in development, the app.asar when installed.
  const appRoot = app.getAppPath();
  setupAppProtocol(path.join(appRoot, 'dist', 'renderer'));
  setupIpc(core.handlers, getMainWindow);
  setupFolderPicker(getMainWindow);
  forwardCoreEvents(core.events, getMainWindow);
  createMainWindow(path.join(appRoot, 'dist', 'preload', 'preload.cjs'), !app.isPackaged);
  if (moved && moved.moved.length > 0) tellMoved(moved);
}

function tellMoved(moved: LegacyMove): void {
  const message = legacyMoveMessage(moved);
  console.info(`[start] ${message}`);
  void dialog.showMessageBox({ type: 'info', title: `${PRODUCT_NAME}: folder data dipindahkan`, message: 'Folder data dipindahkan', detail: `${message}

(The app's data was moved into its own folder: ${moved.to})` });
}

function showStartupError(dataDir: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  console.error('[start] createCore gagal:', error);
  dialog.showErrorBox(
    `${PRODUCT_NAME} tidak dapat dibuka`,
    `Folder data tidak dapat dibuka:\n${dataDir}\n\n${reason}\n\n` +
      'Periksa bahwa folder itu ada, dapat ditulisi, dan tidak sedang dipakai aplikasi lain, lalu buka lagi aplikasinya. ' +
      'Bila masih gagal, hubungi petugas TI.\n\n' +
      '(The data folder could not be opened. Check that it exists and is writable, then start the app again.)',
  );
}
