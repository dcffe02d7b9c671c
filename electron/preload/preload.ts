/**
 * The sandboxed preload (bundled to dist/preload/preload.cjs): exposes `window.loket`, a bridge
 * that can only invoke the contract's methods, listen to its events and open the window's folder
 * dialog (two short strings in, a path or null out). ipcRenderer itself never
 * reaches the page (Electron security checklist §20: expose a minimal, allow-listed API).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL, EVENT_NAMES, METHOD_NAMES, PICK_FOLDER_CHANNEL, folderPickRequest, eventChannel, methodChannel, type EventName, type LoketBridge, type MethodName,
} from '../../shared/contract/channels';

const isMethodName = (name: unknown): name is MethodName => typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
const isEventName = (name: unknown): name is EventName => typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);

const bridge: LoketBridge = {
  invoke(method, input) {
    // Checked here too, not only typed: page scripts can pass anything. Same refusal as the harness.
    if (!isMethodName(method)) return Promise.reject(new Error(`Perintah tidak dikenal: ${String(method).slice(0, 80)}`));
    return ipcRenderer.invoke(methodChannel(method), input);
  },
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`Peristiwa tidak dikenal: ${String(event).slice(0, 80)}`);
    if (typeof listener !== 'function') throw new TypeError('listener harus berupa fungsi');
    const channel = eventChannel(event);
    // Only the payload crosses over: the IpcRendererEvent carries `sender` (ipcRenderer itself).
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
  pickFolder(request) {
    // Only two short strings cross over; the host reads them the same way again.
    return ipcRenderer.invoke(PICK_FOLDER_CHANNEL, folderPickRequest(request)) as Promise<string | null>;
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
