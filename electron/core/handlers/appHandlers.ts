/** `app.*`: what the About/status screens show, and the store problems found since open. */
import type { Handlers } from '../../../shared/contract/contract';
import type { HostKind } from '../core';
import type { Store } from '../store/openStore';
import { version } from '../../../package.json';

export interface AppInfo {
  host: HostKind;
  /** Defaults to the version in package.json (bundled at build time). */
  version?: string;
}

export function appHandlers(store: Store, info: AppInfo): Pick<Handlers, 'app.info' | 'app.problems'> {
  return {
    'app.info': async () => ({ version: info.version ?? version, dataDir: store.ctx.dataDir, caseCount: store.cases.count, host: info.host }),
    'app.problems': async () => ({ problems: store.problems.list() }),
  };
}
