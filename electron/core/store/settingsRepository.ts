/**
 * `settings.json` through lowdb (`Low` over the durable adapter). Missing → defaults (not configured
 * yet). Corrupt without a valid .bak → defaults, with the problem reported so the admin re-enters
 * them. Written by a newer app version → defaults in memory and saving refused, so the newer file
 * is never overwritten.
 */
import { Low } from 'lowdb';
import { AppError } from '../../../shared/contract/result';
import { SETTINGS_SCHEMA_VERSION, defaultSettings, settingsSchema, type Settings } from '../../../shared/domain/settings';
import type { MethodInput } from '../../../shared/contract/contract';
import type { StoreContext } from './context';
import { DurableJsonFile, type JsonFileKind } from './jsonFile';
import type { Migration } from './migrations';

export const SETTINGS_FILE = 'settings.json';
export const SETTINGS_MIGRATIONS: readonly Migration[] = [];

export const settingsFileKind: JsonFileKind<Settings> = {
  schema: settingsSchema,
  version: SETTINGS_SCHEMA_VERSION,
  migrations: SETTINGS_MIGRATIONS,
};

export class SettingsRepository {
  #readOnlyReason: string | null = null;

  private constructor(
    private readonly ctx: StoreContext,
    private readonly db: Low<Settings>,
  ) {}

  static async open(ctx: StoreContext): Promise<SettingsRepository> {
    // lowdb keeps defaultData by reference: a fresh object per open.
    const db = new Low<Settings>(new DurableJsonFile(ctx, SETTINGS_FILE, settingsFileKind), defaultSettings());
    const repo = new SettingsRepository(ctx, db);
    try {
      await db.read();
    } catch (e) {
      // Corrupt: already quarantined and reported by the adapter; the defaults stand in.
      if (!(e instanceof AppError) || (e.code !== 'corrupt' && e.code !== 'unsupported_version')) throw e;
      if (e.code === 'unsupported_version') repo.#readOnlyReason = e.message;
    }
    return repo;
  }

  get(): Settings {
    return this.db.data;
  }

  /** Saving marks the app configured (it stops asking for the agency profile first). */
  save(input: MethodInput<'settings.save'>): Promise<Settings> {
    return this.#replace(() => ({ ...input, schemaVersion: SETTINGS_SCHEMA_VERSION, configured: true }));
  }

  /** The UI language alone; `configured` is left as it is. */
  setLanguage(language: Settings['language']): Promise<Settings> {
    return this.#replace((current) => ({ ...current, language }));
  }

  #replace(next: (current: Settings) => Settings): Promise<Settings> {
    return this.ctx.queues.run('settings:txn', async () => {
      if (this.#readOnlyReason) throw new AppError('unsupported_version', `Pengaturan tidak dapat disimpan. ${this.#readOnlyReason}`);
      const previous = this.db.data;
      this.db.data = next(previous);
      try {
        await this.db.write();
      } catch (e) {
        this.db.data = previous; // memory never claims what the disk does not hold
        throw e;
      }
      return this.db.data;
    });
  }
}
