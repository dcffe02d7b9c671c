/**
 * The slow-filesystem shim of the office benches (issue 12 "Speed"): about `ms` before every file
 * operation of node:fs/promises, the module object every core file imports, as SMB adds to each
 * round trip. It slows this thread's calls only: work a core hands to a worker thread (the audit's
 * hashing) reads at local speed, so a figure through the shim says so in its name.
 */
import fs from 'node:fs/promises';

type Fs = typeof fs;

/** Installs the shim; the returned function removes it. */
export function slowFileSystem(ms: number): () => void {
  const names = ['stat', 'lstat', 'readdir', 'open', 'readFile', 'writeFile', 'mkdir', 'rename', 'rm', 'link', 'access', 'copyFile'] as const;
  const target = fs as unknown as Record<string, unknown>;
  const saved = names.map((n) => [n, target[n]] as const);
  for (const [n, fn] of saved) {
    const original = fn as (...a: unknown[]) => Promise<unknown>;
    target[n] = async (...a: unknown[]) => {
      await new Promise((r) => setTimeout(r, ms));
      return original.apply(fs as Fs, a);
    };
  }
  return () => {
    for (const [n, fn] of saved) target[n] = fn;
  };
}

/** What the shim adds to each operation in the office benches. */
export const SHIM_MS = 5;
