/**
 * The core's `invalid_input` answer carries Indonesian messages per field path ("agency.headNip");
 * every form puts them on its own fields the same way, here. Paths the form does not have are left
 * to the form's general error line.
 */
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/client';

/**
 * Which form field a core path lands on: a list of the form's own paths, a test (true: the same
 * path; or the field it belongs to, e.g. a list's item to the box holding the list), or a map from
 * the core's path to a differently named field (a form that saves into several settings files).
 */
export type ServerErrorPaths<T extends FieldValues> =
  | readonly Path<T>[]
  | ((path: string) => boolean | Path<T> | null)
  | Readonly<Record<string, Path<T>>>;

function fieldFor<T extends FieldValues>(paths: ServerErrorPaths<T>, path: string): Path<T> | null {
  if (typeof paths === 'function') {
    const field = paths(path);
    return field === true ? (path as Path<T>) : field === false ? null : field;
  }
  if (Array.isArray(paths)) return (paths as readonly string[]).includes(path) ? (path as Path<T>) : null;
  return (paths as Readonly<Record<string, Path<T>>>)[path] ?? null;
}

/**
 * Sets each field error of `error` whose path (after removing `prefix`, e.g. "payload.") names a
 * field of the form (`paths`); returns how many were set. The first one gets the focus.
 */
export function applyServerErrors<T extends FieldValues>(setError: UseFormSetError<T>, error: unknown, paths: ServerErrorPaths<T>, prefix = ''): number {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || !error.fields) return 0;
  let set = 0;
  for (const [raw, message] of Object.entries(error.fields)) {
    if (!raw.startsWith(prefix)) continue;
    const field = fieldFor(paths, raw.slice(prefix.length));
    if (field === null) continue;
    setError(field, { type: 'server', message }, { shouldFocus: set === 0 });
    set += 1;
  }
  return set;
}

/** The field messages of `error` that no field of the form shows (for the form's general message). */
export function unplacedServerErrors<T extends FieldValues>(error: unknown, paths: ServerErrorPaths<T>, prefix = ''): string[] {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input' || !error.fields) return [];
  return Object.entries(error.fields).flatMap(([raw, message]) => (raw.startsWith(prefix) && fieldFor(paths, raw.slice(prefix.length)) !== null ? [] : [message]));
}
