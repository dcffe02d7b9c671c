/**
 * A feature's own settings file (`workflow.json`, `letters.json`, `archive.json`): one durable JSON
 * document with its schemaVersion, read once — every caller shares that read — and kept current by
 * saves, so all features holding the one instance see the same settings. A missing or quarantined
 * file means the defaults, computed when asked (they may follow other settings, e.g. the agency).
 */
import path from 'node:path';
import type { StoreContext } from './context';
import { DurableJsonFile, type JsonFileKind } from './jsonFile';

export class SettingsFile<T> {
  #saved: T | null = null;
  #loading: Promise<void> | undefined;
  readonly #file: DurableJsonFile<T>;

  constructor(
    ctx: StoreContext,
    name: string,
    kind: JsonFileKind<T>,
    private readonly defaults: () => T,
  ) {
    this.#file = new DurableJsonFile(ctx, path.join(ctx.dataDir, name), kind);
  }

  async load(): Promise<T> {
    this.#loading ??= this.#file.load().then((outcome) => {
      if (outcome.status === 'ok') this.#saved = outcome.data;
    });
    await this.#loading;
    return this.get();
  }

  /** As last loaded or saved (the defaults until then). */
  get(): T {
    return this.#saved ?? this.defaults();
  }

  /** Durably replaces the file with already validated settings. */
  async write(next: T): Promise<T> {
    await this.load();
    await this.#file.save(next);
    this.#saved = next;
    return next;
  }
}
