/**
 * Fixity: the SHA-256 and SHA-512 of a file or of bytes in one pass (RFC 8493 §2.4 requires tools
 * to support both; NDSA practice: hash at ingest, re-verify after every copy). Files are read in big
 * chunks with the next one read ahead (readAhead.ts), and bytes are hashed in slices with a yield
 * between them, so a 50 MB scan never holds the event loop for more than one slice.
 */
import { createHash, type Hash } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { BAG_ALGORITHMS, type Digests } from './bagit';
import { readAhead } from './readAhead';

/** 1 MiB: about 2 ms of hashing (SHA-256 + SHA-512) per slice on an office PC. */
const SLICE = 1024 * 1024;

function hashers(algs: readonly string[]): Map<string, Hash> {
  return new Map(algs.map((a) => [a, createHash(a)]));
}

function digests(h: Map<string, Hash>): Record<string, string> {
  return Object.fromEntries([...h].map(([a, x]) => [a, x.digest('hex')]));
}

/** Feeds `data` to every hasher a slice at a time, yielding to the event loop between slices. */
async function update(h: Map<string, Hash>, data: Uint8Array): Promise<void> {
  for (let off = 0; off < data.byteLength; off += SLICE) {
    if (off > 0) await yieldToLoop();
    const slice = data.subarray(off, Math.min(off + SLICE, data.byteLength));
    for (const x of h.values()) x.update(slice);
  }
}

/** Hashes a file with every algorithm in `algs` (manifest algorithms of a bag being validated). */
export async function hashFileWith(file: string, algs: readonly string[]): Promise<{ digests: Record<string, string>; bytes: number }> {
  const h = hashers(algs);
  const bytes = await readAhead(file, (chunk) => update(h, chunk));
  return { digests: digests(h), bytes };
}

/** SHA-256 + SHA-512 of bytes that arrive in order (a payload file being written), fed a chunk at a time. */
export class PayloadHasher {
  readonly #h = hashers(BAG_ALGORITHMS);

  update(data: Uint8Array): Promise<void> {
    return update(this.#h, data);
  }

  digests(): Digests {
    return digests(this.#h) as Digests;
  }
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
