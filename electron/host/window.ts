/** The app's single window. */
import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './appUrl';
import { fitToWorkArea, mainWindowOptions } from './windowOptions';

let mainWindow: BrowserWindow | null = null;

export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

export function createMainWindow(preloadPath: string, devTools: boolean): BrowserWindow {
  const workArea = screen.getPrimaryDisplay().workAreaSize;
  const win = new BrowserWindow(mainWindowOptions(preloadPath, workArea, devTools));
  mainWindow = win;
  win.once('ready-to-show', () => {
    // On a 1366×768 office screen the default size fills the work area: maximise instead of overflowing.
    if (fitToWorkArea(workArea).fillsScreen) win.maximize();
    win.show();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/** Brings the window to the front (a second launch, SOP: one desk, one window). */
export function focusMainWindow(): void {
  const win = getMainWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
