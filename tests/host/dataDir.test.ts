import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/host/dataDir';

describe('resolveDataDir', () => {
  it('uses the data subfolder of the per-user folder when --data-dir is absent or blank (userData also holds Chromium\'s profile)', () => {
    expect(resolveDataDir('', '/home/admin/.config/Loket Akun SPSE', '/opt/app')).toBe('/home/admin/.config/Loket Akun SPSE/data');
    expect(resolveDataDir('   ', '/u', '/opt/app')).toBe('/u/data');
    expect(resolveDataDir('', 'C:\\Users\\admin\\AppData\\Roaming\\Loket Akun SPSE', 'E:\\', path.win32)).toBe('C:\\Users\\admin\\AppData\\Roaming\\Loket Akun SPSE\\data');
  });

  it('takes --data-dir as given, relative to the start folder', () => {
    expect(resolveDataDir('/srv/loket', '/u', '/opt/app')).toBe('/srv/loket');
    expect(resolveDataDir('data', '/u', '/opt/app')).toBe('/opt/app/data');
    expect(resolveDataDir('D:\\Loket\\data', 'C:\\u', 'E:\\Portable', path.win32)).toBe('D:\\Loket\\data');
    expect(resolveDataDir('data', 'C:\\u', 'E:\\Portable', path.win32)).toBe('E:\\Portable\\data');
  });
});
