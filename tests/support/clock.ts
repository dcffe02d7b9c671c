/**
 * The suite's clock. No test reads the wall clock: every core, harness and browser in a test gets
 * its time from here, so the suite passes on any day it runs (a month's end, a year's end, a leap
 * day). `LOKET_TEST_NOW` (ISO 8601) moves the whole suite to another instant, e.g.
 * `LOKET_TEST_NOW=2028-02-29T16:50:00Z npm test` (23.50 WIB on a leap day).
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** 24 November 2026, 10.00 WIB: a working Tuesday, the day the fixtures' letters were received. */
const DEFAULT_NOW = '2026-11-24T03:00:00.000Z';

function epoch(): number {
  const raw = process.env.LOKET_TEST_NOW;
  const ms = Date.parse(raw ?? DEFAULT_NOW);
  if (Number.isNaN(ms)) throw new Error(`LOKET_TEST_NOW is not an ISO 8601 instant: ${raw ?? ''}`);
  return ms;
}

/** The instant the suite pretends it is, in ms. */
export const TEST_NOW_MS = epoch();

/** The suite's "now" as a Date (a fresh object each call). */
export const testNow = (): Date => new Date(TEST_NOW_MS);

/** `ms` after (or before, when negative) the suite's "now", as ISO 8601. */
export const testIso = (ms = 0): string => new Date(TEST_NOW_MS + ms).toISOString();

/** A stopped clock for the core: time moves only when the test says so. */
export class TestClock {
  t: number;
  readonly now = (): Date => new Date(this.t);
  constructor(start: number = TEST_NOW_MS) {
    this.t = start;
  }
  advance(minutes: number): Date {
    this.t += minutes * 60_000;
    return this.now();
  }
}

/**
 * A running clock for hosts that live in real time (the harness and its Chromium page): it starts at
 * the suite's "now" and moves with the elapsed time measured by the monotonic timer — never the date.
 * `advance` jumps it forward (a step's standard minutes, a waiting deadline).
 */
export interface RunningClock {
  readonly now: () => Date;
  advance(ms: number): void;
}

export function runningClock(start: number = TEST_NOW_MS): RunningClock {
  const t0 = performance.now();
  let offset = 0;
  return {
    now: () => new Date(start + offset + Math.round(performance.now() - t0)),
    advance(ms) {
      offset += ms;
    },
  };
}
