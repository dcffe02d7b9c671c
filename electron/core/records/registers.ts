/**
 * The ANRI registers of a period (docs/reference.md §3): *Daftar Berkas* (one row per case),
 * *Daftar Isi Berkas* (one row per item, from the same `archiveItems` list the archive bag uses, so
 * register and bag agree) and the physical archive register (SOP *Pencatatan* 2: box, folder,
 * shelf; asli/salinan). A case belongs to the period it was closed in (SOP step 9).
 */
import { kurunWaktu } from '../../../shared/dates';
import type { ArchiveSettings, Registers } from '../../../shared/domain/archive';
import { SECURITY_CLASS_LABELS } from '../../../shared/domain/archive';
import { DEVELOPMENT_LEVELS } from '../../../shared/domain/document';
import { KIND_LABELS } from '../../../shared/domain/labels';
import type { IssuedLetter } from '../../../shared/domain/letters';
import type { Settings } from '../../../shared/domain/settings';
import type { CaseResult } from '../../../shared/domain/workflowFold';
import { formatNip } from '../../../shared/nip';
import { archiveItems } from '../archive/items';
import type { ClosedCase } from './closedCases';
import { retentionOf } from './retention';

export const RESULT_LABELS: Record<Exclude<CaseResult, ''>, string> = {
  completed: 'Selesai dilayani',
  rejected: 'Ditolak',
  not_completed: 'Tidak diselesaikan (batas waktu kelengkapan lewat)',
};

/** Where the registers read a case's issued letters (the letters service's outgoing-letter register). */
export type IssuedLettersOf = (caseId: string) => Promise<readonly IssuedLetter[]>;

/** *Uraian informasi berkas*: the configured description, the request kind and who asked. */
export function uraianBerkas(c: ClosedCase, archive: ArchiveSettings): string {
  const r = c.record.intake.requester;
  return `${archive.description} — ${KIND_LABELS[c.record.intake.kind]} a.n. ${r.name} (NIP ${formatNip(r.nip)}), ${r.agency}`;
}

/** ANRI *tingkat perkembangan* of the paper file: asli, salinan, or both. */
function tingkatPerkembangan(c: ClosedCase): string {
  const levels = new Set(c.record.documents.map((d) => d.developmentLevel));
  const present = DEVELOPMENT_LEVELS.filter((l) => levels.has(l));
  if (present.length === 0) return '-';
  return present.map((l) => (l === 'asli' ? 'Asli' : 'Salinan')).join(' dan ');
}

export async function buildRegisters(
  cases: readonly ClosedCase[],
  period: { from: string; to: string },
  settings: Settings,
  archive: ArchiveSettings,
  issuedLetters: IssuedLettersOf,
): Promise<Registers> {
  const out: Registers = { from: period.from, to: period.to, daftarBerkas: [], daftarIsiBerkas: [], physical: [] };
  for (const [i, c] of cases.entries()) {
    const { record, closing } = c;
    const items = archiveItems(record, await issuedLetters(record.id));
    const uraian = uraianBerkas(c, archive);
    out.daftarBerkas.push({
      no: i + 1,
      kodeKlasifikasi: archive.classificationCode,
      nomorBerkas: record.caseNumber,
      caseId: record.id,
      unitPengolah: settings.agency.unit,
      uraianInformasi: uraian,
      kurunWaktu: kurunWaktu(closing.receivedDate, closing.closedDate),
      jumlahItem: items.length,
      // Every item is on paper (handed in or printed) and in the electronic bag (SOP step 9: both).
      keterangan: items.length > 0 ? 'Tekstual dan elektronik' : 'Tekstual',
      klasifikasiKeamanan: SECURITY_CLASS_LABELS[archive.securityClass],
      hasilAkhir: closing.result === '' ? '' : RESULT_LABELS[closing.result],
    });
    for (const it of items)
      out.daftarIsiBerkas.push({
        nomorBerkas: record.caseNumber,
        nomorItem: it.nomorItem,
        kodeKlasifikasi: archive.classificationCode,
        uraianInformasi: it.uraian,
        tanggal: it.tanggal,
        jumlah: it.jumlah,
        keterangan: it.keterangan,
      });
    out.physical.push({
      nomorBerkas: record.caseNumber,
      caseId: record.id,
      uraianInformasi: uraian,
      tingkatPerkembangan: tingkatPerkembangan(c),
      boks: closing.physical.box,
      folder: closing.physical.folder,
      lokasi: closing.physical.shelf,
      retensiAktifSampai: retentionOf(closing.closedDate, archive).activeUntil,
    });
  }
  return out;
}
