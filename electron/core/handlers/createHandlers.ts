/** Every method of the contract, over one open store. */
import type { Handlers } from '../../../shared/contract/contract';
import type { CoreEvents } from '../events';
import type { Store } from '../store/openStore';
import { appHandlers, type AppInfo } from './appHandlers';
import { caseHandlers } from './caseHandlers';
import { documentHandlers } from './documentHandlers';
import { scanningHandlers } from './scanningHandlers';
import { settingsHandlers } from './settingsHandlers';
import { workflowHandlers } from './workflowHandlers';

export interface HandlerDeps extends AppInfo {
  events: CoreEvents;
  /** Registers work to finish before the store closes (watchers, child processes). */
  onClose: (fn: () => Promise<void>) => void;
}

export function createHandlers(store: Store, deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(store, deps),
    ...settingsHandlers(store),
    ...caseHandlers(store),
    ...workflowHandlers(store),
    ...documentHandlers(store, deps),
    ...scanningHandlers(store, deps),
  };
}
