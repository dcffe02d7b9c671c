/**
 * Size and mtime of many case files, taken on a worker thread: at open the main thread parses
 * index.json meanwhile, so the two halves of the staleness check (issue 9: about a third of
 * start-up each with 20,000 cases) run on two cores instead of one after the other.
 *
 * The worker is a few lines of plain JavaScript given as a string (statSync in a loop, nothing
 * else), so it needs no bundle of its own in dist/, under tsx or inside Electron.
 */
import { Worker } from 'node:worker_threads';
import type { WrittenFile } from './durableWrite';

/**
 * Below this many files the stats take less time than starting a thread (about 20 ms), so small
 * folders — and every CLI command on them — are stat'ed in place.
 */
export const STAT_WORKER_MIN_FILES = 2000;

/** Size and mtime of the i-th file asked for, null when it is gone. */
export type StatOf = (i: number) => WrittenFile | null;

/** Posts `[size, mtimeMs]` per name in one Float64Array (NaN: gone), or the fs error with its code and path. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { dir, sep, names } = workerData;
try {
  const stats = new Float64Array(names.length * 2).fill(NaN);
  for (let i = 0; i < names.length; i++) {
    const st = fs.statSync(dir + sep + names[i], { throwIfNoEntry: false });
    if (st) { stats[2 * i] = st.size; stats[2 * i + 1] = st.mtimeMs; }
  }
  parentPort.postMessage({ stats }, [stats.buffer]);
} catch (e) {
  parentPort.postMessage({ error: { message: String(e && e.message), code: e && e.code, path: e && e.path } });
}
`;

type WorkerReply = { stats: Float64Array } | { error: { message: string; code?: string; path?: string } };

/** An fs failure inside the worker, rebuilt so `toStorageError` can name it (code and path kept). */
export class CaseFolderError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly path: string | undefined,
  ) {
    super(message);
  }
}

/**
 * Stats `dir/<name>` for each name (plain file names from readdir: joined without normalising).
 * Rejects with a CaseFolderError for an fs failure, with another error when no worker could run
 * (the caller then stats in place).
 */
export function statOnWorker(dir: string, sep: string, names: readonly string[]): Promise<StatOf> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dir, sep, names } });
    } catch (e) {
      reject(e);
      return;
    }
    worker.once('message', (reply: WorkerReply) => {
      if ('error' in reply) {
        reject(new CaseFolderError(reply.error.message, reply.error.code, reply.error.path));
        return;
      }
      const { stats } = reply;
      resolve((i) => (Number.isNaN(stats[2 * i]) ? null : { size: stats[2 * i] as number, mtimeMs: stats[2 * i + 1] as number }));
    });
    worker.once('error', reject);
    // An exit without a reply (killed, out of memory) is a failure to run, not an fs error.
    worker.once('exit', (code) => reject(new Error(`case file stat worker exited (${code}) without a reply`)));
  });
}
