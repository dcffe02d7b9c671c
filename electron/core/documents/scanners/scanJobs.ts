/**
 * Scan jobs: one scanner run into one case document. Each page the adapter reports complete is handed
 * to the documents core at once (so a jam or a cancel keeps the pages already scanned), then its
 * staging file is removed. The job is published whole after every change (`scanning.job`).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ScanJob, ScanOptions } from '../../../../shared/contract/features/scanning';
import type { DevelopmentLevel, DocumentType } from '../../../../shared/domain/document';
import { AppError } from '../../../../shared/contract/result';
import type { ScanOutcome, ScannerAdapter } from './adapter';
import { ScannerError } from './adapter';
import { fault } from './faults';
import type { PageSink } from './pageSink';

/** Page files between the scanner and the documents core; emptied at every start (they hold personal data). */
export const SCAN_STAGING_DIR = 'scan-staging';
/** Finished jobs kept for `scanning.jobs` (the dialog re-opened after navigating away). */
const KEEP_FINISHED = 20;

export interface StartJob {
  adapter: ScannerAdapter;
  device: string;
  deviceId: string;
  deviceLabel: string;
  caseId: string;
  documentId: string | null;
  documentType: DocumentType;
  developmentLevel: DevelopmentLevel;
  options: ScanOptions;
}

interface Running {
  job: ScanJob;
  abort: AbortController;
  done: Promise<void>;
}

export class ScanJobs {
  readonly #jobs = new Map<string, Running>();

  constructor(
    private readonly dataDir: string,
    private readonly sink: PageSink,
    private readonly now: () => Date,
    private readonly publish: (job: ScanJob) => void,
  ) {}

  list(caseId?: string): ScanJob[] {
    return [...this.#jobs.values()].map((r) => r.job).filter((j) => !caseId || j.caseId === caseId).reverse();
  }

  get(jobId: string): ScanJob {
    const r = this.#jobs.get(jobId);
    if (!r) throw new AppError('not_found', 'scan.jobNotFound');
    return r.job;
  }

  /** A job of this app already scanning on the device. */
  busyOn(deviceId: string): ScanJob | undefined {
    return [...this.#jobs.values()].map((r) => r.job).find((j) => j.deviceId === deviceId && (j.state === 'starting' || j.state === 'scanning'));
  }

  start(s: StartJob): ScanJob {
    const id = randomUUID();
    const job: ScanJob = {
      id,
      caseId: s.caseId,
      deviceId: s.deviceId,
      deviceLabel: s.deviceLabel,
      documentType: s.documentType,
      documentId: s.documentId,
      options: s.options,
      state: 'starting',
      pagesScanned: 0,
      pagesSaved: 0,
      pagePercent: null,
      fault: null,
      note: 'Menyiapkan pemindai…',
      startedAt: this.now().toISOString(),
      endedAt: null,
    };
    const abort = new AbortController();
    const running: Running = { job, abort, done: Promise.resolve() };
    this.#jobs.set(id, running);
    this.#trim();
    running.done = this.#run(running, s);
    return job;
  }

  cancel(jobId: string): ScanJob {
    const r = this.#jobs.get(jobId);
    if (!r) return this.get(jobId);
    if (r.job.state === 'starting' || r.job.state === 'scanning') r.abort.abort();
    return r.job;
  }

  /** Stops every running job (app closing) and waits for their pages to be saved. */
  async close(): Promise<void> {
    for (const r of this.#jobs.values()) r.abort.abort();
    await Promise.allSettled([...this.#jobs.values()].map((r) => r.done));
  }

  #update(r: Running, change: Partial<ScanJob>): void {
    r.job = { ...r.job, ...change };
    this.publish(r.job);
  }

  async #run(r: Running, s: StartJob): Promise<void> {
    const outDir = path.join(this.dataDir, SCAN_STAGING_DIR, r.job.id);
    let saving: Promise<void> = Promise.resolve();
    let saveError: unknown = null;
    let lastPercent = -10;
    try {
      await fs.mkdir(outDir, { recursive: true });
      this.#update(r, { state: 'scanning', note: 'Memindai halaman 1…' });
      const outcome: ScanOutcome = await s.adapter.scan({
        device: s.device,
        options: s.options,
        outDir,
        signal: r.abort.signal,
        onProgress: (p) => {
          if (p.kind === 'percent') {
            // Progress events at most every 5 %: enough for a bar, light on the IPC channel.
            if (p.percent - lastPercent >= 5 || p.percent === 100) {
              lastPercent = p.percent;
              this.#update(r, { pagePercent: p.percent });
            }
            return;
          }
          lastPercent = -10;
          this.#update(r, { pagesScanned: p.index, pagePercent: null, note: `Halaman ${p.index} terpindai. Memindai halaman ${p.index + 1}…` });
          // Pages are saved one after another, in scan order.
          saving = saving.then(async () => {
            if (saveError) return;
            try {
              const { documentId } = await this.sink.addScannedPages({
                caseId: s.caseId,
                documentId: r.job.documentId,
                type: s.documentType,
                developmentLevel: s.developmentLevel,
                files: [p.file],
              });
              this.#update(r, { documentId, pagesSaved: r.job.pagesSaved + 1 });
              await fs.rm(p.file, { force: true });
            } catch (e) {
              saveError = e;
              r.abort.abort(); // pages that cannot be stored must not keep coming
            }
          });
        },
      });
      await saving;
      this.#finish(r, outcome, saveError);
    } catch (e) {
      await saving;
      const f = e instanceof ScannerError ? e.fault : fault('failed', e instanceof Error ? e.message : String(e));
      this.#update(r, { state: 'failed', fault: f, pagePercent: null, note: this.#savedNote(r.job.pagesSaved, false), endedAt: this.now().toISOString() });
    } finally {
      await fs.rm(outDir, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  #finish(r: Running, outcome: ScanOutcome, saveError: unknown): void {
    const endedAt = this.now().toISOString();
    const saved = r.job.pagesSaved;
    if (saveError) {
      const message = saveError instanceof AppError ? saveError.message : 'Halaman hasil pindai tidak dapat disimpan.';
      this.#update(r, { state: 'failed', fault: { code: 'failed', message }, pagePercent: null, note: this.#savedNote(saved, false), endedAt });
      return;
    }
    if (outcome.cancelled) {
      this.#update(r, { state: 'cancelled', pagePercent: null, note: `Pemindaian dibatalkan. ${this.#savedNote(saved, outcome.partialDiscarded)}`, endedAt });
      return;
    }
    if (outcome.fault) {
      this.#update(r, { state: 'failed', fault: outcome.fault, pagePercent: null, note: this.#savedNote(saved, outcome.partialDiscarded), endedAt });
      return;
    }
    this.#update(r, { state: 'completed', pagePercent: null, note: `Selesai: ${saved} halaman tersimpan ke berkas.`, endedAt });
  }

  #savedNote(saved: number, partial: boolean): string {
    const kept = saved === 0 ? 'Belum ada halaman yang tersimpan.' : `${saved} halaman sudah tersimpan ke berkas.`;
    return partial ? `${kept} Halaman ke-${saved + 1} terpotong dan dibuang; pindai ulang mulai halaman itu.` : kept;
  }

  #trim(): void {
    const finished = [...this.#jobs.values()].filter((r) => r.job.endedAt !== null);
    for (const r of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.#jobs.delete(r.job.id);
  }
}
