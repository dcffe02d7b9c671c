/**
 * The application menu of the packaged app. Electron's default menu carries Reload, Force Reload and
 * Toggle Developer Tools (with their shortcuts): at the counter those would let anyone reach the
 * renderer's console or drop a form mid-step (issue 9 §1). This menu has only what an admin needs;
 * developer tools stay reachable in development (`app.isPackaged` false) and nowhere else.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { PRODUCT_NAME } from './appIdentity';

/** Roles that open the renderer's internals or reload it under the operator's hands. */
export const FORBIDDEN_ROLES = ['toggleDevTools', 'reload', 'forceReload'] as const;

export function appMenuTemplate(platform: NodeJS.Platform, developer: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const menu: MenuItemConstructorOptions[] = [
    ...(mac ? [{ label: PRODUCT_NAME, submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'quit', label: 'Keluar' }] } satisfies MenuItemConstructorOptions] : []),
    { label: 'Berkas', submenu: [mac ? { role: 'close', label: 'Tutup jendela' } : { role: 'quit', label: 'Keluar' }] },
    {
      // The editing shortcuts (Ctrl+C/V/X/Z/A) in the forms come from these roles.
      label: 'Sunting',
      submenu: [
        { role: 'undo', label: 'Urungkan' },
        { role: 'redo', label: 'Ulangi' },
        { type: 'separator' },
        { role: 'cut', label: 'Potong' },
        { role: 'copy', label: 'Salin' },
        { role: 'paste', label: 'Tempel' },
        { role: 'selectAll', label: 'Pilih semua' },
      ],
    },
    {
      label: 'Tampilan',
      submenu: [
        { role: 'zoomIn', label: 'Perbesar' },
        { role: 'zoomOut', label: 'Perkecil' },
        { role: 'resetZoom', label: 'Ukuran normal' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Layar penuh' },
        ...(developer ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[]) : []),
      ],
    },
    { label: 'Jendela', submenu: [{ role: 'minimize', label: 'Kecilkan' }] },
  ];
  return menu;
}

export function setupAppMenu(developer: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, developer)));
}
