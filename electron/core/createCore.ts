/**
 * `createCore(config)`: opens the data folder and returns the contract's handlers and events.
 * Every host goes through this (see core.ts).
 */
import { setSchemaClock } from '../../shared/schemaClock';
import type { Core, CoreConfig } from './core';
import { CoreEvents } from './events';
import { createFeatures, type Features } from './handlers/createHandlers';
import { openStore, type Store } from './store/openStore';

const stores = new WeakMap<Core, Store>();
const features = new WeakMap<Core, Features>();

export async function createCore(config: CoreConfig): Promise<Core> {
  const now = config.now ?? (() => new Date());
  // A NIP appointed "in the future" is judged by this core's clock, not the PC's (shared/schemaClock.ts).
  setSchemaClock(now);
  const events = new CoreEvents();
  const store = await openStore({ dataDir: config.dataDir, now, onCaseChanged: (ids) => events.emit('cases.changed', { ids }) });
  // Problems found while opening are read with app.problems; later ones are pushed as they happen.
  store.problems.onProblem((p) => events.emit('store.problem', p));
  let closing: Promise<void> | undefined;
  // Features with running parts (hot-folder watcher, scanner processes) stop before the store closes.
  const closers: Array<() => Promise<void>> = [];
  const parts = createFeatures(store, { host: config.host, events, onClose: (fn) => closers.push(fn) });
  const core: Core = {
    handlers: parts.handlers,
    events,
    dataDir: store.ctx.dataDir,
    // Last opened, first closed: a feature stops before the features it hands work to (scanning → documents).
    close: () => (closing ??= closeInReverse(closers).then(() => store.close())),
  };
  stores.set(core, store);
  features.set(core, parts);
  return core;
}

async function closeInReverse(closers: ReadonlyArray<() => Promise<void>>): Promise<void> {
  for (const close of [...closers].reverse()) await close().catch(() => undefined);
}

/**
 * The store behind a core, for core-internal tools that work in bulk (demo data, maintenance).
 * Hosts use the handlers only.
 */
export function storeOf(core: Core): Store {
  const store = stores.get(core);
  if (!store) throw new Error('storeOf: not a core made by createCore');
  return store;
}

/** The features behind a core (letters service, password vault…), for core-internal tools and tests. */
export function featuresOf(core: Core): Features {
  const f = features.get(core);
  if (!f) throw new Error('featuresOf: not a core made by createCore');
  return f;
}
