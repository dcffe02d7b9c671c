/**
 * SANE through `scanimage` (Linux; also network scanners via sane-airscan). One process per job,
 * always in `--batch` mode so flatbed and feeder work the same: scanimage writes each page to
 * `<name>.part` and renames it when complete, then prints the name (`--batch-print`), so a page we
 * see is whole and a page cut off by a jam or cancel never appears under its final name.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ScanDevice } from '../../../../../shared/contract/features/scanning';
import { ScannerError, type BackendAvailability, type ScanOutcome, type ScanRun, type ScannerAdapter } from '../adapter';
import { fault } from '../faults';
import { runProgram, type RunResult } from '../processRunner';
import { classifySaneFailure, lastSaneError, saneErrorLines } from './saneFaults';
import { MAX_PAPER_MM, SANE_LIST_FORMAT, parseSaneDeviceList, parseSaneOptions, saneCapabilities, type SaneCaps } from './saneOptions';

export interface SaneAdapterOptions {
  /** The scanimage program (default: found on PATH). */
  command?: string;
  /** Environment for scanimage (SANE_CONFIG_DIR etc.); LC_ALL=C is always added. */
  env?: NodeJS.ProcessEnv;
  /** Extra arguments per device, after the standard ones (e.g. a test backend's options in tests). */
  extraArgs?: (device: string) => string[];
  /** Listing scanners on the network (airscan, net) can take a while. */
  listTimeoutMs?: number;
}

/**
 * Page files scanimage writes: PNG, lossless and read by the documents core's image library (which has
 * no PNM reader); the compression runs in the scanimage process, not in the core.
 */
const PAGE_PATTERN = 'page-%04d.png';

export class SaneAdapter implements ScannerAdapter {
  readonly backend = 'sane' as const;
  readonly #command: string;
  readonly #caps = new Map<string, SaneCaps>();

  constructor(private readonly options: SaneAdapterOptions = {}) {
    this.#command = options.command ?? 'scanimage';
  }

