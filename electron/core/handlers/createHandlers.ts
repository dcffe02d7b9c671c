/** Every method of the contract, over one open store. */
import path from 'node:path';
import type { Handlers } from '../../../shared/contract/contract';
import { archiveOf } from '../archive/archiveService';
import { ArchiveSettingsFile } from '../archive/archiveSettingsFile';
import { openDocuments, type DocumentService } from '../documents/service';
import type { CoreEvents } from '../events';
import type { HostKind } from '../core';
import type { EventSource } from '../../../shared/domain/trail';
import type { Store } from '../store/openStore';
import { openLetters, type LettersService } from '../letters/service';
import { PasswordVault } from '../workflow/passwords';
import { WorkflowSettingsFile } from '../workflow/settingsFile';
import { describeState } from '../workflow/engine';
import { openOperators, type Operators } from '../workflow/operators';
import { enforceAccess } from './access';
import { appHandlers, type AppInfo } from './appHandlers';
import { archiveHandlers } from './archiveHandlers';
import { caseHandlers } from './caseHandlers';
import { documentHandlers } from './documentHandlers';
import { lettersHandlers } from './lettersHandlers';
import { officeHandlers } from './officeHandlers';
import { OfficeService } from '../office/officeService';
import { OfficeAudit } from '../office/auditService';
import { FACTS_FILE, ReportFactsCache } from '../reports/factsCache';
import { reportsHandlers } from './reportsHandlers';
import { scanningHandlers } from './scanningHandlers';
import { settingsHandlers } from './settingsHandlers';
import { workflowHandlers } from './workflowHandlers';

export interface HandlerDeps extends AppInfo {
  events: CoreEvents;
  /** Registers work to finish before the store closes (watchers, child processes). */
  onClose: (fn: () => Promise<void>) => void;
}

/** The features' long-lived parts, for core-internal tools and tests (hosts use the handlers only). */
export interface Features {
  handlers: Handlers;
  documents: DocumentService;
  letters: LettersService;
  vault: PasswordVault;
  operators: Operators;
  office: OfficeService;
  audit: OfficeAudit;
}

/** What a host's changes record as their source in the trail (issue 9 §3): the app's window (Electron, the harness) or the CLI. */
export function eventSourceOf(host: HostKind): EventSource {
  return host === 'cli' ? 'cli' : 'app';
}

export function createHandlers(store: Store, deps: HandlerDeps): Handlers {
  return createFeatures(store, deps).handlers;
}

export function createFeatures(store: Store, deps: HandlerDeps): Features {
  // Shared by features: the document worker (PDF rendering for previews and letters) and the
  // temporary passwords (made at step 6, printed on the step-8 notice; memory only).
  const documents = openDocuments(store, deps.events);
  deps.onClose(() => documents.close());
  const vault = new PasswordVault();
  const workflowSettings = new WorkflowSettingsFile(store.ctx);
  const letters = openLetters(store, { documents, vault, workflow: workflowSettings });
  deps.onClose(() => letters.close());
  // One archive settings file for the export, the records and step 5's search of the shared drive.
  const archiveSettings = new ArchiveSettingsFile(store.ctx);
  const archiveRoot = async () => (await archiveSettings.load()).archiveRoot;
  // The office on the shared drive (issue 12): the catalogue step 5 and the register search read.
  const office = new OfficeService({
    store,
    archiveRoot,
    exportedBags: async () => {
      const outbox = archiveOf(store).outbox;
      await outbox.load();
      return outbox.all().flatMap((e) => e.bags);
    },
    // An archived case's timers as the case page shows them; no password is held for it here.
    timing: (record) => {
      const { timers, turnaround } = describeState(record, workflowSettings.get(), store.settings.get().timeZone, store.ctx.now(), '');
      return { timers, turnaround };
    },
  });
  // Issue 12 §3: no case is numbered while another PC holds this workstation code.
  store.cases.numberingGuard = () => office.assertCanNumber();
  // The app reads the office at start, so a code held by another PC is known before the first case.
  if (deps.host !== 'cli') void office.sync();
  // Issue 12 §4: the fixity audit's schedule belongs to the app; a CLI command audits only when asked.
  const audit = new OfficeAudit({ store, office, backupRoot: async () => (await archiveSettings.load()).backup.root });
  if (deps.host !== 'cli') audit.start();
  deps.onClose(() => audit.stop());
  const operators = openOperators(store, () => workflowSettings.get().autoLockMinutes, () => workflowSettings.load());
  // SOP step 1: a case registered while an operator is unlocked records that operator in its genesis event.
  store.cases.activeOperator = () => operators.session.current();
  // Issue 9 §3: every event records where it came from, the host's kind by default.
  store.cases.activeSource = () => eventSourceOf(deps.host);
  // Issue 11 "Speed": each case's report facts are folded once, and kept between starts.
  const reportFacts = new ReportFactsCache(path.join(store.ctx.dataDir, FACTS_FILE));
  deps.onClose(() => reportFacts.save());
  const handlers: Handlers = {
    ...appHandlers(store, deps),
    ...settingsHandlers(store),
    ...caseHandlers(store),
    ...workflowHandlers(store, vault, workflowSettings, operators, office),
    ...documentHandlers(store, documents),
    ...scanningHandlers(store, deps),
    ...lettersHandlers(store, letters),
    ...archiveHandlers(store, { ...deps, documents, letters, settings: archiveSettings, office }),
    ...officeHandlers(office, audit, (pdf, dpi) => documents.previewPdf(pdf, dpi)),
    ...reportsHandlers(store, workflowSettings, { facts: reportFacts, letters }),
  };
  // The lock belongs to the core (electron/core/handlers/access.ts): one check for every host.
  const gate = {
    async require(level: 'session' | 'operator') {
      await operators.ready();
      operators.session.require(level);
    },
  };
  return { handlers: enforceAccess(handlers, gate), documents, letters, vault, operators, office, audit };
}
