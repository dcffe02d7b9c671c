import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveContainedFile, resolveContainedPath } from '../../electron/host/appPath';

let base: string;
let root: string;
beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'loket-apppath-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(path.join(base, 'secret.txt'), 'rahasia');
  // A link planted inside the served folder pointing out of it, and one pointing inside.
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'leak.txt'));
  symlinkSync(base, path.join(root, 'up'));
  symlinkSync(path.join(root, 'index.html'), path.join(root, 'home.html'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveContainedPath (lexical guard)', () => {
  it('maps URL paths to files under the root, "/" to index.html', () => {
    expect(resolveContainedPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveContainedPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveContainedPath(root, '/assets/nama%20berkas.js')).toBe(path.join(root, 'assets', 'nama berkas.js'));
    // Dot segments that stay inside are harmless.
    expect(resolveContainedPath(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    ['parent segments', '/../secret.txt'],
    ['deep parent segments', '/assets/../../secret.txt'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['mixed-case encoded dots', '/%2E%2e/%2e%2E/etc/passwd'],
    ['encoded slash', '/..%2fsecret.txt'],
    ['backslashes', '/..\\secret.txt'],
    ['encoded backslashes', '/%5c..%5csecret.txt'],
    ['null byte', '/index.html%00.js'],
    ['raw null byte', '/index.html\0'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['encoded drive letter', '/C%3A%5CWindows%5Cwin.ini'],
    ['malformed encoding', '/%E0%A4%A'],
    ['the root itself', '/.'],
  ])('refuses %s', (_label, pathname) => {
    expect(resolveContainedPath(root, pathname)).toBeNull();
  });

  it('treats a doubled leading slash (UNC-like) as a path inside the root', () => {
    expect(resolveContainedPath(root, '//server/share/x')).toBe(path.join(root, 'server', 'share', 'x'));
  });
});

describe('resolveContainedFile (follows symlinks)', () => {
  it('serves real files and links that stay inside', async () => {
    expect(await resolveContainedFile(root, '/assets/app.js')).toEqual({ file: path.join(root, 'assets', 'app.js') });
    expect(await resolveContainedFile(root, '/home.html')).toEqual({ file: path.join(root, 'index.html') });
  });

  it('refuses a symlink whose target is outside the root', async () => {
    expect(await resolveContainedFile(root, '/assets/leak.txt')).toEqual({ refused: 'escape' });
    expect(await resolveContainedFile(root, '/up/secret.txt')).toEqual({ refused: 'escape' });
  });

  it('reports missing files and folders as missing, escapes as escapes', async () => {
    expect(await resolveContainedFile(root, '/assets/nope.js')).toEqual({ refused: 'missing' });
    expect(await resolveContainedFile(root, '/assets')).toEqual({ refused: 'missing' });
    expect(await resolveContainedFile(root, '/../secret.txt')).toEqual({ refused: 'escape' });
  });
});
