/**
 * Core and schema messages by key (issue 10 §9): the core and the shared zod schemas name a message
 * by key with parameters; each host renders it in its language — the CLI, the logs and the
 * documents in Indonesian (the default), the renderer in the UI's language.
 */
import { en } from './en';
import { id, type MessageKey } from './id';

export type { MessageKey } from './id';
export type Language = 'id' | 'en';

/** A parameter is a text, a number, or another message (a field's label, translated with it). */
export type MessageParam = string | number | MessageRef;
export type MessageParams = Readonly<Record<string, MessageParam>>;
export interface MessageRef {
  key: MessageKey;
  params?: MessageParams;
}

const CATALOGUES: Record<Language, Readonly<Record<MessageKey, string>>> = { id, en };

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(id, key);
}

function isRef(v: unknown): v is MessageRef {
  return typeof v === 'object' && v !== null && isMessageKey((v as { key?: unknown }).key);
}

/** The text of `key` in `lang`, with each {name} replaced by its parameter (nested messages in the same language). */
export function formatMessage(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? formatMessage(lang, v.key, v.params) : String(v);
  });
}

/** The Indonesian text of a message: the default language, for logs, the CLI and `AppError.message`. */
export const indonesian = (ref: MessageRef): string => formatMessage('id', ref.key, ref.params);

/**
 * zod keeps an issue's message as a plain string, so a schema's message is a token that carries the
 * key and its parameters ("@@nip.length", "@@field.required|{"label":{"key":"label.notes"}}"); the
 * core's dispatch and the renderer's forms turn it back into a message (`messageFromText`).
 */
const TOKEN = /^@@([\w.]+)(?:\|(.*))?$/s;

export function messageToken(key: MessageKey, params?: MessageParams): string {
  return params ? `@@${key}|${JSON.stringify(params)}` : `@@${key}`;
}

/** The message a zod issue's text names, or null for a plain text (zod's own messages, older data). */
export function messageFromText(text: string): MessageRef | null {
  const m = TOKEN.exec(text);
  if (!m || !isMessageKey(m[1])) return null;
  if (m[2] === undefined) return { key: m[1] };
  try {
    const params: unknown = JSON.parse(m[2]);
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
    return { key: m[1], params: params as MessageParams };
  } catch {
    return null;
  }
}

/** A message received from elsewhere (a newer core may send keys this build does not know): checked, or null. */
export function messageRefOf(v: unknown): MessageRef | null {
  if (!isRef(v)) return null;
  const params = (v as { params?: unknown }).params;
  if (params === undefined) return { key: v.key };
  if (typeof params !== 'object' || params === null) return null;
  for (const p of Object.values(params)) if (typeof p !== 'string' && typeof p !== 'number' && !isRef(p)) return null;
  return { key: v.key, params: params as MessageParams };
}

/** A text that may be a token, in `lang` (a plain text is returned as it is). */
export function textIn(lang: Language, text: string): string {
  const ref = messageFromText(text);
  return ref ? formatMessage(lang, ref.key, ref.params) : text;
}
