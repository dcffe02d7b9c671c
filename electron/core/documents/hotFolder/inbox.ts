/**
 * The inbox: files taken from the hot folder, waiting for the admin to assign them to a case or to
 * discard them. Copies are content-addressed (`inbox/files/<sha256>`, written once with the store's
 * durable write) and listed in `inbox/manifest.json` (a DurableJsonFile: atomic, fsynced, .bak,
 * validated on read). Order of every change: the file first, then the manifest; removal the other
 * way round, so a crash never leaves a manifest entry without its file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { inboxItemSchema, type InboxItem } from '../../../../shared/contract/features/scanning';
import { AppError } from '../../../../shared/contract/result';
import type { StoreContext } from '../../store/context';
import { writeFileDurable } from '../../store/durableWrite';
import { DurableJsonFile, type JsonFileKind } from '../../store/jsonFile';
import { errnoCode, toStorageError } from '../../store/storageError';
import { SNIFF_BYTES, inboxMediaType } from './mediaType';

export const INBOX_DIR = 'inbox';
const MANIFEST_VERSION = 1;

/** A file left in the hot folder ("leave" setting) that was already taken: not taken again. */
const takenSchema = z.object({ name: z.string(), size: z.number().int().nonnegative(), mtimeMs: z.number(), sha256: z.string() });
export type TakenFile = z.infer<typeof takenSchema>;

const manifestSchema = z.object({
  schemaVersion: z.literal(MANIFEST_VERSION),
  items: z.array(inboxItemSchema),
  taken: z.array(takenSchema),
});
type Manifest = z.infer<typeof manifestSchema>;

const manifestKind: JsonFileKind<Manifest> = { schema: manifestSchema, version: MANIFEST_VERSION, migrations: [] };
/** Remembered "left in place" files; older entries drop off (their originals are long gone or moved by hand). */
const MAX_TAKEN = 2000;

export class Inbox {
  readonly dir: string;
  readonly filesDir: string;
  readonly #file: DurableJsonFile<Manifest>;
  #manifest: Manifest = { schemaVersion: MANIFEST_VERSION, items: [], taken: [] };

  private constructor(private readonly ctx: StoreContext) {
    this.dir = path.join(ctx.dataDir, INBOX_DIR);
    this.filesDir = path.join(this.dir, 'files');
    this.#file = new DurableJsonFile(ctx, path.join(INBOX_DIR, 'manifest.json'), manifestKind);
  }

  static async open(ctx: StoreContext): Promise<Inbox> {
    const inbox = new Inbox(ctx);
    const outcome = await inbox.#file.load();
    // Corrupt without a good .bak: reported by the adapter; the copies are still on disk and are listed again below.
    if (outcome.status === 'ok') inbox.#manifest = outcome.data;
    if (outcome.status === 'unsupported') throw new AppError('unsupported_version', outcome.problem.message);
    await inbox.#reconcile();
    return inbox;
  }

  list(): InboxItem[] {
    return [...this.#manifest.items].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  }

  get count(): number {
    return this.#manifest.items.length;
  }

  get(id: string): InboxItem {
    const item = this.#manifest.items.find((i) => i.id === id);
    if (!item) throw new AppError('not_found', 'inbox.itemGone');
    return item;
  }

  pathOf(item: InboxItem): string {
    return path.join(this.filesDir, item.sha256);
  }

  has(sha256: string): boolean {
    return this.#manifest.items.some((i) => i.sha256 === sha256);
  }

  wasTaken(name: string, size: number, mtimeMs: number): boolean {
    return this.#manifest.taken.some((t) => t.name === name && t.size === size && t.mtimeMs === mtimeMs);
  }

  /** Stores the copy durably, then lists it. Returns false when the same content is already in the inbox. */
  async add(item: InboxItem, bytes: Uint8Array, taken?: TakenFile): Promise<boolean> {
    return this.ctx.queues.run('inbox:txn', async () => {
      const duplicate = this.has(item.sha256);
      if (!duplicate) {
        const target = path.join(this.filesDir, item.sha256);
        try {
          await fs.mkdir(this.filesDir, { recursive: true });
          if (!(await exists(target))) await writeFileDurable(target, bytes);
        } catch (e) {
          throw toStorageError(e, target);
        }
      }
      if (duplicate && !taken) return false;
      await this.#save({
        ...this.#manifest,
        items: duplicate ? this.#manifest.items : [...this.#manifest.items, item],
        taken: taken ? [...this.#manifest.taken, taken].slice(-MAX_TAKEN) : this.#manifest.taken,
      });
      return !duplicate;
    });
  }

  /** Records where the original went (moved into diambil/ after the copy was safe). */
  async setOriginalAt(id: string, originalAt: string): Promise<void> {
    await this.ctx.queues.run('inbox:txn', () =>
      this.#save({ ...this.#manifest, items: this.#manifest.items.map((i) => (i.id === id ? { ...i, originalAt } : i)) }),
    );
  }

  async remember(taken: TakenFile): Promise<void> {
    await this.ctx.queues.run('inbox:txn', () => this.#save({ ...this.#manifest, taken: [...this.#manifest.taken, taken].slice(-MAX_TAKEN) }));
  }

  /** Unlists the item, then deletes its copy (assigned: the case holds its own blob; discarded: the admin said so). */
  async remove(id: string): Promise<InboxItem> {
    return this.ctx.queues.run('inbox:txn', async () => {
      const item = this.get(id);
      await this.#save({ ...this.#manifest, items: this.#manifest.items.filter((i) => i.id !== id) });
      await fs.rm(this.pathOf(item), { force: true }).catch(() => undefined);
      return item;
    });
  }

  async #save(next: Manifest): Promise<void> {
    await this.#file.save(next);
    this.#manifest = next;
  }

  /**
   * After a crash or a corrupt manifest: entries whose copy is missing are dropped; copies not
   * listed (written just before a crash) are listed again, so nothing taken from the hot folder is lost.
   */
  async #reconcile(): Promise<void> {
    let names: string[];
    try {
      names = await fs.readdir(this.filesDir);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') names = [];
      else throw toStorageError(e, this.filesDir);
    }
    const onDisk = new Set(names.filter((n) => /^[0-9a-f]{64}$/.test(n)));
    const kept = this.#manifest.items.filter((i) => onDisk.has(i.sha256));
    const listed = new Set(kept.map((i) => i.sha256));
    const orphans = [...onDisk].filter((n) => !listed.has(n));
    if (kept.length === this.#manifest.items.length && orphans.length === 0) return;
    const recovered: InboxItem[] = [];
    for (const sha256 of orphans) {
      const file = path.join(this.filesDir, sha256);
      const st = await fs.stat(file);
      const handle = await fs.open(file, 'r');
      let head: Buffer;
      try {
        head = Buffer.alloc(Math.min(SNIFF_BYTES, st.size));
        await handle.read(head, 0, head.length, 0);
      } finally {
        await handle.close();
      }
      recovered.push({
        id: sha256,
        originalName: 'pindaian-dipulihkan',
        sha256,
        bytes: st.size,
        ...inboxMediaType(head),
        receivedAt: new Date(st.mtimeMs).toISOString(),
        originalAt: '',
      });
    }
    await this.#save({ ...this.#manifest, items: [...kept, ...recovered] });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
