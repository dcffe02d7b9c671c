/**
 * The independent copies of a bag's trail head (docs/operators.md, "The trail head and its copies"):
 * what `loket verify` and `archive.verify` compare a bag with besides the bag itself. A forger who
 * edits a bag on the share and re-hashes its trail and manifests still disagrees with
 * - the data folder's export record (exports.json): the head and the tag-manifest digest of every
 *   bag it published;
 * - the data folder's letters register (letters-register.json): the head when each letter was
 *   issued, which the bag's trail must still pass through;
 * - the printed control sheet: out of any program's reach, so named with what to compare by eye.
 * Read only (never through the core, which would migrate or quarantine files): a folder another PC
 * keeps, or a restored backup, is read as it is.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { TrailCopyCheck } from '../../../shared/contract/features/archive';
import { LETTER_KIND_LABELS, type IssuedLetter } from '../../../shared/domain/letters';
import { shortHash, type TrailHead } from '../../../shared/domain/trailHead';
import { LETTERS_REGISTER_FILE, lettersRegisterSchema } from '../letters/register';
import { EXPORTS_FILE, exportsFileSchema, type OutboxEntry } from './exportOutbox';
import { tagManifestName } from './bagit';
import { hashFileWith } from './fixity';

/** What a bag says about itself, as verifyArchiveBag read it. */
export interface BagTrail {
  bagDir: string;
  /** From case.json (null when unreadable). */
  caseId: string | null;
  caseNumber: string | null;
  /** The trail in audit-trail.jsonl (empty when unreadable). */
  events: readonly { seq: number; hash: string }[];
  /** The control sheet's printed head, from surat-keluar.json (null when the bag has none). */
  controlSheetHead: TrailHead | null;
}

type Loaded<T> = { status: 'ok'; file: string; data: T } | { status: 'unreachable'; file: string; why: string };

/** The copies one run of `loket verify` can reach: a data folder's files, read once for every bag. */
export interface TrailCopies {
  check(bag: BagTrail): Promise<TrailCopyCheck[]>;
}

async function readCopy<S extends z.ZodType>(file: string, schema: S): Promise<Loaded<z.output<S>>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return { status: 'unreachable', file, why: `${file} tidak ada atau tidak dapat dibaca` };
  }
  let value: unknown = null;
  try {
    value = JSON.parse(text);
  } catch {
    // Reported below as unreadable.
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? { status: 'ok', file, data: parsed.data } : { status: 'unreachable', file, why: `${file} rusak atau formatnya tidak dikenal` };
}

/** The head at `seq` of the bag's trail, in words ("peristiwa ke-7, 1a2b3c4d5e6f…"), or that it has none there. */
const at = (seq: number, hash: string | undefined) => (hash ? `peristiwa ke-${seq + 1}, ${shortHash(hash)}` : `tidak ada peristiwa ke-${seq + 1}`);

/** sha256 of the bag's tagmanifest-sha256.txt, as the exporter recorded it (bagWriter), or null when missing. */
async function tagManifestDigest(bagDir: string): Promise<string | null> {
  const hashed = await hashFileWith(path.join(bagDir, tagManifestName('sha256')), ['sha256']).catch(() => null);
  return hashed?.digests['sha256'] ?? null;
}

/**
 * The bag's folder name ("0007-WS01-…_2026-11-25_v2"), unique per case, closing day and version: a
 * copy checked elsewhere (a USB disk, a copy of the share) is still found in exports.json, which names
 * bags relative to the archive root ("2026/<folder>").
 */
const folderOf = (relOrDir: string) => relOrDir.split(/[\\/]/).filter((p) => p !== '').at(-1) ?? '';

async function checkExportRecord(loaded: Loaded<z.output<typeof exportsFileSchema>>, bag: BagTrail): Promise<TrailCopyCheck> {
  const copy = 'export_record' as const;
  if (loaded.status !== 'ok') return { copy, status: 'unreachable', source: loaded.file, message: `Tidak diperiksa: ${loaded.why}.` };
  const source = loaded.file;
  const folder = folderOf(bag.bagDir);
  const entries = Object.values(loaded.data.entries);
  let entry: OutboxEntry | undefined;
  let recorded: OutboxEntry['bags'][number] | undefined;
  for (const e of entries) {
    const b = e.bags.find((x) => folderOf(x.path) === folder);
    if (b) [entry, recorded] = [e, b];
  }
  if (!entry || !recorded) {
    const same = entries.find((e) => e.caseId === bag.caseId || e.caseNumber === bag.caseNumber);
    if (!same) return { copy, status: 'absent', source, message: `Folder data ini tidak mencatat bag ${folder} maupun berkasnya (bag dari komputer lain?): tidak dibandingkan.` };
    const known = same.bags.map((b) => b.path).join(', ') || 'belum ada';
    return {
      copy, status: 'mismatch', source,
      message: `Berkas ${same.caseNumber} tercatat di ${EXPORTS_FILE}, tetapi bag ${folder} tidak pernah dicatat sebagai hasil ekspornya (tercatat: ${known}). Bag ini dibuat di luar aplikasi, atau ekspornya terputus sebelum dicatat (ekspor berkas itu lagi untuk mencatatnya).`,
    };
  }
  const differences: string[] = [];
  if (bag.caseId !== null && entry.caseId !== bag.caseId) differences.push(`tercatat untuk berkas ${entry.caseId}, case.json bag menyebut ${bag.caseId}`);
  const digest = await tagManifestDigest(bag.bagDir);
  if (digest !== recorded.tagManifestSha256)
    differences.push(`sidik ${tagManifestName('sha256')} tercatat ${shortHash(recorded.tagManifestSha256)}, bag ${digest ? shortHash(digest) : 'tanpa berkas itu'}`);
  const head = recorded.trailHead;
  const last = bag.events.at(-1);
  if (head && (last?.seq !== head.seq || last.hash !== head.hash))
    differences.push(`hash jejak audit tercatat ${at(head.seq, head.hash)}, bag berakhir pada ${last ? at(last.seq, last.hash) : 'jejak kosong'}`);
  if (differences.length > 0)
    return { copy, status: 'mismatch', source, message: `Bag ${folder} tidak sama dengan yang diekspor dan dicatat di ${EXPORTS_FILE}: ${differences.join('; ')}. Isi bag telah diubah setelah ekspor.` };
  const what = head ? `hash jejak audit (${at(head.seq, head.hash)}) dan sidik ${tagManifestName('sha256')}` : `sidik ${tagManifestName('sha256')} (hash jejak audit belum dicatat untuk ekspor lama ini)`;
  return { copy, status: 'match', source, message: `Cocok: ${what} sama dengan catatan ekspor.` };
}

