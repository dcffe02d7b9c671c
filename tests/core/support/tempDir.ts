/** Real temporary folders for store tests, removed after each test (after whatever still uses them is closed). */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];
const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  // One hook, in order: close cores (their last index write) first, then remove the folders.
  await Promise.all(closers.splice(0).map((close) => close()));
  await Promise.all(made.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

export async function tempDir(prefix = 'loket-core-'): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Runs `close` after the test, before its temp folders are removed. */
export function closeAfterTest(close: () => Promise<void>): void {
  closers.push(close);
}
