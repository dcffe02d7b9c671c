/**
 * The case files and the size+mtime of each, taken on a worker thread: at open the main thread
 * parses index.json meanwhile, so the two halves of the staleness check (issue 9: about a third of
 * start-up each with 20,000 cases) run on two cores instead of one after the other.
 *
 * The worker is a few lines of plain JavaScript given as a string (readdir + statSync, nothing
 * else), so it needs no bundle of its own in dist/, under tsx or inside Electron.
 */
import { Worker } from 'node:worker_threads';
import type { WrittenFile } from './durableWrite';

/**
 * From an index this large (about 2,000 cases) the stats take longer than starting a thread (some
 * 20 ms); a smaller folder — and every CLI command on one — is stat'ed in place. The index's size
 * is known before the folder is listed, so the worker can start at once.
 */
export const STAT_WORKER_MIN_INDEX_BYTES = 1024 * 1024;

export interface CaseFileListing {
  /** Every entry of the folder, as readdir gave it. */
  names: string[];
  /** Size and mtime of `names[i]`, null when it was gone by then; only asked for names matching the pattern. */
  stat: (i: number) => WrittenFile | null;
}

/** Posts the names and `[size, mtimeMs]` per name in one Float64Array (NaN: not a case file, or gone), or the fs error with its code and path. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { dir, sep, pattern } = workerData;
try {
  const names = fs.readdirSync(dir);
  const wanted = new RegExp(pattern);
  const stats = new Float64Array(names.length * 2).fill(NaN);
  for (let i = 0; i < names.length; i++) {
    if (!wanted.test(names[i])) continue;
    const st = fs.statSync(dir + sep + names[i], { throwIfNoEntry: false });
    if (st) { stats[2 * i] = st.size; stats[2 * i + 1] = st.mtimeMs; }
  }
  parentPort.postMessage({ names, stats }, [stats.buffer]);
} catch (e) {
  parentPort.postMessage({ error: { message: String(e && e.message), code: e && e.code, path: e && e.path } });
}
`;

type WorkerReply = { names: string[]; stats: Float64Array } | { error: { message: string; code?: string; path?: string } };

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
 * Lists `dir` and stats the names matching `pattern` (plain file names: the path is joined without
 * normalising). Rejects with a CaseFolderError for an fs failure, with another error when no worker
 * could run (the caller then does the same work itself).
 */
export function listOnWorker(dir: string, sep: string, pattern: RegExp): Promise<CaseFileListing> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { dir, sep, pattern: pattern.source } });
    } catch (e) {
      reject(e);
      return;
    }
    worker.once('message', (reply: WorkerReply) => {
      if ('error' in reply) {
        reject(new CaseFolderError(reply.error.message, reply.error.code, reply.error.path));
        return;
      }
      const { names, stats } = reply;
      resolve({ names, stat: (i) => (Number.isNaN(stats[2 * i]) ? null : { size: stats[2 * i] as number, mtimeMs: stats[2 * i + 1] as number }) });
    });
    worker.once('error', reject);
    // An exit without a reply (killed, out of memory) is a failure to run, not an fs error.
    worker.once('exit', (code) => reject(new Error(`case file stat worker exited (${code}) without a reply`)));
  });
}
