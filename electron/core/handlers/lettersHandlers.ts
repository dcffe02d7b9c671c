/** `letters.*`: outgoing letters (issue "Paper out and the archive" §1–§2). PLACEHOLDER until the letters work lands. */
import type { Handlers } from '../../../shared/contract/contract';
import type { LETTER_METHODS } from '../../../shared/contract/features/letters.names';
import { AppError } from '../../../shared/contract/result';
import type { LettersService } from '../letters/service';
import type { Store } from '../store/openStore';

const todo = async (): Promise<never> => {
  throw new AppError('internal', 'not yet built');
};

export function lettersHandlers(_store: Store, _letters: LettersService): Pick<Handlers, (typeof LETTER_METHODS)[number]> {
  return {
    'letters.settings.get': todo,
    'letters.settings.save': todo,
    'letters.list': todo,
    'letters.issue': todo,
    'letters.preview': todo,
    'letters.templatePreview': todo,
  };
}
