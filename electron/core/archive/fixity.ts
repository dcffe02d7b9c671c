/**
 * Fixity: the SHA-256 and SHA-512 of a file or of bytes in one pass (RFC 8493 §2.4 requires tools
 * to support both; NDSA practice: hash at ingest, re-verify after every copy). Files are read and
 * bytes are fed in slices with a yield between them, so a 50 MB scan never holds the event loop for
 * more than one slice.
 */
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { BAG_ALGORITHMS, type Digests } from './bagit';

/** 1 MiB: about 2 ms of hashing (SHA-256 + SHA-512) per slice on an office PC. */
const SLICE = 1024 * 1024;

function hashers(algs: readonly string[]): Map<string, Hash> {
  return new Map(algs.map((a) => [a, createHash(a)]));
}

function digests(h: Map<string, Hash>): Record<string, string> {
  return Object.fromEntries([...h].map(([a, x]) => [a, x.digest('hex')]));
}

/**
 * Hashes a file with every algorithm in `algs` (manifest algorithms of a bag being validated). Reads
 * 1 MiB at a time into two buffers in turn, the next read in flight while this one is hashed: a
 * stream costs more than the hashing itself here (the fixity audit's `sha256sum` ratio, issue 12).
 */
export async function hashFileWith(file: string, algs: readonly string[]): Promise<{ digests: Record<string, string>; bytes: number }> {
  const h = hashers(algs);
  const handle = await fs.open(file, 'r');
  const buffers = [Buffer.allocUnsafe(SLICE)];
  let bytes = 0;
  let inFlight: Promise<unknown> | null = null;
  try {
    let next = handle.read(buffers[0] as Buffer, 0, SLICE, 0);
    for (let turn = 0; ; turn ^= 1) {
      inFlight = next;
      const { bytesRead, buffer } = await next;
      inFlight = null;
      if (bytesRead === 0) break;
      bytes += bytesRead;
      const other = (buffers[turn ^ 1] ??= Buffer.allocUnsafe(SLICE));
      next = handle.read(other, 0, SLICE, bytes);
      inFlight = next;
      const chunk = buffer.subarray(0, bytesRead);
      for (const x of h.values()) x.update(chunk);
    }
  } finally {
    // Never close the file under a read still in flight.
    await inFlight?.catch(() => undefined);
    await handle.close();
  }
  return { digests: digests(h), bytes };
}

/** SHA-256 + SHA-512 of bytes in memory (a payload file being written). */
export async function hashBytes(data: Uint8Array): Promise<Digests> {
  const h = hashers(BAG_ALGORITHMS);
  for (let off = 0; off < data.byteLength; off += SLICE) {
    const slice = data.subarray(off, Math.min(off + SLICE, data.byteLength));
    for (const x of h.values()) x.update(slice);
    if (off + SLICE < data.byteLength) await yieldToLoop();
  }
  return digests(h) as Digests;
}

/** Hashing a short tag file (a few KB) needs no slicing. */
export function hashText(text: string): Digests {
  const h = hashers(BAG_ALGORITHMS);
  for (const x of h.values()) x.update(text, 'utf8');
  return digests(h) as Digests;
}

export function isUnsupportedAlgorithm(alg: string): boolean {
  try {
    createHash(alg);
    return false;
  } catch {
    return true;
  }
}
