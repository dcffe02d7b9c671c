/** Every method of the contract, over one open store. */
import type { Handlers } from '../../../shared/contract/contract';
import type { Store } from '../store/openStore';
import { appHandlers, type AppInfo } from './appHandlers';
import { caseHandlers } from './caseHandlers';
import { settingsHandlers } from './settingsHandlers';

export function createHandlers(store: Store, info: AppInfo): Handlers {
  return { ...appHandlers(store, info), ...settingsHandlers(store), ...caseHandlers(store) };
}
