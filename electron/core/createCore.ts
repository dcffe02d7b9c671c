/**
 * `createCore(config)`: opens the data folder and returns the contract's handlers and events.
 * Every host goes through this (see core.ts).
 */
import type { Core, CoreConfig } from './core';
import { CoreEvents } from './events';
import { createHandlers } from './handlers/createHandlers';
import { openStore, type Store } from './store/openStore';

const stores = new WeakMap<Core, Store>();

export async function createCore(config: CoreConfig): Promise<Core> {
  const now = config.now ?? (() => new Date());
  const events = new CoreEvents();
  const store = await openStore({ dataDir: config.dataDir, now, onCaseChanged: (ids) => events.emit('cases.changed', { ids }) });
  // Problems found while opening are read with app.problems; later ones are pushed as they happen.
  store.problems.onProblem((p) => events.emit('store.problem', p));
  let closing: Promise<void> | undefined;
  const core: Core = {
    handlers: createHandlers(store, { host: config.host }),
    events,
    dataDir: store.ctx.dataDir,
    close: () => (closing ??= store.close()),
  };
  stores.set(core, store);
  return core;
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
