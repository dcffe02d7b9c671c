/**
 * The data folder of the Electron app: `--data-dir=DIR` (portable installs, test machines), else
 * Electron's per-user folder. A relative DIR is taken from the folder the app was started in.
 */
import path from 'node:path';

export function resolveDataDir(switchValue: string, userDataPath: string, cwd: string, pathApi: Pick<typeof path, 'resolve'> = path): string {
  const chosen = switchValue.trim();
  return chosen === '' ? userDataPath : pathApi.resolve(cwd, chosen);
}
