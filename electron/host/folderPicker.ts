/**
 * The window's native folder dialog for the page (issue 10 §1: the archive, backup and scan
 * folders are picked, not typed). One ipcMain.handle, the same sender check as the contract's
 * methods; the page gets back a path or null and nothing else. Whatever it then saves passes the
 * core's own checks (the folder must exist, be writable, lie outside the data folder).
 */
import { dialog, ipcMain, type BrowserWindow } from 'electron';
import { PICK_FOLDER_CHANNEL, folderPickRequest } from '../../shared/contract/channels';
import { senderRefusal } from './senderCheck';

export function setupFolderPicker(getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(PICK_FOLDER_CHANNEL, async (event, request: unknown): Promise<string | null> => {
    const win = getWindow();
    if (!win || senderRefusal(event.senderFrame, win.webContents.mainFrame) !== null) return null;
    const { title, defaultPath } = folderPickRequest(request);
    const picked = await dialog.showOpenDialog(win, {
      title: title || 'Pilih folder',
      ...(defaultPath ? { defaultPath } : {}),
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    });
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  });
}
