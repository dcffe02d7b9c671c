import { formatMessage, indonesian, isMessageKey, type MessageKey, type MessageParams, type MessageRef } from '../messages/format';

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

/** A message by key as it crosses the boundary (a newer core may send a key this renderer does not know). */
export interface MessageValue {
  key: string;
  params?: MessageParams;
}

export interface AppErrorValue {
  code: ErrorCode;
  /** Indonesian, for the admin: what went wrong and what to do (the CLI, logs, and the fallback). */
  message: string;
  /** Per-field messages keyed by dotted path ("requester.nip"), in Indonesian. */
  fields?: Record<string, string>;
  /** The message by key (shared/messages), so the renderer shows it in the UI's language. */
  key?: string;
  params?: MessageParams;
  /** The per-field messages by key, where the core knows them. */
  fieldMessages?: Record<string, MessageValue>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };

/** Per-field messages of an AppError: by key, or (not yet in the catalogue) an Indonesian text. */
export type FieldMessages = Readonly<Record<string, MessageRef | string>>;

/** The value of an error: `message` and `fields` in Indonesian, and the keys where they are known. */
export function errorValue(code: ErrorCode, message: MessageRef | string, fields?: FieldMessages): AppErrorValue {
  const value: AppErrorValue = { code, message: typeof message === 'string' ? message : indonesian(message) };
  if (typeof message !== 'string') {
    value.key = message.key;
    if (message.params) value.params = message.params;
  }
  if (fields) {
    value.fields = {};
    const refs: Record<string, MessageValue> = {};
    for (const [path, m] of Object.entries(fields)) {
      value.fields[path] = typeof m === 'string' ? m : indonesian(m);
      if (typeof m !== 'string') refs[path] = m.params ? { key: m.key, params: m.params } : { key: m.key };
    }
    if (Object.keys(refs).length > 0) value.fieldMessages = refs;
  }
  return value;
}

/**
 * Thrown inside the core; `dispatch` turns it into an error result. `new AppError(code, key, params?,
 * fields?)` names a message of shared/messages; `message` is its Indonesian text (logs, CLI, tests).
 * The (code, text, fields?) form is what remains of the texts not yet in the catalogue.
 */
export class AppError extends Error {
  readonly key?: MessageKey;
  readonly params?: MessageParams;
  /** Per-field messages in Indonesian, as before keys existed (the CLI prints these; tests read them). */
  readonly fields?: Record<string, string>;
  readonly #fieldMessages?: FieldMessages;
  constructor(code: ErrorCode, key: MessageKey, params?: MessageParams, fields?: FieldMessages);
  constructor(code: ErrorCode, message: string, fields?: FieldMessages);
  constructor(
    readonly code: ErrorCode,
    keyOrText: string,
    paramsOrFields?: MessageParams | FieldMessages,
    fields?: FieldMessages,
  ) {
    const keyed = isMessageKey(keyOrText);
    super(keyed ? formatMessage('id', keyOrText, paramsOrFields as MessageParams | undefined) : keyOrText);
    this.name = 'AppError';
    const perField = keyed ? fields : (paramsOrFields as FieldMessages | undefined);
    if (keyed) {
      this.key = keyOrText;
      if (paramsOrFields) this.params = paramsOrFields as MessageParams;
    }
    if (perField) {
      this.#fieldMessages = perField;
      this.fields = errorValue(code, '', perField).fields;
    }
  }
  /** The message by key (or null for a text not yet in the catalogue). */
  get ref(): MessageRef | null {
    if (!this.key) return null;
    return this.params ? { key: this.key, params: this.params } : { key: this.key };
  }
  toValue(): AppErrorValue {
    return errorValue(this.code, this.ref ?? this.message, this.#fieldMessages);
  }
}
