/**
 * One dispatch for every host (Electron ipcMain, the Chromium harness, tests): validate input,
 * call the handler, validate output, return a Result. Nothing is thrown across the boundary.
 */
import type { z } from 'zod';
import { METHOD_NAMES, type MethodName } from './channels';
import { contract, type Handlers, type MethodOutput } from './contract';
import { AppError, type Result } from './result';

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}

/** zod issues → { "requester.nip": "NIP harus 18 digit." } (first message per field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
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
    return { ok: false, error: { code: 'unknown_method', message: `Perintah tidak dikenal: ${String(method).slice(0, 80)}.` } };
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
    return {
      ok: false,
      error: { code: 'invalid_input', message: 'Data yang dikirim belum benar. Periksa isian yang ditandai.', fields: fieldErrors(parsed.error) },
    };
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    if ('trustedOutput' in spec && spec.trustedOutput) return { ok: true, value: value as MethodOutput<M> };
    const out = spec.output.safeParse(value);
    if (!out.success) {
      options.onInternalError?.(method, out.error);
      return { ok: false, error: { code: 'internal', message: 'Terjadi kesalahan di aplikasi (data keluaran tidak sah). Laporkan ke petugas TI.' } };
    }
    return { ok: true, value: out.data as MethodOutput<M> };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toValue() };
    options.onInternalError?.(method, e);
    return { ok: false, error: { code: 'internal', message: 'Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, laporkan ke petugas TI.' } };
  }
}
