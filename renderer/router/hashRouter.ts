/**
 * A tiny hash router with a leave guard: a form with unsaved input can hold navigation until the
 * admin confirms, so nothing typed is lost by a stray click on the navbar.
 */
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes';

type Guard = (targetHash: string) => boolean;

let guard: Guard | null = null;
let currentHash = typeof window === 'undefined' ? '' : window.location.hash;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

function onHashChange(): void {
  const next = window.location.hash;
  if (next === currentHash) return;
  if (guard && !guard(next)) {
    // Put the previous address back without another hashchange; the guard shows its prompt.
    history.replaceState(history.state, '', currentHash || '#/');
    return;
  }
  currentHash = next;
  emit();
}

if (typeof window !== 'undefined') window.addEventListener('hashchange', onHashChange);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current route, re-rendering on navigation. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => currentHash);
  return parseRoute(hash);
}

/** Go to a hash href ("#/cases/new"); `force` skips the leave guard (after saving, or confirmed). */
export function navigate(href: string, options: { force?: boolean; replace?: boolean } = {}): void {
  if (href === currentHash) return;
  if (!options.force && guard && !guard(href)) return;
  currentHash = href;
  if (options.replace) history.replaceState(history.state, '', href);
  else history.pushState(history.state, '', href);
  emit();
}

/** Installs a leave guard; returns its remover. Only one form is on screen at a time. */
export function setLeaveGuard(g: Guard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}
