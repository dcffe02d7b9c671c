/**
 * Conformance of the preload with the contract's channel list: the page gets `window.loket` with
 * exactly invoke + on, each allow-listed, and never ipcRenderer.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, EVENT_NAMES, METHOD_NAMES, PICK_FOLDER_CHANNEL, eventChannel, methodChannel, type LoketBridge } from '../../shared/contract/channels';
import { contextBridge, fakeEvent, ipcRenderer } from './electronMock';

vi.mock('electron', () => import('./electronMock'));

let bridge: LoketBridge;
beforeAll(async () => {
  await import('../../electron/preload/preload');
  bridge = contextBridge.exposed.get(BRIDGE_GLOBAL) as LoketBridge;
});
beforeEach(() => ipcRenderer.invoke.mockClear());

describe('preload bridge', () => {
  it('exposes one global, window.loket, with only invoke, on and pickFolder', () => {
    expect([...contextBridge.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'pickFolder']);
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it.each(METHOD_NAMES)('invoke(%s) goes to its contract channel with the input', async (method) => {
    const result = { ok: true, value: { echo: method } };
    ipcRenderer.invoke.mockResolvedValueOnce(result);
    await expect(bridge.invoke(method, { a: 1 })).resolves.toBe(result);
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(methodChannel(method), { a: 1 });
  });

  it.each(['fs.readFile', 'app.info ', 'APP.INFO', '__proto__', 'constructor', 'loket:invoke:app.info', '', 42, null])(
    'refuses invoke(%j) without sending anything',
    async (name) => {
      // Page scripts are untyped: the runtime check is what protects the channel list.
      await expect(bridge.invoke(name as never, {})).rejects.toThrow(/Perintah tidak dikenal/);
      expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('pickFolder sends two short strings to the folder dialog channel, whatever the page passes', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce('D:\\Arsip');
    await expect(bridge.pickFolder?.({ title: 'Folder arsip', defaultPath: 'D:\\' })).resolves.toBe('D:\\Arsip');
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(PICK_FOLDER_CHANNEL, { title: 'Folder arsip', defaultPath: 'D:\\' });
    await bridge.pickFolder?.({ title: 'x'.repeat(5000), defaultPath: null, extra: () => 1 } as never);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(PICK_FOLDER_CHANNEL, { title: 'x'.repeat(200), defaultPath: '' });
  });

  it.each(EVENT_NAMES)('on(%s) listens on its event channel and hands over only the payload', (event) => {
    const seen: unknown[][] = [];
    const off = bridge.on(event, (...args: unknown[]) => seen.push(args));
    expect(ipcRenderer.listenerCount(eventChannel(event))).toBe(1);
    ipcRenderer.emit(eventChannel(event), fakeEvent({ sender: ipcRenderer }), { id: '2026-WS01-00001' });
    expect(seen).toEqual([[{ id: '2026-WS01-00001' }]]);
    off();
    expect(ipcRenderer.listenerCount(eventChannel(event))).toBe(0);
    ipcRenderer.emit(eventChannel(event), fakeEvent({ sender: ipcRenderer }), { id: 'x' });
    expect(seen).toHaveLength(1);
  });

  it('refuses unknown events and non-function listeners without subscribing', () => {
    const before = ipcRenderer.eventNames().length;
    expect(() => bridge.on('cases.deleted' as never, () => undefined)).toThrow(/Peristiwa tidak dikenal/);
    expect(() => bridge.on('loket:event:cases.changed' as never, () => undefined)).toThrow(/Peristiwa tidak dikenal/);
    expect(() => bridge.on('cases.changed', 'alert(1)' as never)).toThrow(TypeError);
    expect(ipcRenderer.eventNames().length).toBe(before);
  });

  it('uses no channel outside the contract list', async () => {
    for (const m of METHOD_NAMES) await bridge.invoke(m, {});
    const offs = EVENT_NAMES.map((e) => bridge.on(e, () => undefined));
    const used = new Set([...ipcRenderer.invoke.mock.calls.map((c) => c[0]), ...ipcRenderer.eventNames().map(String)]);
    expect(used).toEqual(new Set([...METHOD_NAMES.map(methodChannel), ...EVENT_NAMES.map(eventChannel)]));
    offs.forEach((off) => off());
  });
});
