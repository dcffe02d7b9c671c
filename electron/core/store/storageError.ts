/**
 * File-system failures → AppError('storage') with an Indonesian message that names the path and
 * says what the admin can do. Nothing typed is lost: the caller keeps its input and may retry.
 */
import { AppError } from '../../../shared/contract/result';

export function errnoCode(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string') return e.code;
  return undefined;
}

export function toStorageError(e: unknown, target: string): AppError {
  if (e instanceof AppError) return e;
  const code = errnoCode(e);
  switch (code) {
    case 'ENOENT':
      return new AppError('storage', 'storage.notFound', { target });
    case 'ENOTDIR':
      return new AppError('storage', 'storage.notDirectory', { target });
    case 'EACCES':
    case 'EPERM':
      return new AppError('storage', 'storage.permission', { target });
    case 'EROFS':
      return new AppError('storage', 'storage.readOnly', { target });
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('storage', 'storage.diskFull', { target });
    case 'EBUSY':
      return new AppError('storage', 'storage.busy', { target });
    case 'EMFILE':
    case 'ENFILE':
      return new AppError('storage', 'storage.tooManyOpen', { target });
    case 'EISDIR':
      return new AppError('storage', 'storage.isDirectory', { target });
    case 'EIO':
      return new AppError('storage', 'storage.io', { target });
    default:
      return new AppError('storage', 'storage.other', { target, code: code ? ` (${code})` : '' });
  }
}
