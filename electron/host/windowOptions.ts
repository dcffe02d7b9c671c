/**
 * The main window's options: the office PCs' 1366×768 screens, and the renderer locked down as the
 * Electron security checklist asks (isolated, sandboxed, no Node, web security on, no webviews).
 */
import type { BrowserWindowConstructorOptions, Size } from 'electron';
import { PRODUCT_NAME } from './appIdentity';

export const DEFAULT_SIZE: Size = { width: 1366, height: 768 };
export const MIN_SIZE: Size = { width: 1024, height: 700 };

/** The default size, shrunk to the screen's work area (a 1366×768 screen loses ~40 px to the taskbar). */
export function fitToWorkArea(workArea: Size): Size & { fillsScreen: boolean } {
  const width = Math.min(DEFAULT_SIZE.width, Math.max(MIN_SIZE.width, workArea.width));
  const height = Math.min(DEFAULT_SIZE.height, Math.max(MIN_SIZE.height, workArea.height));
  return { width, height, fillsScreen: width >= workArea.width && height >= workArea.height };
}

/** `devTools`: only in development; the packaged app at the counter has none (issue 9 §1). */
export function mainWindowOptions(preloadPath: string, workArea: Size = DEFAULT_SIZE, devTools = false): BrowserWindowConstructorOptions {
  const { width, height } = fitToWorkArea(workArea);
  return {
    width,
    height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: PRODUCT_NAME,
    // Shown on 'ready-to-show' so the admin never sees a blank white frame on a slow PC.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped outside a drop zone must not replace the app with file://…
      navigateOnDragDrop: false,
      // The spellchecker downloads dictionaries from Google: the office is offline.
      spellcheck: false,
      safeDialogs: true,
      devTools,
    },
  };
}
