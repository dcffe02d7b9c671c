import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppFrameUrl, isAppUrl } from '../../electron/host/appUrl';

describe('isAppUrl', () => {
  it('accepts the app origin and its pages', () => {
    expect(APP_ORIGIN).toBe('app://loket');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://loket/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://loket/index.html#/cases/2026-WS01-00001')).toBe(true);
    expect(isAppUrl(APP_ORIGIN)).toBe(true); // permission checks pass a bare origin
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5173/',
    'file:///C:/Windows/win.ini',
    'app://other/index.html',
    'app://loket.evil.example/',
    'app://user@loket/',
    'apps://loket/',
    'javascript:alert(1)',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isAppFrameUrl', () => {
  it.each(['app://loket/index.html', 'blob:app://loket/6f1c2a9e-0000-4000-8000-000000000000', 'about:blank', 'about:srcdoc'])('lets a subframe show %s', (url) => {
    expect(isAppFrameUrl(url)).toBe(true);
  });

  it.each(['https://evil.example/', 'blob:https://evil.example/6f1c', 'blob:null/6f1c', 'data:text/html,<script>1</script>', 'file:///C:/x.pdf', 'about:config'])(
    'keeps %s out of subframes',
    (url) => {
      expect(isAppFrameUrl(url)).toBe(false);
    },
  );
});
