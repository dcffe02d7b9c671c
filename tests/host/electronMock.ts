/**
 * A stand-in for the `electron` module (its binary cannot run on our build machines), in the style
 * of electron/fiddle's tests/mocks/electron.ts: the host and preload run unchanged against it and
 * the tests read back what they registered. Only Electron is faked; the core, dispatch and the file
 * system stay real. Use with `vi.mock('electron', () => import('./electronMock'))`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** Electron's `Event`: listeners call preventDefault(); the fake records it. */
export class FakeEvent<Params extends object = object> {
  defaultPrevented = false;
  constructor(params?: Params) {
    Object.assign(this, params);
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}
export const fakeEvent = <P extends object>(params: P): FakeEvent<P> & P => new FakeEvent(params) as FakeEvent<P> & P;

let nextProcessId = 10;

/** Electron's WebFrameMain: what the sender check reads. */
export class FakeFrame {
  constructor(
    public url: string,
    public readonly processId: number,
    public readonly routingId: number,
    public readonly parent: FakeFrame | null = null,
  ) {}
  child(url: string, routingId: number): FakeFrame {
    return new FakeFrame(url, this.processId, routingId, this);
  }
}

export interface WindowOpenDetails {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = new FakeFrame('', nextProcessId++, 1);
  windowOpenHandler: ((details: WindowOpenDetails) => { action: 'allow' | 'deny' }) | null = null;
  destroyed = false;
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Emits a navigation-type event the way Electron does and says whether a listener prevented it. */
  attempt(name: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string, isMainFrame = true): boolean {
    const event = fakeEvent({ url, isMainFrame });
    this.emit(name, event, url);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  minimized = false;
  destroyed = false;
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly maximize = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    // Electron emits this synchronously while the window's webContents is created.
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    // Electron throws on a second handler for the same channel.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null }));
}

/** Electron's PermissionRequest / MediaAccessPermissionRequest and PermissionCheckHandlerHandlerDetails. */
type PermissionRequestDetails = { requestingUrl: string; isMainFrame: boolean; mediaTypes?: Array<'video' | 'audio'> };
type PermissionCheckDetails = { isMainFrame: boolean; requestingUrl?: string; mediaType?: 'video' | 'audio' | 'unknown' };
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionRequestDetails) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: PermissionCheckDetails) => boolean;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: ((details: object) => boolean) | null = null;
  beforeRequest: { filter: { urls: string[] }; listener: BeforeRequestListener } | null = null;
  readonly webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: BeforeRequestListener) => {
      this.beforeRequest = { filter, listener };
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: object) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
}

class FakeApp extends EventEmitter {
  name = 'loket-akun';
  readonly paths = new Map<string, string>([['appData', '/tmp/fake-appdata']]);
  readonly switches = new Map<string, string>();
  appPath = process.cwd();
  /** As in an installed app: the tests check what the counter gets. */
  isPackaged = true;
  singleInstanceLock = true;
  quitting = false;
  readonly setAppUserModelId = vi.fn();
  readonly exit = vi.fn();
  readonly commandLine = { getSwitchValue: (name: string) => this.switches.get(name) ?? '', hasSwitch: (name: string) => this.switches.has(name) };
  readonly quit = vi.fn(() => {
    const event = new FakeEvent();
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.quitting = true;
  });
  setName(name: string): void {
    this.name = name;
  }
  getName(): string {
    return this.name;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`Failed to get '${name}' path`);
    return value;
  }
  getAppPath(): string {
    return this.appPath;
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
}

export const app = new FakeApp();
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const session = { defaultSession: new FakeSession() };
export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  },
};
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    this.exposed.set(key, api);
  },
};
export const screen = { getPrimaryDisplay: () => ({ workAreaSize: { width: 1366, height: 728 } }) };
export const dialog = {
  showErrorBox: vi.fn<(title: string, content: string) => void>(),
  showMessageBox: vi.fn<(options: { type?: string; title?: string; message: string; detail?: string }) => Promise<{ response: number }>>(() => Promise.resolve({ response: 0 })),
  /** The folder dialog: cancelled unless a test says what the user picks. */
  showOpenDialog: vi.fn<(window: unknown, options: { title?: string; defaultPath?: string; properties?: string[] }) => Promise<{ canceled: boolean; filePaths: string[] }>>(() =>
    Promise.resolve({ canceled: true, filePaths: [] }),
  ),
};
export const BrowserWindow = FakeBrowserWindow;
/** Electron's Menu: the template the host built is kept as the application menu. */
export const Menu = {
  application: null as { template: unknown[] } | null,
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    this.application = menu;
  },
};

export default { app, ipcMain, ipcRenderer, session, protocol, contextBridge, screen, dialog, BrowserWindow, Menu };
