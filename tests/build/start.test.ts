/**
 * `npm start` (scripts/start.mjs) decides between Electron and the Chromium preview by whether the
 * Electron binary exists. Run under plain Node exactly as npm runs it; which binary Electron's own
 * npm package reports is steered with its ELECTRON_OVERRIDE_DIST_PATH variable.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const startUrl = pathToFileURL(path.join(repo, 'scripts/start.mjs')).href;
const base = mkdtempSync(path.join(tmpdir(), 'loket-start-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface Step { command: string; args: string[] }
interface Probe { binary: string | null; plan: { message: string[]; steps: Step[] } }

/** Imports start.mjs in a fresh Node (its main() runs only when started as a script) and reports its decision. */
function probe(overrideDist: string, args: string[]): Probe {
  const code = `const m = await import(${JSON.stringify(startUrl)});
const binary = m.electronBinary();
console.log(JSON.stringify({ binary, plan: m.startPlan(binary, ${JSON.stringify(args)}) }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: overrideDist, npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' },
  });
  return JSON.parse(out) as Probe;
}

// The executable name Electron's package would report (path.txt exists only after a full install).
const pathTxt = path.join(repo, 'node_modules/electron/path.txt');
const exeName = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8') : 'electron';

describe('npm start', () => {
  it('falls back to the Chromium preview, saying so in both languages, when Electron has no binary', () => {
    const { binary, plan } = probe(path.join(base, 'empty'), ['--data-dir=/srv/loket']);
    expect(binary).toBeNull();
    expect(plan.message).toHaveLength(2);
    expect(plan.message[0]).toMatch(/Electron belum terpasang.*Chromium/);
    expect(plan.message[1]).toMatch(/Electron binary isn't installed.*Chromium/);
    expect(plan.steps).toEqual([{ command: process.execPath, args: ['/usr/lib/node_modules/npm/bin/npm-cli.js', 'run', 'preview', '--', '--data-dir=/srv/loket'] }]);
  });

  it('builds and launches Electron on the app when the binary exists', () => {
    const dist = mkdtempSync(path.join(base, 'electron-'));
    const exe = path.join(dist, exeName);
    writeFileSync(exe, '');
    const { binary, plan } = probe(dist, ['--data-dir=/srv/loket']);
    expect(binary).toBe(exe);
    expect(plan.message).toEqual([]);
    expect(plan.steps).toEqual([
      { command: process.execPath, args: ['/usr/lib/node_modules/npm/bin/npm-cli.js', 'run', 'build'] },
      { command: exe, args: ['.', '--data-dir=/srv/loket'] },
    ]);
  });

  it('asks Electron\'s own package where the binary is (none on this build machine)', () => {
    // docs/reference.md §1: the binary cannot be downloaded here. Without the override the real package answers.
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(startUrl)}); console.log(JSON.stringify(m.electronBinary()));`], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '' },
    });
    const installed = path.join(repo, 'node_modules/electron/dist', exeName);
    expect(JSON.parse(out)).toBe(existsSync(pathTxt) && existsSync(installed) ? installed : null);
  });
});
