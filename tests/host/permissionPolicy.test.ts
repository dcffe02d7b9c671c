import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../electron/host/permissionPolicy';

const APP_PAGE = 'app://loket/index.html';
const mainFrame = (url: string, mediaTypes?: string[]) => ({ url, isMainFrame: true, mediaTypes });

describe('isPermissionAllowed', () => {
  it.each(['geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen', 'hid', 'usb', 'serial', 'fileSystem', 'display-capture', 'unknown'])(
    'denies %s even to the app',
    (permission) => {
      expect(isPermissionAllowed(permission, mainFrame(APP_PAGE, ['video']))).toBe(false);
    },
  );

  it('lets only the app page write plain text to the clipboard', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', mainFrame(APP_PAGE))).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', mainFrame('app://loket'))).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', mainFrame('https://evil.example/'))).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', mainFrame(''))).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', { url: APP_PAGE, isMainFrame: false })).toBe(false);
  });

  it('opens the camera for the app page in the main frame, video only', () => {
    expect(isPermissionAllowed('media', mainFrame(APP_PAGE, ['video']))).toBe(true);
    expect(isPermissionAllowed('media', mainFrame('app://loket', ['video']))).toBe(true);
  });

  it('refuses the microphone, a request naming no media type, a subframe and any other origin', () => {
    expect(isPermissionAllowed('media', mainFrame(APP_PAGE, ['audio']))).toBe(false);
    expect(isPermissionAllowed('media', mainFrame(APP_PAGE, ['video', 'audio']))).toBe(false);
    expect(isPermissionAllowed('media', mainFrame(APP_PAGE, ['unknown']))).toBe(false);
    expect(isPermissionAllowed('media', mainFrame(APP_PAGE, []))).toBe(false);
    expect(isPermissionAllowed('media', mainFrame(APP_PAGE))).toBe(false);
    expect(isPermissionAllowed('media', { url: APP_PAGE, isMainFrame: false, mediaTypes: ['video'] })).toBe(false);
    expect(isPermissionAllowed('media', mainFrame('https://evil.example/', ['video']))).toBe(false);
    expect(isPermissionAllowed('media', mainFrame('blob:app://loket/1234', ['video']))).toBe(false);
  });
});
