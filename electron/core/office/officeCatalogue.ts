/**
 * Every workstation's catalogue, read incrementally and kept in a local cache (issue 12 §1): a
 * catalogue file is read again only when its size or mtime changed, and then from where the last
 * read stopped; a catalogue this PC never read starts from its owner's snapshot. The bags on the
 * share are listed (folder names only) to find a bag no catalogue names — read from its own
 * case.json instead, once — and catalogue entries whose bag is gone. The cache lives in the data
 * folder (`office-cache.json`, rebuilt when missing) so a search works while the share is away.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { catalogueEntrySchema, type CatalogueEntry } from '../../../shared/domain/office';
import { normalizeNip } from '../../../shared/nip';
import { STAGING_DIR } from '../archive/publishBag';
import { writeFileDurable } from '../store/durableWrite';
import { entryOfBag } from './bagEntry';
import { catalogueDir, catalogueLogPath, logOwner, readCatalogueLog, readSnapshot, tailFingerprint } from './officeFiles';

export const OFFICE_CACHE_FILE = 'office-cache.json';
const CACHE_VERSION = 1;
/** Bags without an entry read per sync at most, so one sync over an old archive stays bounded. */
const MAX_BAG_READS_PER_SYNC = 2000;

const sourceSchema = z.object({ size: z.number(), mtimeMs: z.number(), end: z.number(), tail: z.string(), damagedLines: z.number() });
const cacheSchema = z.object({
  v: z.literal(CACHE_VERSION),
  root: z.string(),
  syncedAt: z.string().nullable(),
  sources: z.record(z.string(), sourceSchema),
  /** Per catalogue owner, its entries in file order. A cache of an older shape is dropped (derived data). */
  logs: z.record(z.string(), z.array(catalogueEntrySchema)),
  /** Bags no catalogue names, as read from the bag (null: not a readable case bag). */
  uncatalogued: z.record(z.string(), catalogueEntrySchema.nullable()),
  bags: z.array(z.string()),
});
type Cache = z.infer<typeof cacheSchema>;

export interface SyncResult {
  /** Bags read from their case.json this time (no catalogue entry). */
  bagsRead: number;
  /** More bags without an entry remain to be read (the budget ran out). */
  unfinished: boolean;
}

const emptyCache = (root: string): Cache => ({ v: CACHE_VERSION, root, syncedAt: null, sources: {}, logs: {}, uncatalogued: {}, bags: [] });

export class OfficeCatalogue {
  readonly #file: string;
  #cache: Cache | null = null;
  /** Derived from the cache: the newest entry per bag. */
  #byBag = new Map<string, CatalogueEntry>();
  /** `entries()` and its NIP index, kept until the cache changes. */
  #entries: { list: CatalogueEntry[]; byNip: Map<string, CatalogueEntry[]> | null } | null = null;
  /** Entries this PC appended since the last sync (the sync then reads them from the file). */
  #recent = new Map<string, CatalogueEntry>();

  constructor(dataDir: string) {
    this.#file = path.join(dataDir, OFFICE_CACHE_FILE);
  }

