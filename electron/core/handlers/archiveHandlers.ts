/** `archive.*`, `backup.*`, `registers.*`, `labels.*` (issue "Paper out and the archive" §3–§7). PLACEHOLDER until that work lands. */
import type { Handlers } from '../../../shared/contract/contract';
import type { ARCHIVE_METHODS } from '../../../shared/contract/features/archive.names';
import { AppError } from '../../../shared/contract/result';
import type { DocumentService } from '../documents/service';
import type { Store } from '../store/openStore';
import type { HandlerDeps } from './createHandlers';

export interface ArchiveDeps extends HandlerDeps {
  documents: DocumentService;
}

const todo = async (): Promise<never> => {
  throw new AppError('internal', 'not yet built');
};

export function archiveHandlers(_store: Store, _deps: ArchiveDeps): Pick<Handlers, (typeof ARCHIVE_METHODS)[number]> {
  return {
    'archive.settings.get': todo,
    'archive.settings.save': todo,
    'archive.status': todo,
    'archive.outbox': todo,
    'archive.export': todo,
    'archive.retryAll': todo,
    'archive.verify': todo,
    'backup.status': todo,
    'backup.run': todo,
    'registers.build': todo,
    'registers.export': todo,
    'registers.retentionDue': todo,
    'labels.preview': todo,
  };
}
