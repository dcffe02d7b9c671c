/** The letters service (PLACEHOLDER until the letters work lands): templates, numbering, rendering, the outgoing-letter register. */
import { AppError } from '../../../shared/contract/result';
import type { DocumentService } from '../documents/service';
import type { Store } from '../store/openStore';
import type { PasswordVault } from '../workflow/passwords';
import type { LetterArchiveSource } from './archiveLetter';

export interface LettersDeps {
  documents: DocumentService;
  vault: PasswordVault;
}

export class LettersService implements LetterArchiveSource {
  constructor(
    readonly store: Store,
    readonly deps: LettersDeps,
  ) {}

  lettersForArchive(): Promise<never> {
    return Promise.reject(new AppError('internal', 'not yet built'));
  }

  readStamp(): Promise<never> {
    return Promise.reject(new AppError('internal', 'not yet built'));
  }
}

export function openLetters(store: Store, deps: LettersDeps): LettersService {
  return new LettersService(store, deps);
}
