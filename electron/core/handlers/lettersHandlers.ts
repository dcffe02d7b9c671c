/** `letters.*`: outgoing letters (issue "Paper out and the archive" §1–§2). PLACEHOLDER until the letters work lands. */
import type { Handlers } from '../../../shared/contract/contract';
import type { LETTER_METHODS } from '../../../shared/contract/features/letters.names';
import { AppError } from '../../../shared/contract/result';
import type { DocumentService } from '../documents/service';
import type { Store } from '../store/openStore';
import type { PasswordVault } from '../workflow/passwords';

export interface LettersDeps {
  documents: DocumentService;
  vault: PasswordVault;
}

const todo = async (): Promise<never> => {
  throw new AppError('internal', 'not yet built');
};

export function lettersHandlers(_store: Store, _deps: LettersDeps): Pick<Handlers, (typeof LETTER_METHODS)[number]> {
  return {
    'letters.settings.get': todo,
    'letters.settings.save': todo,
    'letters.list': todo,
    'letters.issue': todo,
    'letters.preview': todo,
    'letters.templatePreview': todo,
  };
}
