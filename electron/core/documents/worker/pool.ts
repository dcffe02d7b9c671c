/**
 * The core's side of the document worker (docs/architecture.md principle 6): one worker thread, tasks run one
 * at a time in order, progress forwarded, cancel = the task is dropped (queued) or the thread is
 * terminated (running) and a fresh one starts for the next task.
 *
 * Where the worker's code is: beside the running bundle as `workers/documents.mjs` (scripts/build-node.mjs
 * builds it next to dist/cli and dist/host), or — running from the TypeScript sources (tests, harness) —
 * `entry.ts` loaded through tsx.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../shared/contract/result';
import { appRoot } from '../assets';
import type { WorkerRequest, WorkerResponse, WorkerResult } from './protocol';

type Task = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export const cancelledError = () => new AppError('conflict', 'documents.cancelled');

interface Job {
  id: number;
  task: Task;
  transfer: ArrayBuffer[];
  onProgress: (done: number, total: number) => void;
  resolve: (r: WorkerResult) => void;
  reject: (e: unknown) => void;
  signal: AbortSignal | undefined;
}

function spawn(): Worker {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    const entry = pathToFileURL(path.join(path.dirname(here), 'entry.ts')).href;
    const tsx = pathToFileURL(path.join(appRoot(), 'node_modules/tsx/dist/esm/api/index.mjs')).href;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(boot, { eval: true });
  }
  const bundled = path.join(appRoot(), 'dist/workers/documents.mjs');
  if (!existsSync(bundled)) throw new Error(`documents worker bundle missing: ${bundled} (run npm run build:node)`);
  return new Worker(bundled);
}

export class DocumentWorker {
  #worker: Worker | undefined;
  #queue: Job[] = [];
  #current: Job | undefined;
  #nextId = 1;
  #closed = false;

  run(task: Task, opts: { transfer?: ArrayBuffer[]; onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {}): Promise<WorkerResult> {
    if (this.#closed) return Promise.reject(new Error('documents worker closed'));
    if (opts.signal?.aborted) return Promise.reject(cancelledError());
    return new Promise<WorkerResult>((resolve, reject) => {
      const job: Job = {
        id: this.#nextId++, task, transfer: opts.transfer ?? [], onProgress: opts.onProgress ?? (() => undefined), resolve, reject, signal: opts.signal,
      };
      opts.signal?.addEventListener('abort', () => this.#abort(job), { once: true });
      this.#queue.push(job);
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('documents worker closed'));
    const w = this.#worker;
    this.#worker = undefined;
    if (w) await w.terminate();
  }

  #pump(): void {
    if (this.#current || this.#closed) return;
    const job = this.#queue.shift();
    if (!job) return;
    this.#current = job;
    const worker = this.#ensureWorker();
    // Keep the process alive while a job runs (a CLI awaiting it has nothing else pending); idle, let it exit.
    worker.ref();
    worker.postMessage({ ...job.task, id: job.id }, job.transfer);
  }

  #idle(): void {
    if (!this.#current && this.#queue.length === 0) this.#worker?.unref();
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const w = spawn();
    w.unref();
    w.on('message', (msg: WorkerResponse) => this.#onMessage(msg));
    w.on('error', (e) => this.#fail(w, e));
    w.on('exit', (code) => this.#fail(w, new Error(`documents worker exited (${code})`)));
    this.#worker = w;
    return w;
  }

  #onMessage(msg: WorkerResponse): void {
    const job = this.#current;
    if (!job || job.id !== msg.id) return;
    if (msg.kind === 'progress') {
      job.onProgress(msg.done, msg.total);
      return;
    }
    this.#current = undefined;
    if (msg.kind === 'done') job.resolve(msg.result);
    else job.reject(msg.refusal ? new AppError('invalid_input', msg.message) : new Error(msg.message));
    this.#pump();
    this.#idle();
  }

  /** The thread died (crash, out of memory, terminate on cancel): fail its job, start afresh for the next. */
  #fail(w: Worker, e: unknown): void {
    if (this.#worker !== w) return;
    this.#worker = undefined;
    const job = this.#current;
    this.#current = undefined;
    job?.reject(e);
    this.#pump();
  }

  #abort(job: Job): void {
    const queued = this.#queue.indexOf(job);
    if (queued >= 0) {
      this.#queue.splice(queued, 1);
      job.reject(cancelledError());
      return;
    }
    if (this.#current !== job) return;
    this.#current = undefined;
    const w = this.#worker;
    this.#worker = undefined;
    job.reject(cancelledError());
    void w?.terminate();
    this.#pump();
  }
}
