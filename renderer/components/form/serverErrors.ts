/**
 * The core's `invalid_input` answer carries Indonesian messages per field path ("agency.headNip");
 * every form puts them on its own fields the same way, here. Paths the form does not have are left
 * to the form's general error line.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';

/**
 * Sets each field error of `error` whose path (after removing `prefix`, e.g. "payload.") is one of
 * `paths`; returns how many were set. The first one gets the focus.
 */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: unknown,
  paths: readonly Path<T>[] | ((path: string) => boolean),
  prefix = '',
): number {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || !error.fields) return 0;
  const known = typeof paths === 'function' ? paths : (p: string) => (paths as readonly string[]).includes(p);
  let set = 0;
  for (const [raw, message] of Object.entries(error.fields)) {
    if (!raw.startsWith(prefix)) continue;
    const path = raw.slice(prefix.length);
    if (!known(path)) continue;
    setError(path as Path<T>, { type: 'server', message }, { shouldFocus: set === 0 });
    set += 1;
  }
  return set;
}
