/**
 * NAPS2 (Not Another PDF Scanner 2) console, when the office has installed it: a separate program
 * (GPL) run as `NAPS2.Console.exe`, never linked. It reaches WIA, TWAIN and eSCL scanners; we ask it
 * for page images in a job folder (docs/reference.md §5). NAPS2 saves the pages when the whole batch is
 * done, so page events arrive at the end. Detection, command line and output parsing are unit-tested;
 * not exercised with a real NAPS2 installation.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ScanDevice, ScanFault, ScanOptions } from '../../../../../shared/contract/features/scanning';
import { ScannerError, type BackendAvailability, type ScanOutcome, type ScanRun, type ScannerAdapter } from '../adapter';
import { fault } from '../faults';
import { runProgram } from '../processRunner';

export const NAPS2_DRIVERS = ['wia', 'twain', 'escl'] as const;
export type Naps2Driver = (typeof NAPS2_DRIVERS)[number];

/** Where the NAPS2 installer puts the console (per-machine and per-user installs), first match wins. */
export function naps2Candidates(env: Record<string, string | undefined>): string[] {
  const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA && path.win32.join(env.LOCALAPPDATA, 'Programs')];
  return roots.filter((r): r is string => Boolean(r)).map((r) => path.win32.join(r, 'NAPS2', 'NAPS2.Console.exe'));
}

export function findNaps2(env: Record<string, string | undefined>, exists: (p: string) => boolean = existsSync): string | null {
  if (env.LOKET_NAPS2 && exists(env.LOKET_NAPS2)) return env.LOKET_NAPS2;
  return naps2Candidates(env).find((p) => exists(p)) ?? null;
}

/** Device ids are "<driver>|<NAPS2 device name>": NAPS2 selects devices by name per driver. */
export function naps2DeviceId(driver: Naps2Driver, name: string): string {
  return `${driver}|${name}`;
}

export function parseNaps2DeviceId(id: string): { driver: Naps2Driver; name: string } | null {
  const sep = id.indexOf('|');
  const driver = id.slice(0, sep) as Naps2Driver;
  if (sep < 0 || !NAPS2_DRIVERS.includes(driver)) return null;
  return { driver, name: id.slice(sep + 1) };
}

/** `--listdevices` prints one device name per line. */
export function parseNaps2Devices(stdout: string, driver: Naps2Driver): ScanDevice[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !/^(error|usage|naps2)/i.test(l))
    .map((name) => ({ id: naps2DeviceId(driver, name), backend: 'naps2' as const, label: `${name} (NAPS2, ${driver.toUpperCase()})`, vendor: '', model: name }));
}

/** The console command line for one batch into `outDir` (page-0001.png, page-0002.png, …). */
export function naps2ScanArgs(device: { driver: Naps2Driver; name: string }, options: ScanOptions, outDir: string): string[] {
  const source = options.source === 'flatbed' ? 'glass' : options.duplex ? 'duplex' : 'feeder';
  const bitdepth = options.mode === 'color' ? 'color' : options.mode === 'gray' ? 'gray' : 'bw';
  return [
    '--noprofile',
    '--driver', device.driver,
    '--device', device.name,
    '--source', source,
    '--dpi', String(options.resolution),
    '--bitdepth', bitdepth,
    // $(nnnn): NAPS2's page-number placeholder, one image file per page.
    '-o', path.win32.join(outDir, 'page-$(nnnn).png'),
    '--force',
    '--verbose',
  ];
}

const NAPS2_FAULTS: ReadonlyArray<[RegExp, ScanFault]> = [
  [/paper jam|jammed/i, 'jammed'],
  [/no pages (are )?in the feeder|feeder is empty|out of paper|no paper/i, 'no_paper'],
  [/cover (is )?open/i, 'cover_open'],
  [/busy|in use/i, 'busy'],
  [/offline|not found|disconnected|could not connect|no (scanning )?device/i, 'device_gone'],
  [/access (is )?denied/i, 'access_denied'],
];

