import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseFolderError, listOnWorker } from '../../../electron/core/store/caseFileStats';
import { toStorageError } from '../../../electron/core/store/storageError';
import { tempDir } from '../support/tempDir';

const CASE_FILE = /^\d{4}-[A-Z0-9]{2,8}-\d{5}\.json$/;

describe('listOnWorker', () => {
  it('lists every entry and gives the size and mtime of each case file as fs.stat does', async () => {
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, '2026-WS01-00001.json'), '{"a":1}');
    await fs.writeFile(path.join(dir, '2026-WS01-00002.json'), '{"a":22}');
    await fs.writeFile(path.join(dir, '2026-WS01-00002.json.bak'), '{}');
    const { names, stat } = await listOnWorker(dir, path.sep, CASE_FILE);
    expect([...names].sort()).toEqual(['2026-WS01-00001.json', '2026-WS01-00002.json', '2026-WS01-00002.json.bak']);
    for (const [i, name] of names.entries()) {
      if (!CASE_FILE.test(name)) {
        // Not a case file: not looked at.
        expect(stat(i)).toBeNull();
        continue;
      }
      const st = await fs.stat(path.join(dir, name));
      expect(stat(i)).toEqual({ size: st.size, mtimeMs: st.mtimeMs });
    }
  });

  it('passes an fs failure back with its code and path, for the Indonesian storage message', async () => {
    const dir = await tempDir();
    const notAFolder = path.join(dir, 'cases');
    await fs.writeFile(notAFolder, 'berkas, bukan folder');
    const error = await listOnWorker(notAFolder, path.sep, CASE_FILE).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CaseFolderError);
    expect(error).toMatchObject({ code: 'ENOTDIR', path: notAFolder });
    expect(toStorageError(error, notAFolder).message).toMatch(/Sebagian jalur itu adalah berkas, bukan folder/);
  });
});
