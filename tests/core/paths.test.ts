import { describe, expect, it } from 'vitest';
import { defaultDataDir, PRODUCT_NAME, userDataDir } from '../../electron/core/paths';

describe('userDataDir (what Electron app.getPath("userData") gives for the product name)', () => {
  it('uses %APPDATA% on Windows', () => {
    expect(userDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\admin\\AppData\\Roaming' }, home: 'C:\\Users\\admin' })).toBe(
      'C:\\Users\\admin\\AppData\\Roaming\\Loket Akun SPSE',
    );
  });

  it('falls back to the roaming folder under the profile when APPDATA is unset', () => {
    expect(userDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\admin' })).toBe('C:\\Users\\admin\\AppData\\Roaming\\Loket Akun SPSE');
  });

  it('uses ~/Library/Application Support on macOS', () => {
    expect(userDataDir({ platform: 'darwin', env: {}, home: '/Users/admin' })).toBe('/Users/admin/Library/Application Support/Loket Akun SPSE');
  });

  it('uses $XDG_CONFIG_HOME on Linux when set, else ~/.config', () => {
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, home: '/home/admin' })).toBe('/data/cfg/Loket Akun SPSE');
    expect(userDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home: '/home/admin' })).toBe('/home/admin/.config/Loket Akun SPSE');
    expect(userDataDir({ platform: 'linux', env: {}, home: '/home/admin' })).toBe(`/home/admin/.config/${PRODUCT_NAME}`);
  });
});

describe('defaultDataDir: the data subfolder of userData, the same for the app, the CLI and the harness', () => {
  it('is <userData>/data on every platform', () => {
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\admin\\AppData\\Roaming' }, home: 'C:\\Users\\admin' })).toBe(
      'C:\\Users\\admin\\AppData\\Roaming\\Loket Akun SPSE\\data',
    );
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/admin' })).toBe('/Users/admin/Library/Application Support/Loket Akun SPSE/data');
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/admin' })).toBe('/home/admin/.config/Loket Akun SPSE/data');
  });
});