  #env(): NodeJS.ProcessEnv {
    // English messages so failures can be recognised (saneFaults.ts).
    return { ...(this.options.env ?? process.env), LC_ALL: 'C', LANG: 'C' };
  }

  async availability(): Promise<BackendAvailability> {
    const r = await runProgram(this.#command, { args: ['--version'], env: this.#env(), timeoutMs: 10_000 });
    if (r.spawnError)
      return { backend: 'sane', available: false, message: 'Program pemindai SANE (scanimage) belum terpasang. Minta petugas TI memasang paket sane-utils.' };
    return { backend: 'sane', available: r.code === 0, message: r.code === 0 ? '' : `scanimage tidak dapat dijalankan: ${lastSaneError(r.stderr) || r.stderr.trim().slice(0, 200)}` };
  }

  async listDevices(): Promise<ScanDevice[]> {
    const r = await runProgram(this.#command, { args: ['-f', SANE_LIST_FORMAT], env: this.#env(), timeoutMs: this.options.listTimeoutMs ?? 30_000 });
    this.#throwIfNotRun(r);
    if (r.code !== 0 && r.stdout.trim() === '') throw new ScannerError(fault('failed', lastSaneError(r.stderr)));
    return parseSaneDeviceList(r.stdout);
  }

  async capabilities(device: string): Promise<SaneCaps> {
    const r = await runProgram(this.#command, { args: ['-A', '-d', device], env: this.#env(), timeoutMs: 30_000 });
    this.#throwIfNotRun(r);
    if (r.code !== 0) {
      const kind = classifySaneFailure(r.code, r.stderr);
      throw new ScannerError(fault(kind === 'cancelled' || kind === 'no_docs' ? 'failed' : kind, lastSaneError(r.stderr)));
    }
    const caps = saneCapabilities(parseSaneOptions(r.stdout));
    this.#caps.set(device, caps);
    return caps;
  }

  async scan(run: ScanRun): Promise<ScanOutcome> {
    const caps = this.#caps.get(run.device) ?? (await this.capabilities(run.device));
    const args = this.buildArgs(run, caps);
    const pages: string[] = [];
    let started = 0;
    const r = await runProgram(this.#command, {
      args,
      env: this.#env(),
      cwd: run.outDir,
      signal: run.signal,
      onStdoutLine: (line) => {
        // --batch-print: the name of each page once it is complete and renamed from .part.
        const file = path.resolve(run.outDir, line.trim());
        if (path.dirname(file) !== path.resolve(run.outDir)) return;
        pages.push(file);
        run.onProgress({ kind: 'page', index: pages.length, file });
      },
      onStderrLine: (line) => {
        const m = /^Progress: ([\d.]+)%/.exec(line);
        if (m) run.onProgress({ kind: 'percent', percent: Math.min(100, Number(m[1])) });
        if (/^Scanning page \d+/.test(line)) started += 1;
      },
      // A failed sane_read/sane_start ends the batch (jam, no paper, cover open…).
      isFinalLine: (line) => saneErrorLines(line).some((l) => /^scanimage: sane_(read|start): /.test(l)),
    });
    this.#throwIfNotRun(r);
    // A page was under way when the scan stopped: scanimage drops its .part file (we remove any left).
    // A failure of sane_start (feeder empty, cover open before feeding) means no page had begun.
    const failedAtStart = saneErrorLines(r.stderr).some((l) => l.startsWith('scanimage: sane_start: '));
    const leftParts = await removePartials(run.outDir);
    const partialDiscarded = leftParts || (started > pages.length && !failedAtStart && (r.aborted || r.code !== 0));
    if (r.aborted) return { pages, fault: null, cancelled: true, partialDiscarded };
    if (r.code === 0 && saneErrorLines(r.stderr).length === 0) return { pages, fault: null, cancelled: false, partialDiscarded };
    const kind = classifySaneFailure(r.code, r.stderr);
    if (kind === 'no_docs') {
      // The feeder ran empty: the normal end of a batch, or no paper at all.
      return { pages, fault: pages.length === 0 ? fault('no_paper') : null, cancelled: false, partialDiscarded };
    }
    if (kind === 'cancelled') return { pages, fault: null, cancelled: true, partialDiscarded };
    return { pages, fault: fault(kind, lastSaneError(r.stderr)), cancelled: false, partialDiscarded };
  }

  /** The scanimage command line for a job (exported for tests through the instance). */
  buildArgs(run: Pick<ScanRun, 'device' | 'options'>, caps: SaneCaps): string[] {
    const { options } = run;
    const args = ['-d', run.device, '--format=png', `--batch=${PAGE_PATTERN}`, '--batch-print', '--progress'];
    const wantsDuplex = options.source === 'adf' && options.duplex;
    if (options.source === 'adf') {
      const source = wantsDuplex ? (caps.native.source.duplex ?? caps.native.source.adf) : (caps.native.source.adf ?? caps.native.source.duplex);
      if (!source) throw new ScannerError(fault('unsupported'));
      args.push('--source', source);
      if (wantsDuplex && !caps.native.source.duplex) {
        if (!caps.native.adfModeDuplex) throw new ScannerError(fault('unsupported'));
        args.push('--adf-mode', caps.native.adfModeDuplex);
      }
    } else {
      if (caps.native.source.flatbed) args.push('--source', caps.native.source.flatbed);
      // One sheet on the glass: exactly one page.
      args.push('--batch-count=1');
    }
    const mode = caps.native.mode[options.mode];
    if (Object.keys(caps.native.mode).length > 0) {
      if (!mode) throw new ScannerError(fault('unsupported'));
      args.push('--mode', mode);
    }
    if (!caps.resolutions.includes(options.resolution)) throw new ScannerError(fault('unsupported'));
    args.push('--resolution', String(options.resolution));
    if (caps.maxArea) {
      // The whole sheet (scanimage's default area is the backend's, often smaller than A4).
      args.push('-l', '0', '-t', '0', '-x', String(Math.min(caps.maxArea.x, MAX_PAPER_MM.x)), '-y', String(Math.min(caps.maxArea.y, MAX_PAPER_MM.y)));
    }
    args.push(...(this.options.extraArgs?.(run.device) ?? []));
    return args;
  }

  #throwIfNotRun(r: RunResult): void {
    if (r.spawnError) throw new ScannerError(fault('tool_missing', `scanimage: ${r.spawnError}`));
    if (r.timedOut) throw new ScannerError(fault('device_gone'));
  }
}

/** A page cut off mid-scan may stay as `*.part` (killed process): removed, never handed on. */
async function removePartials(dir: string): Promise<boolean> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const partials = names.filter((n) => n.endsWith('.part'));
  await Promise.all(partials.map((n) => fs.rm(path.join(dir, n), { force: true })));
  return partials.length > 0;
}
