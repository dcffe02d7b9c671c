/**
 * `loket verify` / `archive.verify` for one bag: BagIt complete + valid and the profile's labels
 * (bagValidator), then what only our bags carry — the audit trail recomputed from audit-trail.jsonl
 * with the app's own `verifyTrail` and tied to case.json and Jejak-Audit-Hash, and each letter's QR
 * stamp checked against the content recorded in surat-keluar.json (issue 5 §6).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { BagProblem, BagReport, TrailCopyCheck } from '../../../shared/contract/features/archive';
import { shortHash, trailHeadSchema, type TrailHead } from '../../../shared/domain/trailHead';
import type { LetterArchiveSource } from '../letters/archiveLetter';
import { LETTERS_REGISTER_FILE } from '../letters/register';
import { canonicalJson, sha256Hex } from '../workflow/canonical';
import { fieldValues } from './bagit';
import { validateBag } from './bagValidator';
import { CASE_JSON, LETTERS_INDEX } from './caseBag';
import { readBagCaseTrail } from './bagCaseTrail';
import { EXPORTS_FILE } from './exportOutbox';
import { NO_TRAIL_COPIES, type TrailCopies } from './trailHeadCopies';

export type ReadStamp = LetterArchiveSource['readStamp'];

/** surat-keluar.json as verify and the office's view of an archived case read it (caseBag.ts writes it). */
export const lettersIndexSchema = z.object({
  schemaVersion: z.literal(1),
  caseNumber: z.string(),
  letters: z.array(
    z.object({
      path: z.string(),
      title: z.string(),
      number: z.string(),
      date: z.string().optional(),
      contentHash: z.string(),
      content: z.record(z.string(), z.unknown()),
    }).loose(),
  ),
});

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
}

/** Where a copy that disagrees lives, as a problem names it. */
const COPY_FILE = { export_record: EXPORTS_FILE, letters_register: LETTERS_REGISTER_FILE, control_sheet: '', office_catalogue: '.loket/catalogue' } as const satisfies Record<TrailCopyCheck['copy'], string>;

/**
 * `copies`: the independent copies of the trail head this run can reach (trailHeadCopies.ts); a
 * copy that disagrees is a problem, and the report lists every copy, compared or not.
 */
export async function verifyArchiveBag(bagDir: string, readStamp: ReadStamp, copies: TrailCopies = NO_TRAIL_COPIES): Promise<BagReport> {
  const { report, bagInfo } = await validateBag(bagDir);
  const problems: BagProblem[] = [...report.problems];
  const add = (code: BagProblem['code'], p: string, message: string) => problems.push({ code, path: p, message });
  const present = async (name: string) => fs.stat(path.join(bagDir, name)).then((s) => s.isFile(), () => false);

  // The audit trail (issue 3 §5): case.json, audit-trail.jsonl and its chain, read as the app reads them.
  const read = await readBagCaseTrail(bagDir);
  problems.push(...read.problems);
  const { record, trail } = read;
  if (record && read.trailReadable) {
    const last = trail.at(-1)?.hash ?? '';
    const stated = bagInfo ? fieldValues(bagInfo, 'Jejak-Audit-Hash') : [];
    if (stated.length > 0 && !stated.includes(last))
      add('audit_trail_broken', 'bag-info.txt:Jejak-Audit-Hash', `Jejak-Audit-Hash di bag-info.txt (${stated[0]?.slice(0, 12)}…) tidak sama dengan hash peristiwa terakhir jejak audit (${last.slice(0, 12)}…).`);
  }
  if (record && bagInfo) {
    const ids = fieldValues(bagInfo, 'External-Identifier');
    if (ids.length > 0 && !ids.includes(record.caseNumber))
      add('bad_profile_field', 'bag-info.txt:External-Identifier', `External-Identifier "${ids[0]}" tidak sama dengan nomor berkas di ${CASE_JSON} (${record.caseNumber}).`);
  }

  // The letters: the QR stamp in each PDF names the hash of what the letter says.
  let controlSheetHead: TrailHead | null = null;
  if (await present(LETTERS_INDEX)) {
    const parsed = lettersIndexSchema.safeParse(await readJson(path.join(bagDir, LETTERS_INDEX)).catch(() => null));
    if (!parsed.success) add('unreadable', LETTERS_INDEX, `${LETTERS_INDEX} tidak dapat dibaca sebagai daftar surat keluar.`);
    else
      for (const l of parsed.data.letters) {
        const label = `${l.title}${l.number ? ` Nomor ${l.number}` : ''}`;
        if (sha256Hex(canonicalJson(l.content)) !== l.contentHash) {
          add('letter_hash_mismatch', LETTERS_INDEX, `Isi ${label} di ${LETTERS_INDEX} tidak cocok dengan hash-nya: isi surat telah diubah.`);
          continue;
        }
        const pdf = await fs.readFile(path.join(bagDir, ...l.path.split('/'))).catch(() => null);
        if (!pdf) continue; // named already as missing_file by the validator
        const stamp = await readStamp(new Uint8Array(pdf)).catch(() => null);
        if (!stamp) add('letter_hash_mismatch', l.path, `${l.path} (${label}) tidak memuat stempel QR Loket Akun SPSE yang dapat dibaca.`);
        else if (stamp.contentHash !== l.contentHash)
          add('letter_hash_mismatch', l.path, `Hash pada kode QR ${l.path} (${label}) tidak sama dengan isi surat yang tercatat: surat atau catatannya telah diubah.`);
        else if (stamp.caseNumber !== parsed.data.caseNumber)
          add('letter_hash_mismatch', l.path, `Kode QR ${l.path} menyebut berkas ${stamp.caseNumber}, bukan ${parsed.data.caseNumber}.`);
        // The control sheet printed the trail's head: the bag's trail must pass through it.
        const head = trailHeadSchema.safeParse(l.content['trailHead']);
        if (!head.success) continue;
        controlSheetHead = head.data;
        if (trail.length > 0 && trail[head.data.seq]?.hash !== head.data.hash)
          add('audit_trail_broken', l.path, `${label} mencetak hash jejak audit ${shortHash(head.data.hash)} pada peristiwa ke-${head.data.seq + 1}, tetapi jejak audit bag ini berbeda di sana: jejak audit atau surat telah diubah.`);
      }
  }

  const copyChecks = await copies.check({ bagDir, caseId: record?.id ?? null, caseNumber: record?.caseNumber ?? null, events: trail, controlSheetHead });
  for (const c of copyChecks) if (c.status === 'mismatch') add('trail_copy_mismatch', COPY_FILE[c.copy], c.message);
  const extra = problems.length > report.problems.length;
  return { ...report, ok: report.ok && !extra, problems, copies: copyChecks };
}

/**
 * A path given to `loket verify`: a bag (has bagit.txt), or an archive root whose bags sit in year
 * folders (also finds bags one level down). Staging leftovers are not bags yet and are skipped.
 */
export async function findBags(target: string): Promise<string[]> {
  const isBag = (dir: string) => fs.stat(path.join(dir, 'bagit.txt')).then(() => true, () => false);
  if (await isBag(target)) return [target];
  const found: string[] = [];
  const scan = async (dir: string, depth: number) => {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!e.isDirectory() || e.name.startsWith('.')) continue;
      const sub = path.join(dir, e.name);
      if (await isBag(sub)) found.push(sub);
      else if (depth > 0) await scan(sub, depth - 1);
    }
  };
  await scan(target, 1);
  return found;
}
