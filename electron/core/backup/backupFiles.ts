/**
 * Which files of the data folder a backup takes, and in what order. Skipped: `index.json` (derived,
 * rebuilt at open), the staging folders (imports and scans in progress), temp files of writes in
 * flight (`*.tmp`) and `.bak` copies (the previous version of a file, kept for crash recovery in
 * place; the backup's own manifest proves its copies).
 */
import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BLOBS_DIR } from '../documents/blobStore';
import { SCAN_STAGING_DIR } from '../documents/scanners/scanJobs';
import { STAGING_DIR } from '../documents/staging';
import { INDEX_FILE } from '../store/caseIndex';
import { TEMP_SUFFIX } from '../store/durableWrite';

const SKIPPED_DIRS = new Set([STAGING_DIR, SCAN_STAGING_DIR]);

export function skipped(relative: string, isDir: boolean): boolean {
  const base = relative.split('/').at(-1) ?? relative;
  if (isDir) return !relative.includes('/') && SKIPPED_DIRS.has(relative);
  return relative === INDEX_FILE || base.endsWith(TEMP_SUFFIX) || base.endsWith('.bak');
}

/** Every file under `dir` (relative, "/" separated), minus the skipped ones; a folder that vanishes meanwhile is empty. */
export async function listFiles(root: string, under = ''): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(path.join(root, under), { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!skipped(rel, true)) out.push(...(await listFiles(root, rel)));
    } else if (entry.isFile() && !skipped(rel, false)) out.push(rel);
  }
  return out;
}

/**
 * The two passes of a consistent copy while the app writes: first everything but the blobs (each
 * case and settings file is replaced atomically, so one full read is one whole version), then the
 * blobs, listed *after* the cases were read. A case only names a blob once the blob is on disk and
 * blobs are never rewritten, so every blob a copied case names is in the second pass.
 */
export async function filesInOrder(dataDir: string): Promise<{ records: string[]; blobs: () => Promise<string[]> }> {
  const all = await listFiles(dataDir);
  return {
    records: all.filter((f) => !f.startsWith(`${BLOBS_DIR}/`)),
    blobs: () => listFiles(dataDir, BLOBS_DIR),
  };
}
