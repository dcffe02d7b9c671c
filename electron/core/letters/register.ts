/**
 * `letters-register.json`: the outgoing-letter register (*agenda surat keluar*, ANRI practice): every
 * issued letter version with its number, date, content hash and archived PDF blob, and the per-year
 * sequence shared by all numbered kinds. Its own file, never the case record, so a closed case can
 * still get letters (e.g. its control sheet at archiving time). Writes are durable
 * (DurableJsonFile: temp → fsync → rename) and the service serialises issuing (one number per letter).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { issuedLetterSchema, type IssuedLetter, type LetterKind } from '../../../shared/domain/letters';
import { AppError } from '../../../shared/contract/result';
import { QUARANTINE_DIR, type StoreContext } from '../store/context';
import { DurableJsonFile, type JsonFileKind } from '../store/jsonFile';

export const LETTERS_REGISTER_FILE = 'letters-register.json';
export const LETTERS_REGISTER_VERSION = 1;

/** letters-register.json as stored (also read as it is, without the core, by `loket verify --data-dir`). */
export const lettersRegisterSchema = z.object({
  schemaVersion: z.literal(LETTERS_REGISTER_VERSION),
  /** Last sequence used per year ("2026": 41). */
  sequences: z.record(z.string(), z.number().int().nonnegative()),
  letters: z.array(issuedLetterSchema),
});
type RegisterDoc = z.infer<typeof lettersRegisterSchema>;

const kind: JsonFileKind<RegisterDoc> = { schema: lettersRegisterSchema, version: LETTERS_REGISTER_VERSION, migrations: [] };

export class LetterRegister {
  readonly #file: DurableJsonFile<RegisterDoc>;
  #doc: RegisterDoc | undefined;
  #loading: Promise<RegisterDoc> | undefined;

  constructor(private readonly ctx: StoreContext) {
    this.#file = new DurableJsonFile(ctx, path.join(ctx.dataDir, LETTERS_REGISTER_FILE), kind);
  }

  async #load(): Promise<RegisterDoc> {
    if (this.#doc) return this.#doc;
    this.#loading ??= this.#file.load().then(async (outcome) => {
      if (outcome.status === 'ok') return outcome.data;
      // A quarantined register must not silently restart the numbering at 1 (duplicate numbers), not
      // now and not after a restart, when the file is gone from its place but still in quarantine.
      if (outcome.status === 'corrupt' || outcome.status === 'unsupported' || (await this.#quarantined()))
        throw new AppError(
          'corrupt',
          `Register surat keluar (${LETTERS_REGISTER_FILE}) rusak dan dipindahkan ke folder karantina. Surat baru tidak diberi nomor agar tidak ada nomor ganda; hubungi petugas TI untuk memulihkannya dari cadangan.`,
        );
      return { schemaVersion: LETTERS_REGISTER_VERSION, sequences: {}, letters: [] };
    });
    try {
      this.#doc = await this.#loading;
    } finally {
      this.#loading = undefined;
    }
    return this.#doc;
  }

  async #quarantined(): Promise<boolean> {
    const names = await fs.readdir(path.join(this.ctx.dataDir, QUARANTINE_DIR)).catch(() => [] as string[]);
    return names.some((n) => /_letters-register\.json(\.\d+)?$/.test(n));
  }

  async all(): Promise<readonly IssuedLetter[]> {
    return (await this.#load()).letters;
  }

  /** Every version issued for a case, in issue order. */
  async ofCase(caseId: string): Promise<IssuedLetter[]> {
    return (await this.#load()).letters.filter((l) => l.caseId === caseId);
  }

  async latest(caseId: string, letterKind: LetterKind, visit: number): Promise<IssuedLetter | null> {
    const all = (await this.#load()).letters;
    for (let i = all.length - 1; i >= 0; i--) {
      const l = all[i] as IssuedLetter;
      if (l.caseId === caseId && l.kind === letterKind && l.visit === visit) return l;
    }
    return null;
  }

  /** The sequence the next numbered letter of `year` takes. */
  async nextSeq(year: number): Promise<number> {
    return ((await this.#load()).sequences[String(year)] ?? 0) + 1;
  }

  /** Records a version durably; the in-memory register changes only once the file is written. */
  async append(entry: IssuedLetter): Promise<void> {
    const doc = await this.#load();
    const key = String(entry.year);
    const sequences = entry.seq > (doc.sequences[key] ?? 0) ? { ...doc.sequences, [key]: entry.seq } : doc.sequences;
    const next: RegisterDoc = { ...doc, sequences, letters: [...doc.letters, entry] };
    await this.#file.save(next);
    this.#doc = next;
  }
}
