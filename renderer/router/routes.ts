/**
 * The app's routes, hash-based: the renderer is served from app:// in Electron and from
 * http://127.0.0.1 in the harness, and a hash never asks either host for another file.
 */
import { isArchiveTab, type ArchiveTab } from '../features/archive/tabs';
import { FIRST_SETTINGS_SECTION, isSettingsSection, type SettingsSection } from '../features/settings/sections';

export type Route =
  | { name: 'register' }
  | { name: 'queue' }
  | { name: 'caseNew' }
  | { name: 'inbox' }
  | { name: 'case'; id: string }
  | { name: 'caseEdit'; id: string }
  | { name: 'settings'; section: SettingsSection }
  | { name: 'archive'; tab: ArchiveTab }
  | { name: 'reports' }
  | { name: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/[?].*$/, '');
  const parts = path.split('/').filter((p) => p.length > 0).map(safeDecode);
  if (parts.length === 0) return { name: 'register' };
  const [first, second, third] = parts;
  if (first === 'settings' && parts.length === 1) return { name: 'settings', section: FIRST_SETTINGS_SECTION };
  if (first === 'settings' && second !== undefined && parts.length === 2 && isSettingsSection(second)) return { name: 'settings', section: second };
  if (first === 'inbox' && parts.length === 1) return { name: 'inbox' };
  if (first === 'queue' && parts.length === 1) return { name: 'queue' };
  if (first === 'reports' && parts.length === 1) return { name: 'reports' };
  if (first === 'archive' && parts.length === 1) return { name: 'archive', tab: 'outbox' };
  if (first === 'archive' && second !== undefined && parts.length === 2 && isArchiveTab(second)) return { name: 'archive', tab: second };
  if (first === 'cases' && second !== undefined) {
    if (second === 'new' && parts.length === 2) return { name: 'caseNew' };
    if (parts.length === 2) return { name: 'case', id: second };
    if (third === 'edit' && parts.length === 3) return { name: 'caseEdit', id: second };
  }
  return { name: 'notFound', path: path || '/' };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The hash href of a route, for links and navigation. */
export function hrefOf(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'register':
      return '#/';
    case 'caseNew':
      return '#/cases/new';
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
    case 'caseEdit':
      return `#/cases/${encodeURIComponent(route.id)}/edit`;
    case 'settings':
      return `#/settings/${route.section}`;
    case 'inbox':
      return '#/inbox';
    case 'queue':
      return '#/queue';
    case 'archive':
      return route.tab === 'outbox' ? '#/archive' : `#/archive/${route.tab}`;
    case 'reports':
      return '#/reports';
  }
}

/** Which navbar entry is lit for a route. */
export type NavSection = 'register' | 'caseNew' | 'settings' | 'queue' | 'inbox' | 'archive' | 'reports';

export function navSection(route: Route): NavSection | null {
  switch (route.name) {
    case 'inbox':
      return 'inbox';
    case 'queue':
      return 'queue';
    case 'register':
    case 'case':
    case 'caseEdit':
      return 'register';
    case 'caseNew':
      return 'caseNew';
    case 'settings':
      return 'settings';
    case 'archive':
      return 'archive';
    case 'reports':
      return 'reports';
    case 'notFound':
      return null;
  }
}

/** The lists a case is opened from: the case page stays under the one the admin came from. */
const CASE_PARENTS: ReadonlySet<NavSection> = new Set(['queue', 'register', 'inbox', 'archive', 'reports']);

/**
 * The navbar entry to light: a case opened from the work queue (or the inbox, the archive, a report)
 * keeps that entry lit, so the admin sees where "back" leads; otherwise the page's own section.
 */
export function navSectionFrom(route: Route, previous: NavSection | null): NavSection | null {
  const own = navSection(route);
  if ((route.name === 'case' || route.name === 'caseEdit') && previous !== null && CASE_PARENTS.has(previous)) return previous;
  return own;
}
