/**
 * Fixity: the SHA-256 and SHA-512 of a file or of bytes in one pass (RFC 8493 §2.4 requires tools
 * to support both; NDSA practice: hash at ingest, re-verify after every copy). Files are read as a
 * stream and bytes are fed in slices with a yield between them, so a 50 MB scan never holds the
 * event loop for more than one slice.
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
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

/** Hashes a file with every algorithm in `algs` (manifest algorithms of a bag being validated). */
export async function hashFileWith(file: string, algs: readonly string[]): Promise<{ digests: Record<string, string>; bytes: number }> {
  const h = hashers(algs);
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    const b = chunk as Buffer;
    bytes += b.byteLength;
    for (const x of h.values()) x.update(b);
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
