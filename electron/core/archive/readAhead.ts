/**
 * Reads a file in big chunks, the next chunk read ahead on libuv's threads while this thread handles
 * the current one (hashes it, hands it to a write): a 50 MB scan takes 13 reads rather than the 50 to
 * 100 of a stream or readFile, and the disk and the CPU work at the same time (issue 12, Speed).
 */
import fs from 'node:fs/promises';

/** 4 MiB: few trips to the thread pool, and two buffers stay small beside a scan. */
export const READ_CHUNK = 4 * 1024 * 1024;

export interface ReadAheadOptions {
  /** Turns an error opening or reading the file into the caller's (whose file it is decides the message). */
  readError?: (e: unknown) => unknown;
}

/**
 * Calls `onChunk` with each chunk of `file` in order; a chunk's bytes are valid until its `onChunk`
 * settles (its buffer is then refilled). Reads to the end of the file; returns the bytes read.
 */
export async function readAhead(file: string, onChunk: (chunk: Buffer) => Promise<void>, options: ReadAheadOptions = {}): Promise<number> {
  const readError = options.readError ?? ((e: unknown) => e);
  const reading = <T>(p: Promise<T>) => p.catch((e: unknown) => Promise.reject(readError(e)));
  const handle = await reading(fs.open(file, 'r'));
  try {
    const { size } = await reading(handle.stat());
    // A small file gets a buffer its size (tag files, letters); a file that grew is still read to its end.
    const length = Math.max(1, Math.min(READ_CHUNK, size));
    let filling = Buffer.allocUnsafeSlow(length);
    let spare = Buffer.allocUnsafeSlow(length);
    let position = 0;
    let next = reading(handle.read(filling, 0, length, 0));
    for (;;) {
      const { bytesRead } = await next;
      if (bytesRead === 0) return position;
      const chunk = filling.subarray(0, bytesRead);
      position += bytesRead;
      [filling, spare] = [spare, filling];
      next = reading(handle.read(filling, 0, length, position));
      // Settled below in every case: the loop awaits it, or the catch does when `onChunk` fails.
      next.catch(() => undefined);
      try {
        await onChunk(chunk);
      } catch (e) {
        await next.catch(() => undefined);
        throw e;
      }
    }
  } finally {
    await handle.close();
  }
}
