/**
 * One running copy per user: the core is the only writer of the data folder
 * (docs/architecture.md §The data folder), so a second launch hands over to the first and quits.
 */
import { app } from 'electron';

/** false when another copy already runs (the caller quits); true when this copy owns the lock. */
export function setupSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => onSecondInstance());
  return true;
}
