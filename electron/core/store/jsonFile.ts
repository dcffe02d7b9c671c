/**
 * The durable lowdb adapter (lowdb 7 `Adapter<T>`): one JSON document per file, written through
 * `writeFileDurable` (temp → fsync → .bak → rename → fsync folder), validated with zod on read,
 * migrated forward by version. lowdb's own JSONFile is not used: its writer does not fsync, and
 * `JSONFilePreset` silently keeps data in memory when NODE_ENV=test (docs/reference.md §1).
 *
 * On read:
 * - newer `schemaVersion` than this app knows → problem `unsupported_version`, file left untouched;
 * - older → `<file>.v<N>.bak` written, migrations run in order, migrated file saved, problem `migrated`;
 * - unreadable (empty, truncated, garbled, failing the schema) → moved to quarantine; if `<file>.bak`
 *   is valid it is restored (problem `restored_from_backup`), else problem `corrupt`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import type { StoreProblem } from '../../../shared/contract/contract';
import { AppError } from '../../../shared/contract/result';
import { relativeToData, type StoreContext } from './context';
import { writeFileDurable, type WrittenFile } from './durableWrite';
import { checkMigrationChain, migrate, type JsonObject, type Migration } from './migrations';
import { quarantineFile } from './quarantine';
import { errnoCode, toStorageError } from './storageError';

export interface JsonFileKind<T> {
  schema: z.ZodType<T>;
  /** The `schemaVersion` this app writes. */
  version: number;
  migrations: readonly Migration[];
  /** Pretty-printed files are easier for IT staff to inspect; the large derived index is compact. */
  indent?: number;
}

export type LoadOutcome<T> =
  | { status: 'ok'; data: T; stat: WrittenFile }
  | { status: 'missing' }
  | { status: 'corrupt'; problem: StoreProblem }
  | { status: 'unsupported'; problem: StoreProblem };

type Decoded<T> =
  | { ok: true; data: T; fromVersion: number }
  | { ok: false; kind: 'corrupt'; reason: string }
  | { ok: false; kind: 'unsupported'; version: number; newer: boolean };

const checkedKinds = new WeakSet<object>();

