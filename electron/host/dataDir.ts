/**
 * The data folder of the Electron app: `--data-dir=DIR` (portable installs, test machines), else
 * the `data` subfolder of Electron's per-user folder (userData also holds Chromium's profile, which
 * is not ours to back up). A relative DIR is taken from the folder the app was started in.
 */
import path from 'node:path';
import { DATA_SUBFOLDER } from '../core/paths';

export function resolveDataDir(switchValue: string, userDataPath: string, cwd: string, pathApi: Pick<typeof path, 'resolve' | 'join'> = path): string {
  const chosen = switchValue.trim();
  return chosen === '' ? pathApi.join(userDataPath, DATA_SUBFOLDER) : pathApi.resolve(cwd, chosen);
}
