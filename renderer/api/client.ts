/**
 * The typed client for the core. The renderer reaches the core only through `window.loket`
 * (Electron preload or the Chromium harness); every answer is a Result value (DESIGN.md, "One
 * contract"), which this module turns back into a value or a thrown ApiError for TanStack Query.
 */
import { BRIDGE_GLOBAL, type LoketBridge, type MethodName } from '../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../shared/contract/contract';
import { ERROR_CODES, type AppErrorValue, type ErrorCode, type Result } from '../../shared/contract/result';

/** A failed call: carries the core's error value (Indonesian message, per-field messages). */
export class ApiError extends Error {
  constructor(readonly error: AppErrorValue) {
    super(error.message);
    this.name = 'ApiError';
  }
  get code(): ErrorCode {
    return this.error.code;
  }
  get fields(): Record<string, string> | undefined {
    return this.error.fields;
  }
}

const BRIDGE_MISSING: AppErrorValue = {
  code: 'internal',
  message: 'Penghubung ke aplikasi tidak tersedia. Buka halaman ini melalui aplikasi Loket Akun SPSE, bukan peramban biasa.',
};

const MALFORMED: AppErrorValue = {
  code: 'internal',
  message: 'Jawaban dari aplikasi tidak dapat dibaca. Coba lagi; bila berulang, laporkan ke petugas TI.',
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isErrorValue(v: unknown): v is AppErrorValue {
  return (
    isRecord(v) &&
    typeof v.message === 'string' &&
    (ERROR_CODES as readonly unknown[]).includes(v.code) &&
    (v.fields === undefined || isRecord(v.fields))
  );
}

/** Narrows what crossed the bridge to a Result; the core's dispatch already validated `value`. */
export function toResult(raw: unknown): Result<unknown> {
  if (isRecord(raw) && raw.ok === true && 'value' in raw) return { ok: true, value: raw.value };
  if (isRecord(raw) && raw.ok === false && isErrorValue(raw.error)) return { ok: false, error: raw.error };
  return { ok: false, error: MALFORMED };
}

/** The bridge, looked up on every call so a harness that binds it after load still works. */
export function getBridge(scope: unknown = globalThis): LoketBridge | null {
  if (!isRecord(scope)) return null;
  const b = scope[BRIDGE_GLOBAL];
  if (isRecord(b) && typeof b.invoke === 'function' && typeof b.on === 'function') return b as unknown as LoketBridge;
  return null;
}

export function createClient(resolveBridge: () => LoketBridge | null = getBridge) {
  return async function call<M extends MethodName>(method: M, params: MethodParams<M>): Promise<MethodOutput<M>> {
    const bridge = resolveBridge();
    if (!bridge) throw new ApiError(BRIDGE_MISSING);
    let raw: unknown;
    try {
      raw = await bridge.invoke(method, params);
    } catch {
      // A rejected invoke means the transport itself failed (window closing, host crashed).
      throw new ApiError({ code: 'internal', message: 'Hubungan dengan aplikasi terputus. Tutup lalu buka kembali Loket Akun SPSE.' });
    }
    const result = toResult(raw);
    if (!result.ok) throw new ApiError(result.error);
    // The value was checked against the contract's output schema by dispatch on the core side.
    return result.value as MethodOutput<M>;
  };
}

/** Calls a contract method; resolves to its output or throws ApiError. */
export const call = createClient();

/** The Indonesian message to show for any error thrown by a query or mutation. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, laporkan ke petugas TI.';
}
