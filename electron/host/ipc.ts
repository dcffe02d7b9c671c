/**
 * The contract over IPC: one `ipcMain.handle` per method, each checking the sender before the
 * shared `dispatch` validates the payload and calls the core. Results are values; nothing is thrown
 * to the renderer (Electron would keep only the message).
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, methodChannel, type MethodName } from '../../shared/contract/channels';
import type { Handlers } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import type { Result } from '../../shared/contract/result';
import { senderRefusal } from './senderCheck';

export const REFUSED_SENDER_RESULT: Result<never> = {
  ok: false,
  error: { code: 'internal', message: 'Permintaan ditolak karena tidak berasal dari jendela aplikasi Loket Akun SPSE.' },
};

export function setupIpc(handlers: Handlers, getWindow: () => BrowserWindow | null): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(methodChannel(method), (event, input: unknown) => handleInvoke(handlers, getWindow, method, event, input));
  }
}

async function handleInvoke(
  handlers: Handlers,
  getWindow: () => BrowserWindow | null,
  method: MethodName,
  event: IpcMainInvokeEvent,
  input: unknown,
): Promise<Result<unknown>> {
  const refusal = senderRefusal(event.senderFrame, getWindow()?.webContents.mainFrame);
  if (refusal !== null) {
    console.warn(`[ipc] ${method} ditolak (${refusal}): ${safeFrameUrl(event)}`);
    return REFUSED_SENDER_RESULT;
  }
  return dispatch(handlers, method, input, {
    onInternalError: (m, error) => console.error(`[ipc] ${m} gagal:`, error),
  });
}

function safeFrameUrl(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url ?? '(frame hilang)';
  } catch {
    return '(frame hilang)';
  }
}
