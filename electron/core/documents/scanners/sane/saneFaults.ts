/**
 * scanimage's failures → scanner faults. scanimage exits with the SANE status of the failing call
 * (SANE standard 1.0 §4.2.1 SANE_Status: 2 CANCELLED, 3 DEVICE_BUSY, 4 INVAL, 6 JAMMED,
 * 7 NO_DOCS, 8 COVER_OPEN, 9 IO_ERROR, 10 NO_MEM, 11 ACCESS_DENIED) and prints sane_strstatus() text;
 * it is run with LC_ALL=C so that text is English and matchable.
 */
import type { ScanFault } from '../../../../../shared/contract/features/scanning';

const BY_TEXT: ReadonlyArray<[RegExp, ScanFault | 'cancelled' | 'no_docs']> = [
  [/feeder jammed/i, 'jammed'],
  [/out of documents/i, 'no_docs'],
  [/cover is open/i, 'cover_open'],
  [/device busy/i, 'busy'],
  [/error during device i\/o/i, 'io'],
  [/access to resource has been denied/i, 'access_denied'],
  [/operation not supported|unrecognized option|invalid option|value for --/i, 'unsupported'],
  [/operation was cancelled/i, 'cancelled'],
  [/open of device .* failed|no sane devices found|device not found/i, 'device_gone'],
];

/** Exit 1 is also scanimage's generic failure, so SANE_STATUS_UNSUPPORTED is known only by its message. */
const BY_STATUS: Record<number, ScanFault | 'cancelled' | 'no_docs'> = {
  2: 'cancelled',
  3: 'busy',
  6: 'jammed',
  7: 'no_docs',
  8: 'cover_open',
  9: 'io',
  11: 'access_denied',
};

/**
 * What stopped scanimage. `no_docs` (feeder empty) is the normal end of an ADF batch after some pages
 * and a fault ("no paper") before the first one; the caller decides.
 */
export function classifySaneFailure(exitCode: number | null, stderr: string): ScanFault | 'cancelled' | 'no_docs' {
  // The last error line names the call that failed (earlier lines may be warnings).
  const errors = saneErrorLines(stderr).reverse();
  for (const line of errors) for (const [re, kind] of BY_TEXT) if (re.test(line)) return kind;
  const byStatus = exitCode === null ? undefined : BY_STATUS[exitCode];
  if (byStatus) return byStatus;
  return 'failed';
}

/**
 * scanimage's error lines: a failed SANE call ("scanimage: sane_read: …"), a device that would not
 * open, a refused option. Other "scanimage:" lines are notices ("rounded value of br-x …").
 */
export function saneErrorLines(stderr: string): string[] {
  // --progress rewrites its line with CR, so errors may follow a CR rather than a LF.
  return stderr
    .split(/\r\n|\r|\n/)
    .filter((l) => /^scanimage: (sane_\w+: |open of device|no SANE devices|.*(unrecognized|invalid) (option|argument)|.*failed)/i.test(l));
}

/** The last error line, for IT staff when the fault is not one of the known ones. */
export function lastSaneError(stderr: string): string {
  return saneErrorLines(stderr).pop()?.replace(/^scanimage: /, '') ?? stderr.trim().split(/\r?\n/).pop() ?? '';
}
