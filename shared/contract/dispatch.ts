/**
 * One dispatch for every host (Electron ipcMain, the Chromium harness, tests): validate input,
 * call the handler, validate output, return a Result. Nothing is thrown across the boundary.
 */
import type { z } from 'zod';
import { METHOD_NAMES, type MethodName } from './channels';
import { contract, type Handlers, type MethodOutput } from './contract';
import { indonesian, messageFromText, type MessageRef } from '../messages/format';
import { AppError, errorValue, type Result } from './result';

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * zod issues → { "requester.nip": nip.length } (first message per field): the schemas' messages by
 * key (shared/messages), zod's own built-in texts as they are (Indonesian in every host; the
 * renderer's forms validate with the UI language's zod locale before anything reaches the core).
 */
export function fieldMessages(error: z.ZodError): Record<string, MessageRef | string> {
  const fields: Record<string, MessageRef | string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= messageFromText(issue.message) ?? issue.message;
  }
  return fields;
}

/** zod issues → { "requester.nip": "NIP harus 18 digit." }: the Indonesian texts (CLI, core-side checks). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldMessages(error)).map(([path, m]) => [path, typeof m === 'string' ? m : indonesian(m)]));
}

export interface DispatchOptions {
  /** Where unexpected errors are reported (never includes the payload). */
  onInternalError?: (method: string, error: unknown) => void;
}

export async function dispatch(
  handlers: Handlers,
  method: unknown,
  rawInput: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isMethodName(method))
    return { ok: false, error: errorValue('unknown_method', { key: 'call.unknownMethod', params: { method: String(method).slice(0, 80) } }) };
  return dispatchMethod(handlers, method, rawInput, options);
}

async function dispatchMethod<M extends MethodName>(
  handlers: Handlers,
  method: M,
  rawInput: unknown,
  options: DispatchOptions,
): Promise<Result<MethodOutput<M>>> {
  const spec = contract[method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: errorValue('invalid_input', { key: 'call.invalidInput' }, fieldMessages(parsed.error)) };
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    if ('trustedOutput' in spec && spec.trustedOutput) return { ok: true, value: value as MethodOutput<M> };
    const out = spec.output.safeParse(value);
    if (!out.success) {
      options.onInternalError?.(method, out.error);
      return { ok: false, error: errorValue('internal', { key: 'call.invalidOutput' }) };
    }
    return { ok: true, value: out.data as MethodOutput<M> };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toValue() };
    options.onInternalError?.(method, e);
    return { ok: false, error: errorValue('internal', { key: 'call.unexpected' }) };
  }
}
