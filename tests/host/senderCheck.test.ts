import { describe, expect, it } from 'vitest';
import { senderRefusal } from '../../electron/host/senderCheck';
import { FakeFrame } from './electronMock';

const main = new FakeFrame('app://loket/index.html', 7, 1);

describe('senderRefusal', () => {
  it('trusts the main frame of the app window on the app origin', () => {
    expect(senderRefusal(main, main)).toBeNull();
    // Electron may hand out a different WebFrameMain object for the same frame.
    expect(senderRefusal(new FakeFrame('app://loket/index.html#/cases', 7, 1), main)).toBeNull();
  });

  it('refuses a subframe of the app window, even on the app origin', () => {
    expect(senderRefusal(main.child('app://loket/index.html', 2), main)).toBe('not-main-frame');
    expect(senderRefusal(main.child('https://evil.example/', 3), main)).toBe('not-main-frame');
  });

  it('refuses another window or process', () => {
    expect(senderRefusal(new FakeFrame('app://loket/index.html', 8, 1), main)).toBe('not-main-frame');
    expect(senderRefusal(new FakeFrame('app://loket/index.html', 7, 2), main)).toBe('not-main-frame');
  });

  it('refuses the main frame when it shows a foreign page', () => {
    expect(senderRefusal(new FakeFrame('https://evil.example/', 7, 1), main)).toBe('foreign-origin');
    expect(senderRefusal(new FakeFrame('file:///C:/x.html', 7, 1), main)).toBe('foreign-origin');
  });

  it('refuses when the frame or the window is gone', () => {
    expect(senderRefusal(null, main)).toBe('no-frame');
    expect(senderRefusal(main, null)).toBe('no-window');
    expect(senderRefusal(main, undefined)).toBe('no-window');
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      processId: 7,
      routingId: 1,
      parent: null,
    };
    expect(senderRefusal(disposed, main)).toBe('no-frame');
  });
});
