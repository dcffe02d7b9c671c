/** `cases.*`: the register (list/filter) and registering and editing requests (SOP step 1). */
import type { Handlers } from '../../../shared/contract/contract';
import { AppError } from '../../../shared/contract/result';
import { isIsoDate } from '../../../shared/dates';
import type { Store } from '../store/openStore';

export function caseHandlers(store: Store): Pick<Handlers, 'cases.list' | 'cases.get' | 'cases.create' | 'cases.update'> {
  return {
    'cases.list': async (query) => {
      const fields: Record<string, string> = {};
      if (query.receivedFrom && !isIsoDate(query.receivedFrom)) fields.receivedFrom = 'Tanggal awal bukan tanggal yang benar (TTTT-BB-HH).';
      if (query.receivedTo && !isIsoDate(query.receivedTo)) fields.receivedTo = 'Tanggal akhir bukan tanggal yang benar (TTTT-BB-HH).';
      if (Object.keys(fields).length > 0) throw new AppError('invalid_input', 'Rentang tanggal penyaringan belum benar.', fields);
      return store.cases.list(query);
    },
    'cases.get': ({ id }) => store.cases.get(id),
    'cases.create': (intake) => store.cases.create(intake),
    'cases.update': ({ id, revision, intake }) => store.cases.update(id, revision, (current) => ({ ...current, intake })),
  };
}
