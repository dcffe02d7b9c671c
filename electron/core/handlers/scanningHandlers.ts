/** `scanning.*`: scanners and the hot-folder inbox (issue "Hardcopy in", part 3). */
import type { Handlers } from '../../../shared/contract/contract';
import type { SCANNING_METHODS } from '../../../shared/contract/features/scanning.names';
import { documentsSink } from '../documents/scanners/documentsSink';
import { platformAdapters } from '../documents/scanners/platformAdapters';
import { ScanningService } from '../documents/scanners/scanningService';
import type { Store } from '../store/openStore';
import type { HandlerDeps } from './createHandlers';

type ScanningMethod = (typeof SCANNING_METHODS)[number];

export function scanningHandlers(store: Store, deps: HandlerDeps): Pick<Handlers, ScanningMethod> {
  const { events } = deps;
  const opening = ScanningService.open({
    ctx: store.ctx,
    cases: store.cases,
    sink: documentsSink(store),
    adapters: platformAdapters(),
    events: {
      job: (job) => events.emit('scanning.job', job),
      inboxChanged: (count) => events.emit('scanning.inbox.changed', { count }),
      hotFolderStatus: (status) => events.emit('scanning.hotFolder.status', status),
    },
    // The CLI opens the core for one command: it must not take files from the hot folder.
    watchHotFolder: deps.host !== 'cli',
  });
  // A failure to open is reported by the first call; never an unhandled rejection.
  opening.catch(() => undefined);
  deps.onClose(async () => {
    const service = await opening.catch(() => null);
    await service?.close();
  });
  const service = () => opening;
  return {
    'scanning.devices': async ({ refresh }) => (await service()).devices(refresh),
    'scanning.capabilities': async ({ deviceId }) => (await service()).capabilities(deviceId),
    'scanning.start': async (input) => (await service()).start(input),
    'scanning.cancel': async ({ jobId }) => (await service()).cancel(jobId),
    'scanning.jobs': async ({ caseId }) => ({ jobs: (await service()).jobs(caseId) }),
    'scanning.inbox.list': async () => ({ items: (await service()).inboxList() }),
    'scanning.inbox.preview': async ({ id, page, maxSize }) => (await service()).preview(id, page, maxSize),
    'scanning.inbox.assign': async (input) => (await service()).assign(input),
    'scanning.inbox.discard': async ({ id }) => (await service()).discard(id),
    'scanning.settings.get': async () => (await service()).settings(),
    'scanning.settings.save': async (input) => (await service()).saveSettings(input),
    'scanning.hotFolder.retry': async () => (await service()).retryHotFolder(),
  };
}
