/** A backup destination (the shared drive) that cannot be used → AppError('storage') in Indonesian, naming the folder. */
import { AppError } from '../../../shared/contract/result';
import { errnoCode } from '../store/storageError';

export function destinationError(e: unknown, root: string): AppError {
  if (e instanceof AppError) return e;
  switch (errnoCode(e)) {
    case 'ENOENT':
      return new AppError('storage', 'backup.folderMissing', { root });
    case 'ENOTDIR':
      return new AppError('storage', 'backup.pathNotFolder', { root });
    case 'EACCES':
    case 'EPERM':
      return new AppError('storage', 'backup.noWriteAccess', { root });
    case 'EROFS':
      return new AppError('storage', 'backup.readOnly', { root });
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('storage', 'backup.noSpace', { root });
    default: {
      const code = errnoCode(e);
      return new AppError('storage', code ? 'backup.failedCode' : 'backup.failed', { root, code: code ?? '' });
    }
  }
}
