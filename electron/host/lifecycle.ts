/** Quitting: the core flushes its pending writes before the process ends (docs/architecture.md principle 4). */
import { app } from 'electron';
import type { Core } from '../core/core';

export function setupLifecycle(core: Core): void {
  // An office app on Windows/Linux: closing the only window quits.
  app.on('window-all-closed', () => app.quit());

  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    // Hold the quit until the core has closed, then quit again (this handler then lets it through).
    event.preventDefault();
    core
      .close()
      .catch((error: unknown) => console.error('[core] gagal menutup data:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
