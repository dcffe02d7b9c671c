/** `archive.json`: the archive root, the records classification (kode, JRA, security class) and backups (own schemaVersion). */
import path from 'node:path';
import { ARCHIVE_SETTINGS_VERSION, archiveSettingsSchema, defaultArchiveSettings, type ArchiveSettings } from '../../../shared/domain/archive';
import type { StoreContext } from '../store/context';
import { DurableJsonFile, type JsonFileKind } from '../store/jsonFile';

export const ARCHIVE_SETTINGS_FILE = 'archive.json';

const kind: JsonFileKind<ArchiveSettings> = { schema: archiveSettingsSchema, version: ARCHIVE_SETTINGS_VERSION, migrations: [] };

export class ArchiveSettingsFile {
  #current: ArchiveSettings = defaultArchiveSettings();
  readonly #file: DurableJsonFile<ArchiveSettings>;
  #loading: Promise<ArchiveSettings> | undefined;

  constructor(ctx: StoreContext) {
    this.#file = new DurableJsonFile(ctx, path.join(ctx.dataDir, ARCHIVE_SETTINGS_FILE), kind);
  }

  /** Reads the file once (later calls share the first read, then see later saves); missing or quarantined = the defaults. */
  load(): Promise<ArchiveSettings> {
    this.#loading ??= this.#file.load().then((outcome) => {
      if (outcome.status === 'ok') this.#current = outcome.data;
      return this.#current;
    });
    return this.#loading.then(() => this.#current);
  }

  get(): ArchiveSettings {
    return this.#current;
  }

  async save(input: Omit<ArchiveSettings, 'schemaVersion'>): Promise<ArchiveSettings> {
    await this.load();
    const next: ArchiveSettings = { ...input, schemaVersion: ARCHIVE_SETTINGS_VERSION };
    await this.#file.save(next);
    this.#current = next;
    return next;
  }
}
