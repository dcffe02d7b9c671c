/** `archive.*`: settings, the export outbox and verification (issue 5 §3–§4). PLACEHOLDER until that work lands. */
import type { Handlers } from '../../../shared/contract/contract';
import { AppError } from '../../../shared/contract/result';
import type { Store } from '../store/openStore';
import type { ArchiveDeps } from './archiveHandlers';

type ExportMethod = 'archive.settings.get' | 'archive.settings.save' | 'archive.status' | 'archive.outbox' | 'archive.export' | 'archive.retryAll' | 'archive.verify';

const todo = async (): Promise<never> => {
  throw new AppError('internal', 'not yet built');
};

export function archiveExportHandlers(_store: Store, _deps: ArchiveDeps): Pick<Handlers, ExportMethod> {
  return {
    'archive.settings.get': todo,
    'archive.settings.save': todo,
    'archive.status': todo,
    'archive.outbox': todo,
    'archive.export': todo,
    'archive.retryAll': todo,
    'archive.verify': todo,
  };
}
