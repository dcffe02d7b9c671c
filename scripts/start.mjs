// `npm start [-- --data-dir=DIR]`: builds the app and opens it in Electron. Where the Electron
// binary is not installed (it comes from GitHub releases, which some machines cannot reach), says
// so and opens the same app in a Chromium window instead (`npm run preview`, harness/preview.ts).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

export const NO_ELECTRON_MESSAGE = [
  'Program Electron belum terpasang di komputer ini, jadi pratinjau dibuka di Chromium.',
  "The Electron binary isn't installed on this machine, so starting the preview in Chromium instead.",
];

/** The Electron executable, or null when the npm package was installed without its binary. */
export function electronBinary() {
  try {
    // node_modules/electron/index.js returns the binary's path, or throws when path.txt is missing.
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** npm as a command: the npm that runs this script when there is one (no shell needed on Windows). */
function npm(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.[cm]?js$/.test(npmCli)) return { command: process.execPath, args: [npmCli, ...args] };
  return { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', args, shell: process.platform === 'win32' };
}

/** What `npm start` runs, in order; `args` are passed on to the app (e.g. --data-dir=DIR). */
export function startPlan(binary, args) {
  if (binary) return { message: [], steps: [npm(['run', 'build']), { command: binary, args: ['.', ...args] }] };
  return { message: NO_ELECTRON_MESSAGE, steps: [npm(['run', 'preview', ...(args.length > 0 ? ['--', ...args] : [])])] };
}

function runStep(step) {
  // Electron started with ELECTRON_RUN_AS_NODE would run main.cjs as plain Node and fail.
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
  delete env.ELECTRON_RUN_AS_NODE;
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { cwd: repo, stdio: 'inherit', env, shell: step.shell ?? false });
    child.on('error', (error) => {
      console.error(`Gagal menjalankan ${step.command}: ${error.message} (Could not run ${step.command}.)`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const plan = startPlan(electronBinary(), process.argv.slice(2));
  for (const line of plan.message) console.log(line);
  for (const step of plan.steps) {
    const code = await runStep(step);
    if (code !== 0) process.exit(code);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