  /** The cache for `root` (loaded once; a cache of another root starts empty). */
  async load(root: string): Promise<Cache> {
    if (this.#cache?.root === root) return this.#cache;
    let cache = emptyCache(root);
    try {
      const parsed = cacheSchema.safeParse(JSON.parse(await fs.readFile(this.#file, 'utf8')));
      if (parsed.success && parsed.data.root === root) cache = parsed.data;
    } catch {
      // Missing or damaged: derived data, rebuilt by the next sync.
    }
    this.#setCache(cache);
    return cache;
  }

  #setCache(cache: Cache): void {
    this.#entries = null;
    this.#cache = cache;
    const byBag = new Map<string, CatalogueEntry>();
    for (const entries of Object.values(cache.logs)) for (const e of entries) byBag.set(e.bag, e);
    this.#byBag = byBag;
  }

  /** Reads what changed on the share since the last sync; throws when the share cannot be read. */
  async sync(root: string, nowIso: string, budget = MAX_BAG_READS_PER_SYNC): Promise<SyncResult> {
    const prev = await this.load(root);
    // The root itself must be there: a vanished share is an error, not an empty office.
    await fs.stat(root);
    const names = await fs.readdir(catalogueDir(root)).catch((e: unknown) => (isMissing(e) ? [] : Promise.reject(e)));
    const owners = names.map(logOwner).filter((o): o is string => o !== null);
    // A catalogue no longer on the share is dropped; its bags then count as uncatalogued.
    const keep = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).filter(([code]) => owners.includes(code)));
    const next: Cache = { ...prev, sources: keep(prev.sources), logs: keep(prev.logs) };
    for (const code of owners) await this.#syncLog(root, code, next);
    next.bags = await listBags(root);
    const catalogued = new Set<string>();
    for (const entries of Object.values(next.logs)) for (const e of entries) catalogued.add(e.bag);
    const listed = new Set(next.bags);
    next.uncatalogued = Object.fromEntries(Object.entries(prev.uncatalogued).filter(([bag]) => !catalogued.has(bag) && listed.has(bag)));
    let bagsRead = 0;
    let unfinished = false;
    for (const bag of next.bags) {
      if (catalogued.has(bag) || bag in next.uncatalogued) continue;
      if (bagsRead >= budget) {
        unfinished = true;
        break;
      }
      next.uncatalogued[bag] = await entryOfBag(root, bag);
      bagsRead += 1;
    }
    // Still there at the end: a share that went away meanwhile leaves the previous cache whole.
    await fs.stat(root);
    next.syncedAt = nowIso;
    this.#recent.clear();
    this.#setCache(next);
    await writeFileDurable(this.#file, JSON.stringify(next));
    return { bagsRead, unfinished };
  }

  async #syncLog(root: string, code: string, cache: Cache): Promise<void> {
    const file = catalogueLogPath(root, code);
    const st = await fs.stat(file);
    const known = cache.sources[code];
    if (known && known.size === st.size && known.mtimeMs === st.mtimeMs) return;
    let base: CatalogueEntry[] = [];
    let from = 0;
    let damaged = 0;
    if (known && st.size >= known.end && known.end > 0 && (await tailFingerprint(file, known.end)) === known.tail) {
      // Appended since: read only the new lines.
      base = cache.logs[code] ?? [];
      from = known.end;
      damaged = known.damagedLines;
    } else {
      const snap = await readSnapshot(root, code);
      if (snap && snap.logBytes <= st.size) {
        base = snap.entries;
        from = snap.logBytes;
      }
    }
    const read = await readCatalogueLog(file, from);
    cache.logs[code] = [...base, ...read.entries];
    cache.sources[code] = { size: st.size, mtimeMs: st.mtimeMs, end: read.end, tail: await tailFingerprint(file, read.end), damagedLines: damaged + read.damagedLines };
  }

  /** The newest entry of every bag: catalogued ones, then the uncatalogued ones read from their bags. */
  entries(): readonly CatalogueEntry[] {
    if (this.#entries) return this.#entries.list;
    const byBag = this.catalogued();
    const out = [...byBag.values()];
    for (const [bag, e] of Object.entries(this.#cache?.uncatalogued ?? {})) if (e && !byBag.has(bag)) out.push(e);
    this.#entries = { list: out, byNip: null };
    return out;
  }

  /** The entries of one NIP (as normalizeNip writes it): a search by NIP needs no scan (issue 12, find.nip_ms). */
  byNip(nip: string): readonly CatalogueEntry[] {
    const list = this.entries();
    const cached = this.#entries;
    if (!cached) return [];
    if (!cached.byNip) {
      const index = new Map<string, CatalogueEntry[]>();
      for (const e of list) {
        const key = normalizeNip(e.requester.nip);
        const at = index.get(key);
        if (at) at.push(e);
        else index.set(key, [e]);
      }
      cached.byNip = index;
    }
    return cached.byNip.get(nip) ?? [];
  }

  /** The newest entry of every bag a catalogue names: the fixity audit's reference copy of each bag. */
  catalogued(): Map<string, CatalogueEntry> {
    const byBag = new Map(this.#byBag);
    for (const [bag, e] of this.#recent) byBag.set(bag, e);
    return byBag;
  }

  /** The entries of one workstation's catalogue, in file order (its owner reconciles against them). */
  logOf(code: string): readonly CatalogueEntry[] {
    return this.#cache?.logs[code] ?? [];
  }

  /** What the last sync saw, for the status and the audit. */
  view(): { syncedAt: string | null; bags: readonly string[]; uncatalogued: string[]; missingBags: string[]; damaged: string[] } {
    const c = this.#cache;
    if (!c) return { syncedAt: null, bags: [], uncatalogued: [], missingBags: [], damaged: [] };
    const listed = new Set(c.bags);
    return {
      syncedAt: c.syncedAt,
      bags: c.bags,
      uncatalogued: Object.keys(c.uncatalogued).sort(),
      missingBags: [...this.#byBag.keys()].filter((b) => !listed.has(b)).sort(),
      damaged: Object.entries(c.sources)
        .filter(([, s]) => s.damagedLines > 0)
        .map(([code, s]) => `${code}.jsonl: ${s.damagedLines} baris rusak`),
    };
  }

  /** Entries this PC just appended to its own catalogue count at once, without waiting for the next sync. */
  noteAppended(entries: readonly CatalogueEntry[]): void {
    for (const e of entries) this.#recent.set(e.bag, e);
    this.#entries = null;
  }
}

const isMissing = (e: unknown) => typeof e === 'object' && e !== null && 'code' in e && e.code === 'ENOENT';

/** "<year>/<bag>" of every bag folder under the root (names only: no file is opened). */
export async function listBags(root: string): Promise<string[]> {
  const years = (await fs.readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name)).map((d) => d.name);
  const bags: string[] = [];
  for (const year of years.sort()) {
    const entries = await fs.readdir(path.join(root, year), { withFileTypes: true });
    for (const b of entries) if (b.isDirectory() && b.name !== STAGING_DIR && !b.name.startsWith('.')) bags.push(`${year}/${b.name}`);
  }
  return bags.sort();
}
