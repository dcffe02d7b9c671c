/** Every method of the contract, over one open store. */
import type { Handlers } from '../../../shared/contract/contract';
import { openDocuments } from '../documents/service';
import type { CoreEvents } from '../events';
import type { Store } from '../store/openStore';
import { openLetters } from '../letters/service';
import { PasswordVault } from '../workflow/passwords';
import { appHandlers, type AppInfo } from './appHandlers';
import { archiveHandlers } from './archiveHandlers';
import { caseHandlers } from './caseHandlers';
import { documentHandlers } from './documentHandlers';
import { lettersHandlers } from './lettersHandlers';
import { scanningHandlers } from './scanningHandlers';
import { settingsHandlers } from './settingsHandlers';
import { workflowHandlers } from './workflowHandlers';

export interface HandlerDeps extends AppInfo {
  events: CoreEvents;
  /** Registers work to finish before the store closes (watchers, child processes). */
  onClose: (fn: () => Promise<void>) => void;
}

export function createHandlers(store: Store, deps: HandlerDeps): Handlers {
  // Shared by features: the document worker (PDF rendering for previews and letters) and the
  // temporary passwords (made at step 6, printed on the step-8 notice; memory only).
  const documents = openDocuments(store, deps.events);
  deps.onClose(() => documents.close());
  const vault = new PasswordVault();
  const letters = openLetters(store, { documents, vault });
  deps.onClose(() => letters.close());
  return {
    ...appHandlers(store, deps),
    ...settingsHandlers(store),
    ...caseHandlers(store),
    ...workflowHandlers(store, vault),
    ...documentHandlers(store, documents),
    ...scanningHandlers(store, deps),
    ...lettersHandlers(store, letters),
    ...archiveHandlers(store, { ...deps, documents, letters }),
  };
}
