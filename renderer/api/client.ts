/**
 * The typed client for the core. The renderer reaches the core only through `window.loket`
 * (Electron preload or the Chromium harness); every answer is a Result value (one contract,
 * docs/architecture.md principle 2), which this module turns back into a value or a thrown ApiError
 * for TanStack Query.
 */
import { BRIDGE_GLOBAL, type LoketBridge, type MethodName } from '../../shared/contract/channels';
import type { MethodOutput, MethodParams } from '../../shared/contract/contract';
import { ERROR_CODES, errorValue, type AppErrorValue, type ErrorCode, type Result } from '../../shared/contract/result';
import { formatMessage, messageRefOf, messageToken } from '../../shared/messages/format';
import { errorText, uiLanguage } from '../i18n/coreMessages';

/** A failed call: carries the core's error value (Indonesian message and per-field messages, with their keys). */
export class ApiError extends Error {
  constructor(readonly error: AppErrorValue) {
    super(error.message);
    this.name = 'ApiError';
  }
  get code(): ErrorCode {
    return this.error.code;
  }
  /**
   * Per-field messages: a message token where the core sent the key (shown in the UI's language by
   * `coreText`), else the Indonesian text.
   */
  get fields(): Record<string, string> | undefined {
    const { fields, fieldMessages } = this.error;
    if (!fields) return undefined;
    return Object.fromEntries(
      Object.entries(fields).map(([path, text]) => {
        const ref = messageRefOf(fieldMessages?.[path]);
        return [path, ref ? messageToken(ref.key, ref.params) : text];
      }),
    );
  }
}

const BRIDGE_MISSING = errorValue('internal', { key: 'bridge.missing' });
const MALFORMED = errorValue('internal', { key: 'bridge.malformed' });

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

/** The host's folder dialog, where it has one (the desktop app; not a browser). */
export function folderPicker(scope: unknown = globalThis): NonNullable<LoketBridge['pickFolder']> | null {
  const b = getBridge(scope);
  return b && typeof b.pickFolder === 'function' ? (request) => (b.pickFolder as NonNullable<LoketBridge['pickFolder']>)(request) : null;
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
      throw new ApiError(errorValue('internal', { key: 'bridge.lost' }));
    }
    const result = toResult(raw);
    if (!result.ok) throw new ApiError(result.error);
    // The value was checked against the contract's output schema by dispatch on the core side.
    return result.value as MethodOutput<M>;
  };
}

/** Calls a contract method; resolves to its output or throws ApiError. */
export const call = createClient();

/** The message to show for any error thrown by a query or mutation, in the UI's language. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return errorText(e.error);
  return formatMessage(uiLanguage(), 'call.unexpected');
}
