/**
 * One bag's fixity audit (issue 12 §4; NDSA Levels of Digital Preservation, "Fixity"): the bag
 * against its own manifests (bagValidator: complete, every sha256 recomputed, each payload file
 * read once, the tag manifests) and against the office catalogue's copy of its identity — the
 * sha256 of tagmanifest-sha256.txt, Payload-Oxum and the trail head recorded when it was
 * published. A bag edited on the share and fully re-hashed is valid BagIt again; only the
 * catalogue's copy, written by the publishing PC, tells it apart (docs/office.md, "Fixity audits").
 */
import path from 'node:path';
import type { AuditProblem, BagAudit } from '../../../shared/contract/features/office';
import { formatTanggal, formatWaktu, type ZonaWaktu } from '../../../shared/dates';
import type { CatalogueEntry } from '../../../shared/domain/office';
import { shortHash, type TrailHead } from '../../../shared/domain/trailHead';
import { tagManifestName } from '../archive/bagit';
import { validateBag } from '../archive/bagValidator';
import { CASE_JSON } from '../archive/caseBag';
import { entryOfBag, workstationOfCase } from './bagEntry';
import type { GoodCopies } from './goodCopies';

/**
 * The payload checksums an audit recomputes: sha256, one hash per payload byte. The sha512
 * manifest is still checked for completeness, its bytes through tagmanifest-sha256.txt, and that
 * file through the catalogue; `loket verify` recomputes both (RFC 8493 §3 validity).
 */
export const AUDIT_ALGORITHMS: readonly string[] = ['sha256'];

export interface BagAuditContext {
  zone: ZonaWaktu;
  copies: GoodCopies;
}

/** The bag `bag` under `root`, against `recorded` (its catalogue entry; null when no catalogue names it). */
export async function auditBag(root: string, bag: string, recorded: CatalogueEntry | null, ctx: BagAuditContext): Promise<{ result: BagAudit; bytes: number }> {
  const { report } = await validateBag(path.join(root, ...bag.split('/')), { payloadAlgorithms: AUDIT_ALGORITHMS });
  const problems: AuditProblem[] = report.problems.map(({ code, path: p, message }) => ({ code, path: p, message }));
  const found = await entryOfBag(root, bag);
  if (!recorded)
    problems.push({
      code: 'not_in_catalogue',
      path: '',
      message: 'Bag ini tidak tercatat di katalog workstation mana pun, jadi hanya dapat diperiksa terhadap manifesnya sendiri: perubahan yang checksum-nya dihitung ulang tidak terlihat. Bangun ulang katalog workstation yang mengekspornya (loket catalogue rebuild).',
    });
  else if (!found) {
    // The validator has usually named the cause already (case.json missing, a tag file changed).
    if (problems.length === 0)
      problems.push({ code: 'catalogue_mismatch', path: CASE_JSON, message: `${CASE_JSON} tidak dapat dibaca sebagai data berkas, jadi bag tidak dapat dibandingkan dengan katalog ${recorded.workstation}.` });
  } else problems.push(...catalogueDifferences(recorded, found, ctx.zone));
  const facts = recorded ?? found;
  const result: BagAudit = {
    bag,
    ok: problems.length === 0,
    caseNumber: facts?.caseNumber ?? '',
    workstation: recorded?.workstation ?? (found ? workstationOfCase(found.caseId) : ''),
    problems,
    goodCopy: '',
  };
  if (!result.ok) result.goodCopy = await ctx.copies.of(facts && { ...facts, workstation: result.workstation });
  return { result, bytes: report.payloadBytes };
}

/** A catalogue entry whose bag is not on the share. */
export async function missingBagAudit(recorded: CatalogueEntry, ctx: BagAuditContext): Promise<BagAudit> {
  return {
    bag: recorded.bag,
    ok: false,
    caseNumber: recorded.caseNumber,
    workstation: recorded.workstation,
    problems: [
      {
        code: 'bag_missing',
        path: '',
        message: `Bag ini tercatat di katalog ${recorded.workstation} (diterbitkan ${when(recorded.publishedAt, ctx.zone)}) tetapi foldernya tidak ada di drive bersama: dipindahkan, diganti nama atau dihapus.`,
      },
    ],
    goodCopy: await ctx.copies.of(recorded, false),
  };
}

/** The fields of case.json a catalogue line copies, named as the admin knows them. */
const CASE_FIELDS: ReadonlyArray<readonly [string, (e: CatalogueEntry) => string]> = [
  ['Nomor berkas', (e) => e.caseNumber],
  ['Jenis permohonan', (e) => e.kind],
  ['Nama pemohon', (e) => e.requester.name],
  ['NIP pemohon', (e) => e.requester.nip],
  ['User ID pemohon', (e) => e.requester.userId],
  ['Jabatan pemohon', (e) => e.requester.position],
  ['Instansi pemohon', (e) => e.requester.agency],
  ['E-mail pemohon', (e) => e.requester.email],
  ['Telepon pemohon', (e) => e.requester.phone],
  ['Nomor surat permohonan', (e) => e.letterNumber],
  ['Tanggal diterima', (e) => e.receivedAt],
  ['Tanggal ditutup', (e) => e.closedAt],
  ['Hasil', (e) => e.result],
];

/** What differs between the bag as it is and as its publisher recorded it. */
export function catalogueDifferences(recorded: CatalogueEntry, found: CatalogueEntry, zone: ZonaWaktu): AuditProblem[] {
  const out: AuditProblem[] = [];
  const by = `katalog ${recorded.workstation}`;
  const add = (p: string, message: string) => out.push({ code: 'catalogue_mismatch', path: p, message });
  if (found.tagManifestSha256 !== recorded.tagManifestSha256)
    add(
      tagManifestName('sha256'),
      `Sidik ${tagManifestName('sha256')} (${shortHash(found.tagManifestSha256)}) tidak sama dengan yang dicatat ${by} saat bag diterbitkan ${when(recorded.publishedAt, zone)} (${shortHash(recorded.tagManifestSha256)}): bag telah diubah lalu checksum-nya dihitung ulang setelah diterbitkan.`,
    );
  if (found.payloadOxum !== recorded.payloadOxum)
    add('bag-info.txt:Payload-Oxum', `Payload-Oxum ${found.payloadOxum} tidak sama dengan ${by} (${recorded.payloadOxum}): isi data/ berubah setelah bag diterbitkan.`);
  if (!sameHead(found.trailHead, recorded.trailHead))
    add(CASE_JSON, `Jejak audit di ${CASE_JSON} berakhir pada ${headText(found.trailHead)}, tetapi ${by} mencatat ${headText(recorded.trailHead)}: jejak audit diubah setelah bag diterbitkan.`);
  for (const [label, get] of CASE_FIELDS)
    if (get(found) !== get(recorded)) add(CASE_JSON, `${label} di ${CASE_JSON} "${get(found)}" berbeda dengan ${by} ("${get(recorded)}").`);
  return out;
}

const sameHead = (a: TrailHead | null, b: TrailHead | null) => a?.seq === b?.seq && a?.hash === b?.hash;
const headText = (h: TrailHead | null) => (h ? `peristiwa ke-${h.seq + 1} (${shortHash(h.hash)})` : 'jejak kosong');

/** An instant, or a bare date (an entry rebuilt from a bag knows only its Bagging-Date). */
export function when(at: string, zone: ZonaWaktu): string {
  if (at === '') return 'pada tanggal yang tidak tercatat';
  return at.length === 10 ? formatTanggal(at) : formatWaktu(at, zone);
}
