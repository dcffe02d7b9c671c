/**
 * `npm run preview`: the app in a real Chromium window over the real core, for machines without
 * the Electron binary. Needs a display (an X server, or Xvfb: `xvfb-run -a npm run preview`).
 *   npm run preview -- [--data-dir DIR]
 */
import { parseArgs } from 'node:util';
import { legacyMoveMessage, moveLegacyDataFolder } from '../electron/core/legacyDataFolder';
import { defaultDataDir, userDataDir } from '../electron/core/paths';
import { launchHarness } from './harness';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } } });
const dataDir = values['data-dir'] ?? defaultDataDir();
// As the app does: data an older version kept directly in userData is moved into its subfolder first.
if (values['data-dir'] === undefined) {
  const moved = await moveLegacyDataFolder(userDataDir(), dataDir);
  if (moved.moved.length > 0) console.log(legacyMoveMessage(moved));
}

if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
  console.error('Tidak ada layar (DISPLAY kosong), jadi jendela pratinjau tidak bisa dibuka. Jalankan di desktop, atau: xvfb-run -a npm run preview');
  console.error('No display (DISPLAY is unset): run this on a desktop, or under Xvfb: xvfb-run -a npm run preview');
  process.exit(1);
}

const harness = await launchHarness({ dataDir, headless: false, viewport: null });
console.log(`Loket Akun SPSE (pratinjau Chromium) — data: ${dataDir}`);
console.log(`Tutup jendela untuk keluar. (Close the window to quit.)`);
const stop = async () => {
  await harness.close();
  process.exit(0);
};
harness.browser.on('disconnected', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
