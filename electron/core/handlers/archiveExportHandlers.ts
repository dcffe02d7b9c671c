/** `archive.*`: settings, the export outbox and verification (issue 5 §3–§4), over the archive service. */
import path from 'node:path';
import type { Handlers } from '../../../shared/contract/contract';
import { AppError } from '../../../shared/contract/result';
import { openArchive } from '../archive/archiveService';
import { toStatus } from '../archive/exportOutbox';
import type { Store } from '../store/openStore';
import type { ArchiveDeps } from './archiveHandlers';
import { version } from '../../../package.json';

type ExportMethod = 'archive.settings.get' | 'archive.settings.save' | 'archive.status' | 'archive.outbox' | 'archive.export' | 'archive.retryAll' | 'archive.verify';

/** A full path on this PC or a UNC share (\\server\arsip): a relative one would depend on the app's working folder. */
export function isAbsoluteRoot(p: string): boolean {
  return path.isAbsolute(p) || path.win32.isAbsolute(p) || /^\\\\[^\\]+\\[^\\]+/.test(p);
}

export function archiveExportHandlers(store: Store, deps: ArchiveDeps): Pick<Handlers, ExportMethod> {
  const archive = openArchive({
    store, documents: deps.documents, letters: deps.letters, settings: deps.settings, events: deps.events, host: deps.host, office: deps.office,
    softwareAgent: `Loket Akun SPSE ${deps.version ?? version}`,
  });
  deps.onClose(() => archive.close());
  return {
    'archive.settings.get': () => deps.settings.load(),
    'archive.settings.save': async (input) => {
      if (input.archiveRoot !== '' && !isAbsoluteRoot(input.archiveRoot))
        throw new AppError('invalid_input', 'archive.rootNotAbsolute', undefined, { archiveRoot: { key: 'archive.rootNotAbsoluteField' } });
      const saved = await deps.settings.save(input);
      // A newly set or repaired archive root: the office is read and the waiting cases go now, not at their next retry.
      if (saved.archiveRoot !== '') void deps.office.sync().then(() => archive.retryAll()).catch(() => undefined);
      return saved;
    },
    'archive.status': ({ id }) => archive.status(id),
    'archive.outbox': async () => ({ items: (await archive.waiting()).map((e) => ({ ...toStatus(e), caseNumber: e.caseNumber, name: e.name })) }),
    'archive.export': ({ id }) => archive.export(id),
    'archive.retryAll': () => archive.retryAll(),
    'archive.verify': ({ id }) => archive.verify(id),
  };
}
