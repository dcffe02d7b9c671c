import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseFolderError, statOnWorker } from '../../../electron/core/store/caseFileStats';
import { toStorageError } from '../../../electron/core/store/storageError';
import { tempDir } from '../support/tempDir';

describe('statOnWorker', () => {
  it('gives the size and mtime of each file as fs.stat does, in the order asked, and null for one that is gone', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, '2026-WS01-00001.json'), '{"a":1}');
    await fs.writeFile(path.join(dir, '2026-WS01-00002.json'), '{"a":22}');
    const names = ['2026-WS01-00002.json', '2026-WS01-00009.json', '2026-WS01-00001.json'];
    const statOf = await statOnWorker(dir, path.sep, names);
    for (const [i, name] of names.entries()) {
      const st = await fs.stat(path.join(dir, name)).catch(() => null);
      expect(statOf(i)).toEqual(st ? { size: st.size, mtimeMs: st.mtimeMs } : null);
    }
    expect(statOf(1)).toBeNull();
  });

  it('passes an fs failure back with its code and path, for the Indonesian storage message', async () => {
    const dir = await tempDir();
    const notAFolder = path.join(dir, 'cases');
    await fs.writeFile(notAFolder, 'berkas, bukan folder');
    const error = await statOnWorker(notAFolder, path.sep, ['2026-WS01-00001.json']).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CaseFolderError);
    expect(error).toMatchObject({ code: 'ENOTDIR', path: path.join(notAFolder, '2026-WS01-00001.json') });
    expect(toStorageError(error, notAFolder).message).toMatch(/Sebagian jalur itu adalah berkas, bukan folder/);
  });
});