export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly relPath: string;

  constructor(
    private readonly ctx: StoreContext,
    file: string,
    private readonly kind: JsonFileKind<T>,
  ) {
    this.path = path.resolve(ctx.dataDir, file);
    this.relPath = relativeToData(ctx, this.path);
    if (!checkedKinds.has(kind)) {
      checkMigrationChain(kind.migrations, kind.version);
      checkedKinds.add(kind);
    }
  }

  /** lowdb: the document, or null when the file does not exist yet. */
  async read(): Promise<T | null> {
    const outcome = await this.load();
    switch (outcome.status) {
      case 'ok':
        return outcome.data;
      case 'missing':
        return null;
      case 'corrupt':
        throw new AppError('corrupt', outcome.problem.message);
      case 'unsupported':
        throw new AppError('unsupported_version', outcome.problem.message);
    }
  }

  /** lowdb: durably replaces the file. */
  async write(data: T): Promise<void> {
    await this.save(data);
  }

  /** Like `write`, and returns the size and mtime of the file written (for the derived index). */
  save(data: T): Promise<WrittenFile> {
    const checked = this.kind.schema.safeParse(data);
    // Writing a document that would be quarantined on the next read is a bug, not a user error.
    if (!checked.success) return Promise.reject(new Error(`refusing to write invalid ${this.relPath}: ${checked.error.message}`));
    const text = `${JSON.stringify(data, null, this.kind.indent ?? 2)}\n`;
    return this.ctx.queues.run(this.path, () => this.#writeNow(text));
  }

  /** Reads, repairs if needed (quarantine, restore, migrate) and reports; queued behind writes to this file. */
  load(): Promise<LoadOutcome<T>> {
    return this.ctx.queues.run(this.path, () => this.#loadNow());
  }

  async #writeNow(text: string): Promise<WrittenFile> {
    try {
      return await writeFileDurable(this.path, text, { keepBackup: true });
    } catch (e) {
      throw toStorageError(e, this.path);
    }
  }

  async #loadNow(): Promise<LoadOutcome<T>> {
    let bytes: Buffer;
    let stat: WrittenFile;
    try {
      ({ bytes, stat } = await readWithStat(this.path));
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') throw toStorageError(e, this.path);
      return this.#restoreMissing();
    }
    const decoded = this.#decode(bytes);
    if (decoded.ok) {
      if (decoded.fromVersion === this.kind.version) return { status: 'ok', data: decoded.data, stat };
      return this.#saveMigrated(bytes, decoded.data, decoded.fromVersion);
    }
    if (decoded.kind === 'unsupported') return { status: 'unsupported', problem: this.#unsupportedProblem(decoded.version, decoded.newer) };
    return this.#quarantineAndRestore(decoded.reason);
  }

  #decode(bytes: Buffer): Decoded<T> {
    const corrupt = (reason: string): Decoded<T> => ({ ok: false, kind: 'corrupt', reason });
    if (bytes.length === 0) return corrupt('berkas kosong');
    let raw: unknown;
    try {
      // A BOM appears when someone saved the file in Notepad; it is not corruption.
      raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    } catch {
      return corrupt('isinya terpotong atau bukan JSON yang sah');
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return corrupt('isinya bukan data yang dikenal');
    const doc = raw as JsonObject;
    const version = doc.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return corrupt('versi data (schemaVersion) tidak ada');
    if (version > this.kind.version) return { ok: false, kind: 'unsupported', version, newer: true };
    let current = doc;
    if (version < this.kind.version) {
      let migrated: JsonObject | null;
      try {
        migrated = migrate(doc, version, this.kind.migrations);
      } catch (e) {
        return corrupt(`gagal diperbarui dari versi data ${version} (${e instanceof Error ? e.message : String(e)})`);
      }
      if (!migrated) return { ok: false, kind: 'unsupported', version, newer: false };
      current = migrated;
    }
    const parsed = this.kind.schema.safeParse(current);
    if (!parsed.success) return corrupt(`isinya tidak sesuai format data: ${describeIssue(parsed.error)}`);
    return { ok: true, data: parsed.data, fromVersion: version };
  }

  async #saveMigrated(original: Buffer, data: T, fromVersion: number): Promise<LoadOutcome<T>> {
    const backup = `${this.path}.v${fromVersion}.bak`;
    try {
      // The old bytes are kept as they were, before the migrated document replaces them.
      await writeFileDurable(backup, original);
      const stat = await this.#writeNow(`${JSON.stringify(data, null, this.kind.indent ?? 2)}\n`);
      this.ctx.problems.add({
        file: this.relPath,
        kind: 'migrated',
        message: `Berkas data "${this.relPath}" diperbarui dari versi data ${fromVersion} ke ${this.kind.version}. Salinan versi lama disimpan sebagai "${relativeToData(this.ctx, backup)}".`,
      });
      return { status: 'ok', data, stat };
    } catch (e) {
      throw toStorageError(e, this.path);
    }
  }

  #unsupportedProblem(version: number, newer: boolean): StoreProblem {
    const message = newer
      ? `Berkas data "${this.relPath}" dibuat oleh versi aplikasi yang lebih baru (versi data ${version}; aplikasi ini mengenal sampai versi ${this.kind.version}). Berkas tidak diubah; perbarui aplikasi untuk membukanya.`
      : `Berkas data "${this.relPath}" memakai versi data ${version} yang terlalu lama untuk diperbarui otomatis. Berkas tidak diubah; hubungi petugas TI.`;
    return this.ctx.problems.add({ file: this.relPath, kind: 'unsupported_version', message });
  }

  async #quarantineAndRestore(reason: string): Promise<LoadOutcome<T>> {
    let quarantinedTo: string;
    try {
      quarantinedTo = await quarantineFile(this.ctx, this.path);
    } catch (e) {
      throw toStorageError(e, this.path);
    }
    const restored = await this.#restoreFromBackup();
    if (restored) {
      this.ctx.problems.add({
        file: this.relPath,
        kind: 'restored_from_backup',
        quarantinedTo,
        message: `Berkas data "${this.relPath}" rusak (${reason}). Salinan sebelumnya (.bak) telah dipulihkan dan berkas yang rusak dipindahkan ke "${quarantinedTo}". Periksa kembali perubahan terakhir pada data ini.`,
      });
      return restored;
    }
    const problem = this.ctx.problems.add({
      file: this.relPath,
      kind: 'corrupt',
      quarantinedTo,
      message: `Berkas data "${this.relPath}" rusak (${reason}) dan dipindahkan ke "${quarantinedTo}". Data lain tetap dapat dibuka. Tidak ada salinan cadangan yang sah; hubungi petugas TI untuk memeriksa berkas tersebut.`,
    });
    return { status: 'corrupt', problem };
  }

  /** The main file is gone but its `.bak` is still there (deleted by hand, or a failed copy): bring it back. */
  async #restoreMissing(): Promise<LoadOutcome<T>> {
    const restored = await this.#restoreFromBackup();
    if (!restored) return { status: 'missing' };
    this.ctx.problems.add({
      file: this.relPath,
      kind: 'restored_from_backup',
      message: `Berkas data "${this.relPath}" tidak ditemukan. Salinan sebelumnya (.bak) telah dipulihkan; periksa kembali perubahan terakhir pada data ini.`,
    });
    return restored;
  }

  async #restoreFromBackup(): Promise<{ status: 'ok'; data: T; stat: WrittenFile } | null> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(`${this.path}.bak`);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return null;
      throw toStorageError(e, `${this.path}.bak`);
    }
    const decoded = this.#decode(bytes);
    if (!decoded.ok) return null;
    // keepBackup: the main file is absent, so the .bak stays as it is.
    const stat = await this.#writeNow(`${JSON.stringify(decoded.data, null, this.kind.indent ?? 2)}\n`);
    return { status: 'ok', data: decoded.data, stat };
  }
}

/** Reads bytes and the size/mtime of the very file read (one open handle). */
async function readWithStat(file: string): Promise<{ bytes: Buffer; stat: WrittenFile }> {
  const handle = await fs.open(file, 'r');
  try {
    const st = await handle.stat();
    const bytes = await handle.readFile();
    return { bytes, stat: { size: st.size, mtimeMs: st.mtimeMs } };
  } finally {
    await handle.close();
  }
}

/** Names the first field that failed, for the quarantine message (zod's own wording is English). */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue ? issue.path.map(String).join('.') : '';
  return where ? `kolom "${where}" tidak ada atau tidak sah` : 'susunan data tidak sah';
}
