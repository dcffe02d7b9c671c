/** Starts the Chromium harness on a fresh temporary data folder; the same folder survives restarts. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchHarness, type Harness, type HarnessOptions } from '../../harness/harness';
import { runningClock, type RunningClock } from '../support/clock';
import { atTheKeyboard } from '../core/support/operator';

export interface HarnessSession {
  dataDir: string;
  harness: Harness;
  /** The core's and the page's clock: starts at the suite's "now", survives restarts. */
  clock: RunningClock;
  /** Closes the browser and the core, then opens both again on the same data folder. */
  restart(): Promise<Harness>;
  dispose(): Promise<void>;
}

export interface StartOptions {
  /**
   * Fills the data folder before the harness opens it (e.g. thousands of demo cases through a core
   * of its own), so the page does not receive one `cases.changed` event per bulk-created case.
   */
  prepare?: (dataDir: string) => Promise<void>;
  /**
   * An admin at the keyboard (default): the test operator set up (or unlocked after a restart)
   * through the core, then the page reloaded — the lock belongs to the core, so nothing is saved
   * without one. `false`: the app as a new install (or a locked PC) shows it.
   */
  operator?: boolean;
  /** The native folder dialog as the test plays it (see HarnessOptions.pickFolder). */
  pickFolder?: HarnessOptions['pickFolder'];
}

export async function startHarness(prefix = 'loket-e2e-', options: StartOptions = {}): Promise<HarnessSession> {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  await options.prepare?.(dataDir);
  const clock = runningClock();
  const open = async () => {
    const h = await launchHarness({ dataDir, now: clock.now, ...(options.pickFolder ? { pickFolder: options.pickFolder } : {}) });
    if (options.operator ?? true) await unlockHarness(h);
    return h;
  };
  const session: HarnessSession = {
    dataDir,
    clock,
    harness: await open(),
    async restart() {
      await session.harness.close();
      session.harness = await open();
      return session.harness;
    },
    async dispose() {
      await session.harness.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/** The test operator set up or unlocked through the core, and the page reloaded to show it (the lock is the core's). */
export async function unlockHarness(h: Harness): Promise<void> {
  await atTheKeyboard(h.core);
  await h.page.reload();
}
