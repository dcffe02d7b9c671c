/**
 * Who may call the core over IPC: only the top frame of the app's window while it shows the app's
 * own page (Electron security checklist §17: validate the sender of every IPC message). A subframe,
 * another window or a page that somehow navigated elsewhere is refused before anything is parsed.
 */
import { isAppUrl } from './appUrl';

/** The parts of Electron's WebFrameMain the check reads (structural, so tests need no Electron). */
export interface FrameLike {
  readonly url: string;
  readonly processId: number;
  readonly routingId: number;
  readonly parent: unknown;
}

export type SenderRefusal = 'no-window' | 'no-frame' | 'not-main-frame' | 'foreign-origin';

/** null when the sender is trusted, otherwise why it is refused (for the log, never for the page). */
export function senderRefusal(sender: FrameLike | null | undefined, mainFrame: FrameLike | null | undefined): SenderRefusal | null {
  if (!mainFrame) return 'no-window';
  if (!sender) return 'no-frame'; // the frame navigated or was destroyed while the call was in flight
  try {
    // processId + routingId identify a frame across all windows; a top frame has no parent.
    if (sender.parent !== null || sender.processId !== mainFrame.processId || sender.routingId !== mainFrame.routingId)
      return 'not-main-frame';
    if (!isAppUrl(sender.url)) return 'foreign-origin';
  } catch {
    // WebFrameMain getters throw once the render frame is disposed.
    return 'no-frame';
  }
  return null;
}
