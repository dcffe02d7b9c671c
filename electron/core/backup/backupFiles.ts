/**
 * Which files of the data folder a backup takes, and in what order. An allow-list: only the entries
 * the core writes and marks for backup (dataFolderLayout.ts), so whatever else sits in the folder —
 * a Chromium profile (Local Storage, Code Cache, Crashpad), a file someone dropped there — never
 * reaches the share. Inside those entries, `.bak` copies (the previous version of a file, kept for
 * crash recovery in place; the backup's own manifest proves its copies) and temp files of writes in
 * flight (`*.tmp`) are left out.
 */
import type { Dirent } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DATA_FOLDER_ENTRIES } from '../dataFolderLayout';
import { BLOBS_DIR } from '../documents/blobStore';
import { TEMP_SUFFIX } from '../store/durableWrite';

const copyOrInFlight = (name: string) => name.endsWith(TEMP_SUFFIX) || name.endsWith('.bak');

async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
}

/** Every file under `dir` (relative, "/" separated), minus `.bak` and `.tmp`; a folder that vanishes meanwhile is empty. */
export async function listFiles(root: string, under = ''): Promise<string[]> {
  const entries = await entriesOf(path.join(root, under));
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else if (entry.isFile() && !copyOrInFlight(entry.name)) out.push(rel);
  }
  return out;
}

/** The allow-listed top-level entries present in the data folder (folders expanded), blobs aside. */
async function recordFiles(dataDir: string): Promise<string[]> {
  const present = new Map((await entriesOf(dataDir)).map((d) => [d.name, d]));
  const out: string[] = [];
  for (const entry of [...DATA_FOLDER_ENTRIES].sort((a, b) => a.name.localeCompare(b.name))) {
    const found = present.get(entry.name);
    if (!entry.backup || entry.name === BLOBS_DIR || !found) continue;
    if (entry.dir && found.isDirectory()) out.push(...(await listFiles(dataDir, entry.name)));
    else if (!entry.dir && found.isFile()) out.push(entry.name);
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
  return { records: await recordFiles(dataDir), blobs: () => listFiles(dataDir, BLOBS_DIR) };
}
