/**
 * `scanning.json`: the hot folder and the preferred scanner, in their own durable file (settings.json
 * belongs to the agency profile). Missing or unreadable → defaults (the adapter reports the problem).
 */
import { z } from 'zod';
import { scanningSettingsInputSchema, type ScanningSettings } from '../../../../shared/contract/features/scanning';
import { AppError } from '../../../../shared/contract/result';
import type { StoreContext } from '../../store/context';
import { DurableJsonFile, type JsonFileKind } from '../../store/jsonFile';

export const SCANNING_FILE = 'scanning.json';
const VERSION = 1;

const fileSchema = z.object({ schemaVersion: z.literal(VERSION), settings: scanningSettingsInputSchema });
type ScanningFile = z.infer<typeof fileSchema>;
const kind: JsonFileKind<ScanningFile> = { schema: fileSchema, version: VERSION, migrations: [] };

export function defaultScanningSettings(): ScanningSettings {
  return {
    // "A few seconds" of stability (docs/reference.md §5); polling every 5 s is light even on a share.
    hotFolder: { enabled: false, path: '', usePolling: false, pollIntervalSeconds: 5, stableSeconds: 5, afterTake: 'move' },
    preferredScanner: null,
  };
}

export class ScanningSettingsFile {
  readonly #file: DurableJsonFile<ScanningFile>;
  #current: ScanningSettings = defaultScanningSettings();
  #readOnly: string | null = null;

  private constructor(ctx: StoreContext) {
    this.#file = new DurableJsonFile(ctx, SCANNING_FILE, kind);
  }

  static async open(ctx: StoreContext): Promise<ScanningSettingsFile> {
    const f = new ScanningSettingsFile(ctx);
    const outcome = await f.#file.load();
    if (outcome.status === 'ok') f.#current = outcome.data.settings;
    if (outcome.status === 'unsupported') f.#readOnly = outcome.problem.message;
    return f;
  }

  get(): ScanningSettings {
    return this.#current;
  }

  async save(settings: ScanningSettings): Promise<ScanningSettings> {
    if (this.#readOnly) throw new AppError('unsupported_version', `Pengaturan pemindai tidak dapat disimpan. ${this.#readOnly}`);
    await this.#file.save({ schemaVersion: VERSION, settings });
    this.#current = settings;
    return settings;
  }
}
