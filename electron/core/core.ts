/**
 * The composition root of the plain-Node core: `createCore(config)` opens the data folder and
 * returns the contract's handlers. Every host (Electron, the Chromium harness, the CLI, tests)
 * goes through this; none of them touches the store directly.
 */
import type { Handlers } from '../../shared/contract/contract';
import type { CoreEvents } from './events';

export type HostKind = 'electron' | 'harness' | 'cli';

export interface CoreConfig {
  /** The data folder (OS per-user app data by default, or --data-dir). Created if missing. */
  dataDir: string;
  host: HostKind;
  /** Injected clock for tests. */
  now?: () => Date;
}

export interface Core {
  readonly handlers: Handlers;
  readonly events: CoreEvents;
  readonly dataDir: string;
  /** Flushes pending writes (the derived index) and releases the folder. */
  close(): Promise<void>;
}

export { createCore } from './createCore';
