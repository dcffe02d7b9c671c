/**
 * WIA on Windows through PowerShell and the WIA Automation COM object (wiaScript.ts). One
 * powershell.exe per call; pages are PNG files the helper renames from `.part` once complete.
 * Not exercised on a real Windows PC: see wiaScript.ts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ScanDevice } from '../../../../../shared/contract/features/scanning';
import { ScannerError, type BackendAvailability, type ScanOutcome, type ScanRun, type ScannerAdapter } from '../adapter';
import { fault } from '../faults';
import { runProgram, type RunResult } from '../processRunner';
import { WIA_SCRIPT, wiaArgs } from './wiaScript';
import { parseWiaLine, wiaCapabilities, wiaDevice, wiaFault, type WiaCaps, type WiaEvent } from './wiaProtocol';

export interface WiaAdapterOptions {
  /** powershell.exe (Windows PowerShell 5.1 ships with Windows 10/11). */
  command?: string;
  /** Where the helper script is written (default: the OS temp folder; it holds no personal data). */
  scriptDir?: string;
}

export class WiaAdapter implements ScannerAdapter {
  readonly backend = 'wia' as const;
  readonly #command: string;
  #script: Promise<string> | null = null;

  constructor(private readonly options: WiaAdapterOptions = {}) {
    this.#command = options.command ?? 'powershell.exe';
  }

  /** The script file, named by its content hash so an updated app never runs an old copy. */
  scriptFile(): Promise<string> {
    this.#script ??= (async () => {
      const hash = createHash('sha256').update(WIA_SCRIPT).digest('hex').slice(0, 16);
      const file = path.join(this.options.scriptDir ?? os.tmpdir(), `loket-wia-${hash}.ps1`);
      // UTF-8 with BOM: Windows PowerShell 5.1 reads a BOM-less script as the ANSI code page.
      await fs.writeFile(file, `\uFEFF${WIA_SCRIPT}`, 'utf8');
      return file;
    })();
    return this.#script;
  }

  async #run(action: 'list' | 'caps' | 'scan', p: Parameters<typeof wiaArgs>[2], extra: { signal?: AbortSignal; onEvent?: (e: WiaEvent) => void; timeoutMs?: number } = {}) {
    const events: WiaEvent[] = [];
    const r = await runProgram(this.#command, {
      args: wiaArgs(await this.scriptFile(), action, p),
      signal: extra.signal,
      timeoutMs: extra.timeoutMs,
      onStdoutLine: (line) => {
        const e = parseWiaLine(line);
        if (!e) return;
        events.push(e);
        extra.onEvent?.(e);
      },
    });
    return { r, events };
  }

  async availability(): Promise<BackendAvailability> {
    const { r } = await this.#run('list', {}, { timeoutMs: 30_000 });
    if (r.spawnError) return { backend: 'wia', available: false, message: 'Windows PowerShell tidak ditemukan, sehingga pemindai WIA tidak dapat dipakai. Minta petugas TI memeriksanya.' };
    return { backend: 'wia', available: true, message: '' };
  }

  async listDevices(): Promise<ScanDevice[]> {
    const { r, events } = await this.#run('list', {}, { timeoutMs: 30_000 });
    throwIfFailed(r, events);
    return events.flatMap((e) => (e.event === 'device' ? [wiaDevice(e)] : []));
  }

  async capabilities(device: string): Promise<WiaCaps> {
    const { r, events } = await this.#run('caps', { deviceId: device }, { timeoutMs: 30_000 });
    throwIfFailed(r, events);
    const caps = events.find((e) => e.event === 'caps');
    if (!caps || caps.event !== 'caps') throw new ScannerError(fault('failed', 'WIA tidak memberi data kemampuan pemindai'));
    return wiaCapabilities(caps);
  }

  async scan(run: ScanRun): Promise<ScanOutcome> {
    const pages: string[] = [];
    const { r, events } = await this.#run(
      'scan',
      { deviceId: run.device, outDir: run.outDir, source: run.options.source, duplex: run.options.duplex, dpi: run.options.resolution, mode: run.options.mode },
      {
        signal: run.signal,
        onEvent: (e) => {
          if (e.event !== 'page') return;
          const file = path.resolve(e.file);
          if (path.dirname(file) !== path.resolve(run.outDir)) return;
          pages.push(file);
          run.onProgress({ kind: 'page', index: pages.length, file });
        },
      },
    );
    if (r.spawnError) throw new ScannerError(fault('tool_missing', `powershell: ${r.spawnError}`));
    const names = await fs.readdir(run.outDir).catch(() => [] as string[]);
    const parts = names.filter((n) => n.endsWith('.part'));
    await Promise.all(parts.map((n) => fs.rm(path.join(run.outDir, n), { force: true })));
    const error = events.find((e) => e.event === 'error');
    // WIA transfers a page whole or not at all: a page is cut off only when the helper was killed mid-save.
    const partialDiscarded = parts.length > 0;
    if (r.aborted) return { pages, fault: null, cancelled: true, partialDiscarded };
    if (error && error.event === 'error') return { pages, fault: fault(wiaFault(error.hresult), error.message), cancelled: false, partialDiscarded };
    if (r.code !== 0) return { pages, fault: fault('failed', r.stderr.trim().split(/\r?\n/).pop()), cancelled: false, partialDiscarded };
    return { pages, fault: null, cancelled: false, partialDiscarded };
  }
}

function throwIfFailed(r: RunResult, events: WiaEvent[]): void {
  if (r.spawnError) throw new ScannerError(fault('tool_missing', `powershell: ${r.spawnError}`));
  if (r.timedOut) throw new ScannerError(fault('device_gone'));
  const error = events.find((e) => e.event === 'error');
  if (error && error.event === 'error') throw new ScannerError(fault(wiaFault(error.hresult), error.message));
  if (r.code !== 0) throw new ScannerError(fault('failed', r.stderr.trim().split(/\r?\n/).pop()));
}
