import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../electron/host/permissionPolicy';

describe('isPermissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid', 'usb', 'serial', 'fileSystem', 'display-capture', 'unknown'])(
    'denies %s even to the app',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://loket/index.html')).toBe(false);
    },
  );

  it('lets only the app page write plain text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://loket/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://loket')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', '')).toBe(false);
  });
});
