/** `archive.json`: the archive root, the records classification (kode, JRA, security class) and backups (own schemaVersion). */
import { ARCHIVE_SETTINGS_VERSION, archiveSettingsSchema, defaultArchiveSettings, type ArchiveSettings } from '../../../shared/domain/archive';
import type { StoreContext } from '../store/context';
import type { JsonFileKind } from '../store/jsonFile';
import { SettingsFile } from '../store/settingsFile';

export const ARCHIVE_SETTINGS_FILE = 'archive.json';

const kind: JsonFileKind<ArchiveSettings> = { schema: archiveSettingsSchema, version: ARCHIVE_SETTINGS_VERSION, migrations: [] };

export class ArchiveSettingsFile extends SettingsFile<ArchiveSettings> {
  constructor(ctx: StoreContext) {
    super(ctx, ARCHIVE_SETTINGS_FILE, kind, defaultArchiveSettings);
  }

  save(input: Omit<ArchiveSettings, 'schemaVersion'>): Promise<ArchiveSettings> {
    return this.write({ ...input, schemaVersion: ARCHIVE_SETTINGS_VERSION });
  }
}
