/** The hot folder's pure rules: which names are never taken, and when a file counts as finished. */
import { describe, expect, it } from 'vitest';
import { isIgnoredName } from '../../../../electron/core/documents/hotFolder/ignoreRules';
import { isNetworkPath } from '../../../../electron/core/documents/hotFolder/hotFolderWatcher';
import { StabilityTracker } from '../../../../electron/core/documents/hotFolder/stability';

describe('hot folder rules', () => {
  it.each(['Thumbs.db', 'desktop.ini', '.DS_Store', '._scan.pdf', '~$surat.docx', 'scan.pdf.tmp', 'SCAN.TMP', 'scan.part', 'x.crdownload', '.~lock.a.odt#', 'diambil', '.hidden.pdf'])(
    'ignores %s',
    (name) => expect(isIgnoredName(name)).toBe(true),
  );

  it.each(['scan0001.pdf', 'SKEN_2026-11-25_101500.PDF', 'surat permohonan.tiff', 'IMG_0001.JPG', 'Pindai (2).png'])('takes %s', (name) =>
    expect(isIgnoredName(name)).toBe(false),
  );

  it('recognises network shares (polled)', () => {
    expect(isNetworkPath('\\\\fileserver\\scan')).toBe(true);
    expect(isNetworkPath('//nas/scan')).toBe(true);
    expect(isNetworkPath('D:\\Scan')).toBe(false);
    expect(isNetworkPath('/home/admin/scan')).toBe(false);
  });

  it('counts a file finished only after size and mtime stayed the same for the whole wait', () => {
    const t = new StabilityTracker(3000);
    expect(t.observe('a.pdf', { size: 100, mtimeMs: 1 }, 0)).toBe(false);
    expect(t.observe('a.pdf', { size: 100, mtimeMs: 1 }, 2999)).toBe(false);
    // Grew: the wait starts again.
    expect(t.observe('a.pdf', { size: 200, mtimeMs: 2 }, 3000)).toBe(false);
    expect(t.observe('a.pdf', { size: 200, mtimeMs: 2 }, 5999)).toBe(false);
    expect(t.observe('a.pdf', { size: 200, mtimeMs: 2 }, 6000)).toBe(true);
    // Same size but touched again (rewritten in place): not finished.
    expect(t.observe('a.pdf', { size: 200, mtimeMs: 3 }, 7000)).toBe(false);
    // An empty file is never finished (the MFP created it but has not written yet).
    expect(t.observe('e.pdf', { size: 0, mtimeMs: 1 }, 0)).toBe(false);
    expect(t.observe('e.pdf', { size: 0, mtimeMs: 1 }, 60_000)).toBe(false);
  });
});
