/**
 * Builds what the tests run for real — the CLI, host and preload bundles and the renderer — once
 * per test run, before any test file starts, so no test rebuilds dist/ while another reads it.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  // For a quick run of tests that need no bundle (core and shared units) while dist/ is in use.
  if (process.env.LOKET_SKIP_BUILD === '1') return;
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
