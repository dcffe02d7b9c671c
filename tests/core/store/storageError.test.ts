import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { toStorageError } from '../../../electron/core/store/storageError';
import { AppError } from '../../../shared/contract/result';
import { callError, openCore } from '../support/core';
import { demoIntake } from '../support/intakes';
import { tempDir } from '../support/tempDir';
import { testSettingsInput } from '../../fixtures/profile';

const errno = (code: string) => Object.assign(new Error(code), { code });

describe('data folder errors → storage errors in Indonesian', () => {
  it('rejects opening a data folder whose path runs through a file (ENOTDIR)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bukan-folder.txt');
    await fs.writeFile(file, 'x');
    const error = await createCore({ dataDir: path.join(file, 'data'), host: 'cli' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('storage');
    expect((error as AppError).message).toMatch(/bukan folder/);
    expect((error as AppError).message).toContain(file);
  });

  it('fails a save with a storage error when the cases folder becomes unusable, and nothing is half-written', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    await fs.rm(path.join(dir, 'cases'), { recursive: true });
    await fs.writeFile(path.join(dir, 'cases'), 'not a folder');
    const err = await callError(core, 'cases.create', demoIntake(20));
    expect(err.code).toBe('storage');
    expect(err.message).toContain(path.join(dir, 'cases'));
    expect(await fs.readFile(path.join(dir, 'cases'), 'utf8')).toBe('not a folder');
  });

  it('fails a settings save with a storage error when the file cannot be replaced, keeping the old settings', async () => {
    const dir = await tempDir();
    const core = await openCore(dir);
    await fs.mkdir(path.join(dir, 'settings.json'));
    await fs.writeFile(path.join(dir, 'settings.json', 'x'), 'x');
    const before = await core.handlers['settings.get']({});
    const err = await callError(core, 'settings.save', testSettingsInput({ defaultOperator: 'Rina' }));
    expect(err.code).toBe('storage');
    expect(await core.handlers['settings.get']({})).toEqual(before);
  });

  it.each([
    ['ENOSPC', /Ruang disk tidak cukup/],
    ['EDQUOT', /Ruang disk tidak cukup/],
    ['EACCES', /tidak diizinkan/],
    ['EPERM', /tidak diizinkan/],
    ['EROFS', /hanya dapat dibaca/],
    ['ENOENT', /tidak ditemukan/],
    ['EBUSY', /dipakai program lain/],
    ['EIO', /kesalahan baca\/tulis/],
    ['EWHATEVER', /\(EWHATEVER\)/],
  ])('maps %s to a storage error that names the path and says what to do', (code, message) => {
    const e = toStorageError(errno(code), 'D:\\Loket\\cases\\2026-WS01-00001.json');
    expect(e.code).toBe('storage');
    expect(e.message).toMatch(message);
    expect(e.message).toContain('D:\\Loket\\cases\\2026-WS01-00001.json');
  });

  it('passes AppErrors through unchanged', () => {
    const original = new AppError('conflict', 'x');
    expect(toStorageError(original, 'p')).toBe(original);
  });
});
