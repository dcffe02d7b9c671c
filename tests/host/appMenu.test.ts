import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { FORBIDDEN_ROLES, appMenuTemplate } from '../../electron/host/appMenu';

// appMenu.ts also holds setupAppMenu, which needs Electron's Menu; the template itself is pure.
vi.mock('electron', () => import('./electronMock'));

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((i) => [...(i.role ? [i.role] : []), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);

describe('appMenuTemplate', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('has no developer tools or reload at the counter (%s)', (platform) => {
    const all = roles(appMenuTemplate(platform, false));
    for (const role of FORBIDDEN_ROLES) expect(all).not.toContain(role);
    // Quitting, and the editing shortcuts the forms rely on, stay.
    expect(all).toEqual(expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'undo', 'redo', 'selectAll']));
  });

  it('offers them to a developer running from the repository', () => {
    expect(roles(appMenuTemplate('linux', true))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
