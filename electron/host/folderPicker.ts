/**
 * The window's native folder dialog for the page (issue 10 §1: the archive, backup and scan
 * folders are picked, not typed). One ipcMain.handle, the same sender check as the contract's
 * methods; the page gets back a path or null and nothing else. Whatever it then saves passes the
 * core's own checks (the folder must exist, be writable, lie outside the data folder).
 */
import { dialog, ipcMain, type BrowserWindow } from 'electron';
import { FOLDER_PICK_LIMITS, PICK_FOLDER_CHANNEL } from '../../shared/contract/channels';
import { senderRefusal } from './senderCheck';

const text = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

export function setupFolderPicker(getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(PICK_FOLDER_CHANNEL, async (event, request: unknown): Promise<string | null> => {
    const win = getWindow();
    if (!win || senderRefusal(event.senderFrame, win.webContents.mainFrame) !== null) return null;
    const r = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
    const defaultPath = text(r['defaultPath'], FOLDER_PICK_LIMITS.path);
    const picked = await dialog.showOpenDialog(win, {
      title: text(r['title'], FOLDER_PICK_LIMITS.title) || 'Pilih folder',
      ...(defaultPath ? { defaultPath } : {}),
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    });
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  });
}