function checkLettersRegister(loaded: Loaded<z.output<typeof lettersRegisterSchema>>, bag: BagTrail): TrailCopyCheck {
  const copy = 'letters_register' as const;
  if (loaded.status !== 'ok') return { copy, status: 'unreachable', source: loaded.file, message: `Tidak diperiksa: ${loaded.why}.` };
  const source = loaded.file;
  const letters = bag.caseId === null ? [] : loaded.data.letters.filter((l) => l.caseId === bag.caseId);
  const withHead = letters.filter((l): l is IssuedLetter & { trailHead: TrailHead } => l.trailHead !== undefined);
  if (withHead.length === 0)
    return {
      copy, status: 'absent', source,
      message: letters.length === 0 ? 'Register ini tidak memuat surat berkas ini: tidak dibandingkan.' : 'Surat berkas ini diterbitkan sebelum register mencatat hash jejak audit: tidak dibandingkan.',
    };
  // A letter issued after this bag was made (a later version) points past its trail: not this bag's to answer for.
  const within = withHead.filter((l) => l.trailHead.seq < bag.events.length);
  const name = (l: IssuedLetter) => `${LETTER_KIND_LABELS[l.kind].id}${l.number ? ` Nomor ${l.number}` : ''} versi ${l.version}`;
  const wrong = within.filter((l) => bag.events[l.trailHead.seq]?.hash !== l.trailHead.hash);
  if (wrong.length > 0) {
    // Letters issued together share one head: named once per head.
    const byHead = new Map<string, IssuedLetter[]>();
    for (const l of wrong) byHead.set(`${l.trailHead.seq}|${l.trailHead.hash}`, [...(byHead.get(`${l.trailHead.seq}|${l.trailHead.hash}`) ?? []), l]);
    const parts = [...byHead.values()].map((ls) => {
      const h = (ls[0] as IssuedLetter & { trailHead: TrailHead }).trailHead;
      return `tercatat ${at(h.seq, h.hash)}, bag: ${at(h.seq, bag.events[h.seq]?.hash)} (${ls.map(name).join(', ')})`;
    });
    return { copy, status: 'mismatch', source, message: `Jejak audit bag tidak melewati hash yang tercatat saat surat diterbitkan: ${parts.join('; ')}. Jejak audit telah ditulis ulang.` };
  }
  if (within.length === 0) return { copy, status: 'absent', source, message: 'Surat berkas ini diterbitkan setelah bag ini dibuat: tidak dibandingkan.' };
  return { copy, status: 'match', source, message: `Cocok: jejak audit bag melewati hash yang tercatat saat ${within.length} surat diterbitkan.` };
}

/** The paper: no program reaches it; the officer compares it with what the bag says it printed. */
function controlSheet(bag: BagTrail): TrailCopyCheck {
  const head = bag.controlSheetHead;
  return {
    copy: 'control_sheet', status: 'unreachable', source: '',
    message: head
      ? `Tidak dapat diperiksa oleh perintah ini (kertas). Cocokkan: Lembar Kendali tercetak berkas ini harus memuat peristiwa ke-${head.seq + 1} dan hash ${head.hash} (pindai kode QR-nya).`
      : 'Tidak dapat diperiksa oleh perintah ini (kertas); bag ini tidak memuat Lembar Kendali dengan hash jejak audit.',
  };
}

/** No data folder given: every copy but the paper is out of reach, and the report says so. */
export const NO_TRAIL_COPIES: TrailCopies = {
  check: async (bag) => [
    { copy: 'export_record', status: 'unreachable', source: '', message: `Tidak diperiksa: folder data tidak disebut (--data-dir).` },
    { copy: 'letters_register', status: 'unreachable', source: '', message: `Tidak diperiksa: folder data tidak disebut (--data-dir).` },
    controlSheet(bag),
  ],
};

/** The copies in a data folder, read once (a folder of another PC, or a restored backup, works too). */
export async function trailCopiesIn(dataDir: string): Promise<TrailCopies> {
  const exportsFile = await readCopy(path.join(dataDir, EXPORTS_FILE), exportsFileSchema);
  const register = await readCopy(path.join(dataDir, LETTERS_REGISTER_FILE), lettersRegisterSchema);
  return { check: async (bag) => [await checkExportRecord(exportsFile, bag), checkLettersRegister(register, bag), controlSheet(bag)] };
}
