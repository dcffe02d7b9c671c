/**
 * Writes a bag (RFC 8493) into an empty folder: the payload under data/, bagit.txt, bag-info.txt with
 * Payload-Oxum, both manifests, the other tag files and both tag manifests. Every file is fsynced as
 * it is written and every folder after its entries, so the rename that publishes the bag (exporter)
 * never publishes data still in a cache.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { syncDirectory, writeNewFileSynced } from '../store/durableWrite';
import {
  BAG_ALGORITHMS, BAGIT_TXT, bagInfoText, isSafeBagPath, manifestName, manifestText, payloadOxum, tagManifestName, type BagInfo, type Digests,
} from './bagit';
import { hashBytes, hashText } from './fixity';

export interface BagPlan {
  /** Paths start with "data/". */
  payload: ReadonlyArray<{ path: string; data: Uint8Array }>;
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
  const entries: Array<{ path: string; digests: Digests }> = [];
  let bytes = 0;
  const seen = new Set<string>();
  for (const p of plan.payload) {
    if (!isSafeBagPath(p.path) || !p.path.startsWith('data/')) throw new Error(`payload path not allowed: ${p.path}`);
    // RFC 8493 §2.1.3 / REFERENCE.md §2: no two names that differ only in case (Windows/SMB folds them).
    const key = p.path.toLowerCase().normalize('NFC');
    if (seen.has(key)) throw new Error(`duplicate payload path: ${p.path}`);
    seen.add(key);
    const file = path.join(dir, ...p.path.split('/'));
    const folder = path.dirname(file);
    if (!folders.has(folder)) {
      await fs.mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    // The write runs on libuv's threads while this thread hashes the same bytes.
    const [digests] = await Promise.all([hashBytes(p.data), writeNewFileSynced(file, p.data)]);
    entries.push({ path: p.path, digests });
    bytes += p.data.byteLength;
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
  const tagEntries: Array<{ path: string; digests: Digests }> = [];
  for (const [name, text] of tags) {
    await writeNewFileSynced(path.join(dir, name), text);
    tagEntries.push({ path: name, digests: hashText(text) });
  }
  let tagManifestSha256 = '';
  for (const alg of BAG_ALGORITHMS) {
    const text = manifestText(tagEntries.map((e) => ({ path: e.path, digest: e.digests[alg] })));
    await writeNewFileSynced(path.join(dir, tagManifestName(alg)), text);
    if (alg === 'sha256') tagManifestSha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  }
  // Deepest folders first, so each parent is flushed after its children's entries.
  for (const f of [...folders].sort((a, b) => b.length - a.length)) await syncDirectory(f);
  return { payloadOxum: oxum, tagManifestSha256, payloadBytes: bytes, payloadFiles: plan.payload.length };
}
