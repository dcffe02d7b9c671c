/**
 * The office catalogue as one more independent copy of a bag's identity (issue 9 §2, issue 12 §1):
 * the line its workstation appended when it published the bag holds the bag's trail head and the
 * digest of its tag manifest. A bag edited on the share and fully re-hashed no longer matches it,
 * unless the forger also rewrote that workstation's catalogue. `loket verify` and `archive.verify`
 * read it beside the data folder's copies (trailHeadCopies.ts).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TrailCopyCheck } from '../../../shared/contract/features/archive';
import type { CatalogueEntry } from '../../../shared/domain/office';
import { shortHash } from '../../../shared/domain/trailHead';
import { tagManifestName } from '../archive/bagit';
import { hashFileWith } from '../archive/fixity';
import type { BagTrail, TrailCopies } from '../archive/trailHeadCopies';
import { catalogueDir, logOwner, readCatalogueLog } from './officeFiles';

/** Every catalogue line under `root`, by bag ("2026/<folder>"), with the file it came from; null when the root has no catalogue. */
async function readCatalogues(root: string): Promise<Map<string, { entry: CatalogueEntry; file: string }> | null> {
  const dir = catalogueDir(root);
  const names = await fs.readdir(dir).catch(() => null);
  if (names === null) return null;
  const byBag = new Map<string, { entry: CatalogueEntry; file: string }>();
  for (const name of names.sort()) {
    if (!logOwner(name)) continue;
    const file = path.join(dir, name);
    const read = await readCatalogueLog(file, 0).catch(() => null);
    for (const entry of read?.entries ?? []) byBag.set(entry.bag, { entry, file });
  }
  return byBag;
}

const at = (seq: number, hash: string) => `peristiwa ke-${seq + 1}, ${shortHash(hash)}`;

export async function checkCatalogue(bag: BagTrail, cache: Map<string, ReturnType<typeof readCatalogues>>): Promise<TrailCopyCheck> {
  const copy = 'office_catalogue' as const;
  const bagDir = path.resolve(bag.bagDir);
  const root = path.dirname(path.dirname(bagDir));
  const rel = `${path.basename(path.dirname(bagDir))}/${path.basename(bagDir)}`;
  let loading = cache.get(root);
  if (!loading) {
    loading = readCatalogues(root);
    cache.set(root, loading);
  }
  const catalogues = await loading;
  if (catalogues === null) return { copy, status: 'unreachable', source: '', message: `Tidak diperiksa: ${catalogueDir(root)} tidak ada (bag di luar folder arsip kantor, atau diekspor sebelum ada katalog).` };
  const found = catalogues.get(rel);
  if (!found) return { copy, status: 'absent', source: catalogueDir(root), message: `Katalog arsip kantor tidak memuat bag ${rel}: tidak dibandingkan (loket catalogue status menyebut bag tanpa katalog).` };
  const { entry, file } = found;
  const differences: string[] = [];
  const digest = (await hashFileWith(path.join(bagDir, tagManifestName('sha256')), ['sha256']).catch(() => null))?.digests['sha256'] ?? null;
  if (digest !== entry.tagManifestSha256) differences.push(`sidik ${tagManifestName('sha256')} tercatat ${shortHash(entry.tagManifestSha256)}, bag ${digest ? shortHash(digest) : 'tanpa berkas itu'}`);
  const last = bag.events.at(-1);
  if (entry.trailHead && (last?.seq !== entry.trailHead.seq || last.hash !== entry.trailHead.hash))
    differences.push(`hash jejak audit tercatat ${at(entry.trailHead.seq, entry.trailHead.hash)}, bag berakhir pada ${last ? at(last.seq, last.hash) : 'jejak kosong'}`);
  if (differences.length > 0)
    return { copy, status: 'mismatch', source: file, message: `Bag ${rel} tidak sama dengan yang diterbitkan ${entry.workstation} dan dicatat di katalognya: ${differences.join('; ')}. Isi bag telah diubah setelah diterbitkan; salinan baik ada di folder data ${entry.workstation} (ekspor ulang) atau di cadangan drive bersama.` };
  return { copy, status: 'match', source: file, message: `Cocok: hash jejak audit dan sidik ${tagManifestName('sha256')} sama dengan katalog ${entry.workstation}.` };
}

/** `copies` plus the office catalogue of the bag's archive root (read once per root). */
export function withCatalogueCopy(copies: TrailCopies): TrailCopies {
  const cache = new Map<string, ReturnType<typeof readCatalogues>>();
  return { check: async (bag) => [...(await copies.check(bag)), await checkCatalogue(bag, cache)] };
}
