/**
 * Writes a bag (RFC 8493) into an empty folder: the payload under data/, bagit.txt, bag-info.txt with
 * Payload-Oxum, both manifests, the other tag files and both tag manifests. Each payload file is read
 * once and hashed while it is written (issue 12, Speed); every file is fsynced and every folder after
 * its entries, so the rename that publishes the bag (exporter) never publishes data still in a cache.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { runLimited } from '../store/caseRepository';
import { syncDirectory, writeNewFileSynced, writeNewFileSyncing } from '../store/durableWrite';
import {
  BAG_ALGORITHMS, BAGIT_TXT, bagInfoText, isSafeBagPath, manifestName, manifestText, payloadOxum, tagManifestName, type BagAlgorithm, type BagInfo, type Digests,
} from './bagit';
import { hashText, PayloadHasher } from './fixity';
import { readAhead } from './readAhead';

/**
 * A payload file already on disk whose SHA-256 is known (a stored blob): copied as it is read, never
 * read into memory first, and refused when its bytes no longer hash to it (NDSA: verify on use).
 */
export interface StoredFile {
  file: string;
  sha256: string;
  /** The error for a file that cannot be read: the source's problem, not the destination's. */
  unreadable: (e: unknown) => Error;
  /** The error for bytes that no longer hash to `sha256`. */
  damaged: (actualSha256: string, bytes: number) => Error;
}

/** Paths start with "data/"; the bytes are in memory or in a stored file. */
export type PayloadFile = { path: string; data: Uint8Array } | { path: string; stored: StoredFile };

export interface BagPlan {
  payload: readonly PayloadFile[];
  /** Extra tag files at the top of the bag (e.g. case.json). */
  tagFiles: ReadonlyArray<{ path: string; text: string }>;
  /** bag-info.txt labels; the writer adds Payload-Oxum (it alone knows the bytes written). */
  bagInfo: BagInfo;
}

export interface WrittenBag {
  payloadOxum: string;
  /** sha256 of tagmanifest-sha256.txt: names this exact bag (exportedBagSchema). */
  tagManifestSha256: string;
  payloadBytes: number;
  payloadFiles: number;
}

export async function writeBag(dir: string, plan: BagPlan, onPayloadWritten?: () => Promise<void>): Promise<WrittenBag> {
  const folders = new Set<string>([dir, path.join(dir, 'data')]);
  await fs.mkdir(path.join(dir, 'data'), { recursive: true });
  // A payload file's fsync runs while the next files are written (one journal commit or SMB round
  // trip serves several); every one has succeeded before the folders are flushed.
  const syncs: Array<Promise<void>> = [];
  try {
    const entries: Array<{ path: string; digests: Digests }> = [];
    let bytes = 0;
    const seen = new Set<string>();
    for (const p of plan.payload) {
      if (!isSafeBagPath(p.path) || !p.path.startsWith('data/')) throw new Error(`payload path not allowed: ${p.path}`);
      // RFC 8493 §2.1.3: no two names that differ only in case (Windows/SMB folds them; docs/archive-profile.md).
      const key = p.path.toLowerCase().normalize('NFC');
      if (seen.has(key)) throw new Error(`duplicate payload path: ${p.path}`);
      seen.add(key);
      const file = path.join(dir, ...p.path.split('/'));
      const folder = path.dirname(file);
      if (!folders.has(folder)) {
        await fs.mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      const { digests, size, synced } = await writePayloadFile(file, p);
      // Awaited below (or in `finally` after a failure): no unhandled rejection meanwhile.
      synced.catch(() => undefined);
      syncs.push(synced);
      entries.push({ path: p.path, digests });
      bytes += size;
      await onPayloadWritten?.();
    }
    const oxum = payloadOxum(bytes, plan.payload.length);
    const tags = new Map<string, string>();
    tags.set('bagit.txt', BAGIT_TXT);
    tags.set('bag-info.txt', bagInfoText([...plan.bagInfo, ['Payload-Oxum', oxum]]));
    for (const alg of BAG_ALGORITHMS) tags.set(manifestName(alg), manifestText(entries.map((e) => ({ path: e.path, digest: e.digests[alg] }))));
    for (const t of plan.tagFiles) {
      if (!isSafeBagPath(t.path) || t.path.startsWith('data/') || tags.has(t.path)) throw new Error(`tag file path not allowed: ${t.path}`);
      tags.set(t.path, t.text);
    }
    const tagEntries = [...tags].map(([name, text]) => ({ path: name, digests: hashText(text) }));
    const tagManifest = (alg: BagAlgorithm) => manifestText(tagEntries.map((e) => ({ path: e.path, digest: e.digests[alg] })));
    // The tag files and tag manifests are independent of each other: written and fsynced side by side.
    const tagFiles = [...tags, ...BAG_ALGORITHMS.map((alg) => [tagManifestName(alg), tagManifest(alg)] as const)];
    await runLimited(tagFiles, tagFiles.length, ([name, text]) => writeNewFileSynced(path.join(dir, name), text));
    await Promise.all(syncs);
    // Deepest folders first, so each parent is flushed after its children's entries.
    for (const f of [...folders].sort((a, b) => b.length - a.length)) await syncDirectory(f);
    const tagManifestSha256 = createHash('sha256').update(tagManifest('sha256'), 'utf8').digest('hex');
    return { payloadOxum: oxum, tagManifestSha256, payloadBytes: bytes, payloadFiles: plan.payload.length };
  } finally {
    // After a failure too: no handle stays open on the staging folder about to be removed.
    await Promise.allSettled(syncs);
  }
}

/**
 * One payload file, fsynced: each chunk is hashed on this thread while libuv's threads write it (and
 * read the next one from a stored file), so every byte is read once and both digests come for free.
 */
async function writePayloadFile(file: string, p: PayloadFile): Promise<{ digests: Digests; size: number; synced: Promise<void> }> {
  const hasher = new PayloadHasher();
  const { result, synced } = await writeNewFileSyncing(file, async (write) => {
    const put = async (chunk: Uint8Array) => {
      await Promise.all([hasher.update(chunk), write(chunk)]);
    };
    if ('data' in p) {
      await put(p.data);
      return { digests: hasher.digests(), size: p.data.byteLength };
    }
    const size = await readAhead(p.stored.file, put, { readError: p.stored.unreadable });
    const digests = hasher.digests();
    if (digests.sha256 !== p.stored.sha256) throw p.stored.damaged(digests.sha256, size);
    return { digests, size };
  });
  return { ...result, synced };
}
