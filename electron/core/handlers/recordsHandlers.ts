/** `backup.*`, `registers.*`, `labels.*`: the records office's side (issue 5 §5, §7). PLACEHOLDER until that work lands. */
import type { Handlers } from '../../../shared/contract/contract';
import { AppError } from '../../../shared/contract/result';
import type { Store } from '../store/openStore';
import type { ArchiveDeps } from './archiveHandlers';

type RecordsMethod = 'backup.status' | 'backup.run' | 'registers.build' | 'registers.export' | 'registers.retentionDue' | 'labels.preview';

const todo = async (): Promise<never> => {
  throw new AppError('internal', 'not yet built');
};

export function recordsHandlers(_store: Store, _deps: ArchiveDeps): Pick<Handlers, RecordsMethod> {
  return {
    'backup.status': todo,
    'backup.run': todo,
    'registers.build': todo,
    'registers.export': todo,
    'registers.retentionDue': todo,
    'labels.preview': todo,
  };
}
