/**
 * Issue 9 §4: data an older version kept directly in Electron's userData is moved into
 * `<userData>/data` — our entries only, each by one rename, an interrupted move completed by the
 * next start, nothing overwritten.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyMoveMessage, moveLegacyDataFolder } from '../../electron/core/legacyDataFolder';
import { call, openCore } from './support/core';
import { tempDir } from './support/tempDir';

async function write(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, text);
}

const exists = (p: string) => fs.access(p).then(() => true, () => false);

/** userData as an older version left it: our data beside Chromium's profile and a stray file. */
async function oldUserData(): Promise<string> {
  const userData = await tempDir('loket-userdata-');
  await write(path.join(userData, 'workflow.json'), '{"schemaVersion":1,"standardMinutes":{},"waitingDeadlineDays":14,"autoLockMinutes":7}\n');
  await write(path.join(userData, 'cases', '2026-WS01-00001.json'), '{}');
  await write(path.join(userData, 'blobs', 'ab', 'cd', 'abcd'), 'blob');
  await write(path.join(userData, 'Local Storage', 'leveldb', '000003.log'), 'chromium');
  await write(path.join(userData, 'Code Cache', 'js', 'index'), 'chromium');
  await write(path.join(userData, 'Crashpad', 'settings.dat'), 'chromium');
  await write(path.join(userData, 'catatan-pribadi.txt'), 'not ours');
  return userData;
}

describe('moveLegacyDataFolder', () => {
  it('moves our files and folders (with their .bak) and nothing else; the core then opens the moved data', async () => {
    const userData = await oldUserData();
    await write(path.join(userData, 'workflow.json.bak'), 'previous');
    await write(path.join(userData, 'settings.json.v1.bak'), 'before a migration');
    await write(path.join(userData, '.settings.json.bak.4242-7.tmp'), 'a write in flight');
    const to = path.join(userData, 'data');
    const moved = await moveLegacyDataFolder(userData, to);
    expect(moved.moved).toEqual(
      expect.arrayContaining(['blobs', 'cases', 'workflow.json', 'workflow.json.bak', 'settings.json.v1.bak', '.settings.json.bak.4242-7.tmp']),
    );
    expect(moved.moved).not.toContain('Local Storage');
    expect((await fs.readdir(userData)).sort()).toEqual(['Code Cache', 'Crashpad', 'Local Storage', 'catatan-pribadi.txt', 'data']);
    expect(await fs.readFile(path.join(to, 'blobs', 'ab', 'cd', 'abcd'), 'utf8')).toBe('blob');
    expect(legacyMoveMessage(moved)).toContain(to);
    const core = await openCore(to);
    expect(await call(core, 'workflow.settings.get', {})).toMatchObject({ autoLockMinutes: 7 });
    // Done once: a later start finds nothing to move.
    await core.close();
    expect((await moveLegacyDataFolder(userData, to)).moved).toEqual([]);
  });

  it('an interrupted move (some entries already in data/) is completed by the next start', async () => {
    const userData = await oldUserData();
    const to = path.join(userData, 'data');
    // The first start renamed two entries, then the power went.
    await fs.mkdir(to);
    await fs.rename(path.join(userData, 'cases'), path.join(to, 'cases'));
    await fs.rename(path.join(userData, 'workflow.json'), path.join(to, 'workflow.json'));
    const moved = await moveLegacyDataFolder(userData, to);
    expect(moved.moved).toContain('blobs');
    expect(moved.moved).not.toContain('cases');
    expect(await exists(path.join(to, 'cases', '2026-WS01-00001.json'))).toBe(true);
    expect(await exists(path.join(to, 'blobs', 'ab', 'cd', 'abcd'))).toBe(true);
    expect(await exists(path.join(userData, 'blobs'))).toBe(false);
  });

  it('an entry in both places is never overwritten: nothing moves and IT is asked to choose', async () => {
    const userData = await oldUserData();
    const to = path.join(userData, 'data');
    await write(path.join(to, 'workflow.json'), 'newer');
    await expect(moveLegacyDataFolder(userData, to)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('workflow.json') });
    expect(await fs.readFile(path.join(to, 'workflow.json'), 'utf8')).toBe('newer');
    expect(await exists(path.join(userData, 'cases'))).toBe(true);
    expect(await exists(path.join(to, 'cases'))).toBe(false);
  });

  it('a fresh install (nothing of ours in userData) moves nothing', async () => {
    const userData = await tempDir('loket-userdata-');
    await write(path.join(userData, 'Local Storage', 'leveldb', 'LOG'), 'chromium');
    expect((await moveLegacyDataFolder(userData, path.join(userData, 'data'))).moved).toEqual([]);
  });
});
