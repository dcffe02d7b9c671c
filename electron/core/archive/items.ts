/**
 * The items of a case's archive file (berkas), in order: the documents handed in (request letter, SK,
 * supplementary, other) and the letters the SOP produced. One list serves the bag's payload names
 * (`data/…`), its `daftar-isi-berkas.csv` tag file and the *Daftar Isi Berkas* register (ANRI,
 * docs/reference.md §3), so the three always agree.
 */
import type { CaseRecord } from '../../../shared/domain/case';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type CaseDocument } from '../../../shared/domain/document';
import { LETTER_KIND_LABELS, LETTER_KINDS, type IssuedLetter } from '../../../shared/domain/letters';

export interface ArchiveItem {
  /** *Nomor item arsip*, 1-based. */
  nomorItem: number;
  source: { kind: 'document'; documentId: string } | { kind: 'letter'; letter: Pick<IssuedLetter, 'kind' | 'visit' | 'version'> };
  /** *Uraian informasi arsip*. */
  uraian: string;
  /** "YYYY-MM-DD". */
  tanggal: string;
  /** *Jumlah*, e.g. "3 lembar". */
  jumlah: string;
  /** asli / salinan (ANRI *tingkat perkembangan*) for paper; "elektronik" for letters made by the app. */
  keterangan: string;
  /** Payload path inside the bag: "data/01-surat-permohonan.pdf" (ASCII, no spaces; RFC 8493 §2.1.3 paths). */
  payloadPath: string;
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

const two = (n: number) => String(n).padStart(2, '0');

/** Documents by type order (request letter, SK, supplementary, other), then as attached. */
function orderedDocuments(docs: readonly CaseDocument[]): CaseDocument[] {
  return [...docs].sort((a, b) => DOCUMENT_TYPES.indexOf(a.type) - DOCUMENT_TYPES.indexOf(b.type) || a.createdAt.localeCompare(b.createdAt));
}

/** Letters in SOP order (kind, then visit); only the latest version of each kind + visit is filed. */
function latestLetters(letters: readonly IssuedLetter[]): IssuedLetter[] {
  const latest = new Map<string, IssuedLetter>();
  for (const l of letters) {
    const key = `${l.kind}#${l.visit}`;
    const seen = latest.get(key);
    if (!seen || l.version > seen.version) latest.set(key, l);
  }
  return [...latest.values()].sort((a, b) => LETTER_KINDS.indexOf(a.kind) - LETTER_KINDS.indexOf(b.kind) || a.visit - b.visit);
}

export function archiveItems(record: CaseRecord, letters: readonly IssuedLetter[]): ArchiveItem[] {
  const items: ArchiveItem[] = [];
  for (const d of orderedDocuments(record.documents)) {
    const n = items.length + 1;
    const label = DOCUMENT_TYPE_LABELS[d.type];
    items.push({
      nomorItem: n,
      source: { kind: 'document', documentId: d.id },
      uraian: `${label} — ${record.intake.requester.name}`,
      tanggal: d.receivedDate,
      jumlah: `${d.pages.length} lembar`,
      keterangan: d.developmentLevel,
      payloadPath: `data/${two(n)}-${slug(label)}.pdf`,
    });
  }
  for (const l of latestLetters(letters)) {
    const n = items.length + 1;
    const title = LETTER_KIND_LABELS[l.kind].id;
    const visit = l.visit > 1 ? `-${l.visit}` : '';
    items.push({
      nomorItem: n,
      source: { kind: 'letter', letter: { kind: l.kind, visit: l.visit, version: l.version } },
      uraian: `${l.number ? `${title} Nomor ${l.number}` : title}${l.archiveCopy ? ' (salinan arsip, tidak pernah dicetak)' : ''}`,
      tanggal: l.date,
      jumlah: `${l.pages} lembar`,
      keterangan: 'elektronik',
      payloadPath: `data/${two(n)}-${slug(title)}${visit}.pdf`,
    });
  }
  return items;
}
