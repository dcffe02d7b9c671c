/** Core → renderer events, forwarded only to the app's own page. */
import type { BrowserWindow } from 'electron';
import { eventChannel } from '../../shared/contract/channels';
import type { CoreEvents } from '../core/events';
import { isAppUrl } from './appUrl';

/** Returns a function that stops forwarding. */
export function forwardCoreEvents(events: CoreEvents, getWindow: () => BrowserWindow | null): () => void {
  return events.onAny((name, payload) => {
    const contents = getWindow()?.webContents;
    if (!contents || contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
    contents.send(eventChannel(name), payload);
  });
}
