/**
 * The one interface every scanner backend implements (SANE, WIA, NAPS2). The job runner
 * (scanJobs.ts) only talks to this, so the case, the progress events and the hand-off of pages are
 * the same whatever scanner the office has.
 */
import type { ScanCapabilities, ScanDevice, ScanOptions, ScannerBackend } from '../../../../shared/contract/features/scanning';
import type { FaultValue } from './faults';

export interface BackendAvailability {
  backend: ScannerBackend;
  available: boolean;
  /** Indonesian, empty when available. */
  message: string;
}

export type ScanProgress =
  /** A complete page file is ready (scan order, 1-based). */
  | { kind: 'page'; index: number; file: string }
  /** Progress of the page being scanned. */
  | { kind: 'percent'; percent: number };

export interface ScanRun {
  /** Device id without the backend prefix (the adapter's own id). */
  device: string;
  options: ScanOptions;
  /** An empty folder for this job's page files (inside the data folder). */
  outDir: string;
  signal: AbortSignal;
  onProgress: (p: ScanProgress) => void;
}

export interface ScanOutcome {
  /** Complete pages, in order (the same files reported as `page` events). */
  pages: string[];
  /** Why the scan stopped early; null when it ended normally (incl. an ADF running out of paper after ≥ 1 page). */
  fault: FaultValue | null;
  cancelled: boolean;
  /** A page cut off by the fault or the cancel was thrown away (never handed on). */
  partialDiscarded: boolean;
}

export interface ScannerAdapter {
  readonly backend: ScannerBackend;
  availability(): Promise<BackendAvailability>;
  /** Ids are the adapter's own (the service prefixes the backend). */
  listDevices(): Promise<ScanDevice[]>;
  capabilities(device: string): Promise<Omit<ScanCapabilities, 'deviceId'>>;
  scan(run: ScanRun): Promise<ScanOutcome>;
}

/** Thrown by adapters for expected failures before a scan starts (device gone, tool missing). */
export class ScannerError extends Error {
  constructor(readonly fault: FaultValue) {
    super(fault.message);
    this.name = 'ScannerError';
  }
}

/** Common resolutions offered when a device reports a range (dpi). */
export const STANDARD_RESOLUTIONS = [75, 100, 150, 200, 240, 300, 400, 600, 1200] as const;

/** The archival default: 300 dpi when offered, else the nearest offered. */
export function defaultResolution(offered: readonly number[]): number {
  return [...offered].sort((a, b) => Math.abs(a - 300) - Math.abs(b - 300) || b - a)[0] ?? 300;
}