/** NAPS2's console output (stdout + stderr) → a fault, or null when nothing went wrong. */
export function naps2Fault(output: string, exitCode: number | null): { code: ScanFault; detail: string } | null {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  for (const line of [...lines].reverse()) for (const [re, code] of NAPS2_FAULTS) if (re.test(line)) return { code, detail: line };
  if (exitCode !== 0) return { code: 'failed', detail: lines.pop() ?? `exit ${exitCode}` };
  return null;
}

export class Naps2Adapter implements ScannerAdapter {
  readonly backend = 'naps2' as const;

  constructor(
    private readonly env: Record<string, string | undefined> = process.env,
    private readonly drivers: readonly Naps2Driver[] = ['wia', 'twain'],
  ) {}

  #exe(): string {
    const exe = findNaps2(this.env);
    if (!exe) throw new ScannerError(fault('tool_missing', 'NAPS2.Console.exe'));
    return exe;
  }

  async availability(): Promise<BackendAvailability> {
    return findNaps2(this.env)
      ? { backend: 'naps2', available: true, message: '' }
      : { backend: 'naps2', available: false, message: 'Program NAPS2 tidak ditemukan di komputer ini (tidak wajib; WIA tetap dapat dipakai).' };
  }

  async listDevices(): Promise<ScanDevice[]> {
    const exe = this.#exe();
    const lists = await Promise.all(
      this.drivers.map(async (driver) => {
        const r = await runProgram(exe, { args: ['--listdevices', '--driver', driver], timeoutMs: 60_000 });
        return r.code === 0 ? parseNaps2Devices(r.stdout, driver) : [];
      }),
    );
    return lists.flat();
  }

  /** NAPS2 does not report a device's options; these are passed to the driver, which refuses what it cannot do. */
  async capabilities(device: string): Promise<{ sources: ('flatbed' | 'adf')[]; duplex: boolean; resolutions: number[]; modes: ('gray' | 'color' | 'lineart')[]; defaults: { source: 'flatbed'; resolution: number; mode: 'gray' } }> {
    if (!parseNaps2DeviceId(device)) throw new ScannerError(fault('device_gone'));
    return { sources: ['flatbed', 'adf'], duplex: true, resolutions: [100, 150, 200, 300, 400, 600], modes: ['gray', 'color', 'lineart'], defaults: { source: 'flatbed', resolution: 300, mode: 'gray' } };
  }

  async scan(run: ScanRun): Promise<ScanOutcome> {
    const device = parseNaps2DeviceId(run.device);
    if (!device) throw new ScannerError(fault('device_gone'));
    const r = await runProgram(this.#exe(), { args: naps2ScanArgs(device, run.options, run.outDir), signal: run.signal });
    if (r.spawnError) throw new ScannerError(fault('tool_missing', `NAPS2: ${r.spawnError}`));
    const files = (await fs.readdir(run.outDir).catch(() => [] as string[])).filter((n) => /^page-\d+\.png$/i.test(n)).sort();
    if (r.aborted) {
      // Killed before NAPS2 wrote its pages: nothing whole to keep.
      await Promise.all(files.map((n) => fs.rm(path.join(run.outDir, n), { force: true })));
      return { pages: [], fault: null, cancelled: true, partialDiscarded: false };
    }
    const pages = files.map((n) => path.join(run.outDir, n));
    pages.forEach((file, i) => run.onProgress({ kind: 'page', index: i + 1, file }));
    const f = naps2Fault(`${r.stdout}\n${r.stderr}`, r.code);
    // A feeder that runs empty after some pages is the normal end of a batch.
    if (f && !(f.code === 'no_paper' && pages.length > 0)) return { pages, fault: fault(f.code, f.detail), cancelled: false, partialDiscarded: false };
    return { pages, fault: null, cancelled: false, partialDiscarded: false };
  }
}
