import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileDurable } from '../../../electron/core/store/durableWrite';
import { tempDir } from '../support/tempDir';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writeFileDurable', () => {
  it('writes the whole content and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    const written = await writeFileDurable(file, '{"x":1}');
    expect(await fs.readFile(file, 'utf8')).toBe('{"x":1}');
    const st = await fs.stat(file);
    expect(written).toEqual({ size: st.size, mtimeMs: st.mtimeMs });
    expect(await fs.readdir(dir)).toEqual(['a.json']);
  });

  it('keeps the previous content as <file>.bak when asked, and none on the first write', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'case.json');
    await writeFileDurable(file, 'one', { keepBackup: true });
    expect((await fs.readdir(dir)).sort()).toEqual(['case.json']);
    await writeFileDurable(file, 'two', { keepBackup: true });
    await writeFileDurable(file, 'three', { keepBackup: true });
    expect(await fs.readFile(file, 'utf8')).toBe('three');
    expect(await fs.readFile(`${file}.bak`, 'utf8')).toBe('two');
    expect((await fs.readdir(dir)).sort()).toEqual(['case.json', 'case.json.bak']);
  });

  it('replaces by rename: a reader holding the old file still sees the old bytes complete', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    await writeFileDurable(file, 'old content');
    const before = await fs.open(file, 'r');
    await writeFileDurable(file, 'new content that is longer');
    expect((await before.readFile()).toString()).toBe('old content');
    await before.close();
    expect(await fs.readFile(file, 'utf8')).toBe('new content that is longer');
  });

  it('fsyncs the file (with all its bytes) and then the folder', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'a.json');
    const probe = await fs.open(path.join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as { sync: () => Promise<void>; stat: () => Promise<{ size: number; isDirectory(): boolean }> };
    await probe.close();
    await fs.rm(path.join(dir, 'probe'));
    const synced: Array<{ dir: boolean; size: number }> = [];
    const original = proto.sync;
    vi.spyOn(proto, 'sync').mockImplementation(async function (this: typeof proto) {
      const st = await this.stat();
      synced.push({ dir: st.isDirectory(), size: st.size });
      return original.call(this);
    });
    const content = 'x'.repeat(5000);
    await writeFileDurable(file, content);
    expect(synced[0]).toEqual({ dir: false, size: 5000 });
    if (process.platform !== 'win32') expect(synced.slice(1).map((s) => s.dir)).toEqual([true]);
  });

  it('leaves the existing file untouched and removes its temp file when the replace fails', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'busy');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'inside'), 'keep');
    await expect(writeFileDurable(target, 'data')).rejects.toMatchObject({ code: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST|EPERM/) });
    expect(await fs.readFile(path.join(target, 'inside'), 'utf8')).toBe('keep');
    expect(await fs.readdir(dir)).toEqual(['busy']);
  });
});
