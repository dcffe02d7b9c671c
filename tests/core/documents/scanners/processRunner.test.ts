/** The scanner program runner: a program that reports a terminal error and then hangs is stopped. */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../../electron/core/documents/scanners/processRunner';

describe('runProgram', () => {
  it('stops a program that lingers after its final line (a driver that reports a jam, then hangs)', async () => {
    const r = await runProgram('sh', {
      args: ['-c', 'echo "scanimage: sane_read: Document feeder jammed" >&2; sleep 600'],
      isFinalLine: (line) => line.startsWith('scanimage: sane_read: '),
    });
    expect(r.signal).toBe('SIGTERM');
    expect(r.stderr).toContain('Document feeder jammed');
    expect(r.aborted).toBe(false);
    expect(r.timedOut).toBe(false);
  });

  it('leaves a program alone that exits by itself after its final line', async () => {
    const r = await runProgram('sh', {
      args: ['-c', 'echo "scanimage: sane_start: Document feeder out of documents" >&2; exit 7'],
      isFinalLine: (line) => line.startsWith('scanimage: sane_start: '),
    });
    expect(r).toMatchObject({ code: 7, signal: null });
  });
});
