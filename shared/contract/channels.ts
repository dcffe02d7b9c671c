/**
 * The channel names of the contract, without their schemas, so the sandboxed preload can bundle
 * them without zod. `contract.ts` is checked against these lists at compile time and in tests.
 * Each feature keeps its own names in `features/<feature>.names.ts`.
 */
import { ARCHIVE_EVENTS, ARCHIVE_METHODS } from './features/archive.names';
import { DOCUMENT_EVENTS, DOCUMENT_METHODS } from './features/documents.names';
import { LETTER_EVENTS, LETTER_METHODS } from './features/letters.names';
import { OFFICE_EVENTS, OFFICE_METHODS } from './features/office.names';
import { REPORT_EVENTS, REPORT_METHODS } from './features/reports.names';
import { SCANNING_EVENTS, SCANNING_METHODS } from './features/scanning.names';
import { WORKFLOW_EVENTS, WORKFLOW_METHODS } from './features/workflow.names';

export const METHOD_NAMES = [
  'app.info',
  'app.problems',
  'settings.get',
  'settings.save',
  'settings.setLanguage',
  'cases.list',
  'cases.get',
  'cases.create',
  'cases.update',
  ...WORKFLOW_METHODS,
  ...DOCUMENT_METHODS,
  ...SCANNING_METHODS,
  ...LETTER_METHODS,
  ...ARCHIVE_METHODS,
  ...REPORT_METHODS,
  ...OFFICE_METHODS,
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

export const EVENT_NAMES = ['cases.changed', 'store.problem', ...WORKFLOW_EVENTS, ...DOCUMENT_EVENTS, ...SCANNING_EVENTS, ...LETTER_EVENTS, ...ARCHIVE_EVENTS, ...REPORT_EVENTS, ...OFFICE_EVENTS] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** IPC channel of a method or event (Electron ipcMain/ipcRenderer; the harness uses the same names). */
export const methodChannel = (m: MethodName) => `loket:invoke:${m}` as const;
export const eventChannel = (e: EventName) => `loket:event:${e}` as const;

/** The API the preload (Electron) and the harness (Playwright) expose as `window.loket`. */
export interface LoketBridge {
  invoke(method: MethodName, input: unknown): Promise<unknown>;
  /** Returns an unsubscribe function. */
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /**
   * The window's native folder dialog (issue 10 §1: archive, backup and scan folders picked, not
   * typed), where the host has one; resolves to the folder chosen, or null when cancelled. Not a
   * core method: the dialog belongs to the window, and the core still checks whatever is saved.
   */
  pickFolder?(request: FolderPickRequest): Promise<string | null>;
}

export interface FolderPickRequest {
  /** The dialog's title: what the folder is for. */
  title: string;
  /** Where the dialog opens ('' for the system's default). */
  defaultPath: string;
}

/** The host's folder dialog channel (Electron ipcMain.handle; the harness binds its own). */
export const PICK_FOLDER_CHANNEL = 'loket:pick-folder';
/** Longest title and path the host accepts from the page. */
export const FOLDER_PICK_LIMITS = { title: 200, path: 1000 } as const;

/** What the page passed, as two clipped strings (anything else empty): the preload, the host and the harness all read it so. */
export function folderPickRequest(raw: unknown): FolderPickRequest {
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  return { title: text(r['title'], FOLDER_PICK_LIMITS.title), defaultPath: text(r['defaultPath'], FOLDER_PICK_LIMITS.path) };
}
export const BRIDGE_GLOBAL = 'loket';
