/** `letters.*`: outgoing letters (issue "Paper out and the archive" §1–§2). */
import type { Handlers } from '../../../shared/contract/contract';
import type { LETTER_METHODS } from '../../../shared/contract/features/letters.names';
import { AppError } from '../../../shared/contract/result';
import { handedOverTo } from '../../../shared/domain/workflowFold';
import type { LettersService } from '../letters/service';
import type { Store } from '../store/openStore';

export function lettersHandlers(store: Store, letters: LettersService): Pick<Handlers, (typeof LETTER_METHODS)[number]> {
  return {
    'letters.settings.get': () => letters.settings.load(),
    'letters.settings.save': (input) => letters.saveSettings(input),
    'letters.list': async ({ id }) => ({ letters: await letters.list(id) }),
    'letters.issue': async ({ id, kind, visit }) => {
      // docs/sop.md §Decided: Accountability — the register records who issued each letter.
      const operator = store.cases.activeOperator();
      if (!operator) throw new AppError('locked', 'session.unlockFirst');
      // Issue 12 §5: a handed-over case's letters are issued where it is active now.
      const to = handedOverTo((await store.cases.get(id)).events);
      if (to) throw new AppError('conflict', 'letters.handedOver', { to });
      return letters.issue(id, kind, visit, operator);
    },
    'letters.preview': ({ id, kind, visit, includePassword, dpi }) => letters.preview(id, kind, visit, includePassword, dpi),
    'letters.templatePreview': ({ settings, kind, dpi }) => letters.templatePreview(settings, kind, dpi),
    'letters.logo': ({ data }) => letters.storeLogo(Buffer.from(data, 'base64')),
  };
}
