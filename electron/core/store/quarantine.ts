/**
 * A file that fails to read is moved, untouched, into `<dataDir>/quarantine/` under a timestamped
 * name, so the rest of the data keeps opening and IT staff can still inspect or repair the original.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { QUARANTINE_DIR, relativeToData, type StoreContext } from './context';
import { syncDirectory } from './durableWrite';
import { errnoCode } from './storageError';

/** "2026-11-25T07:58:00.123Z" → "20261125-075800-123" (no colons: Windows forbids them in names). */
function stamp(d: Date): string {
  const iso = d.toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}-${iso.slice(20, 23)}`;
}

/** Moves `file` into quarantine; returns its new path relative to the data folder. */
export async function quarantineFile(ctx: StoreContext, file: string): Promise<string> {
  const dir = path.join(ctx.dataDir, QUARANTINE_DIR);
  await fs.mkdir(dir, { recursive: true });
  const base = `${stamp(ctx.now())}_${relativeToData(ctx, file).replace(/\//g, '__')}`;
  for (let n = 0; ; n++) {
    const target = path.join(dir, n === 0 ? base : `${base}.${n}`);
    try {
      // Never overwrite an earlier quarantined file (link fails if the target exists), then drop the original name.
      await fs.link(file, target);
      await fs.unlink(file);
      await syncDirectory(dir);
      await syncDirectory(path.dirname(file));
      return relativeToData(ctx, target);
    } catch (e) {
      const code = errnoCode(e);
      if (code === 'EEXIST') continue;
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') {
        // No hard links here (FAT32 flash drives): move instead, still never over an existing name.
        if (await exists(target)) continue;
        await fs.rename(file, target);
        await syncDirectory(dir);
        return relativeToData(ctx, target);
      }
      throw e;
    }
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}
