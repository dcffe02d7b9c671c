/** Results cross the renderer↔core boundary as values, never as thrown errors (Electron keeps only `message`). */
export const ERROR_CODES = [
  'invalid_input', // payload failed the contract's zod schema; `fields` says which
  'not_found',
  'conflict', // stale revision, duplicate
  'storage', // disk full, permission, folder missing
  'corrupt', // a stored file failed validation and was quarantined
  'unsupported_version', // a file written by a newer version of the app
  'unknown_method',
  'locked', // no operator chosen, or the screen locked itself after idle minutes: show the lock screen
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorValue {
  code: ErrorCode;
  /** Indonesian, for the admin: what went wrong and what to do. */
  message: string;
  /** Per-field messages keyed by dotted path ("requester.nip"). */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };

/** Thrown inside the core; `dispatch` turns it into an error result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
  toValue(): AppErrorValue {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}
