/**
 * The rows of the *Formulir Monitoring Pelaksanaan SOP AP* (PermenPAN-RB 35/2012; docs/reports.md):
 * one per SOP step, *Penilaian* from the share of executions within the standard against a threshold,
 * *Catatan hasil penilaian* written in Indonesian from the figures and the overrun reasons.
 * *Tindakan yang harus diambil* and *Paraf penilai* are the evaluator's, left empty.
 */
import type { Report, StepFigures } from '../../../shared/domain/report';
import { SOP_STEPS } from '../../../shared/sop/definition';

export const PENILAIAN = { good: 'Berjalan dengan baik', poor: 'Tidak berjalan dengan baik' } as const;

export interface MonitoringRow {
  no: number;
  prosedur: string;
  penilaian: string;
  catatan: string;
}

/** "12,5" — Indonesian decimal comma, at most one decimal. */
export function angka(n: number): string {
  return (Math.round(n * 10) / 10).toLocaleString('id-ID', { maximumFractionDigits: 1 });
}

/** Overruns listed in the note before "dan N lainnya": the form stays readable on paper. */
const LISTED = 5;

function timedNote(s: StepFigures): string {
  if (s.executions === 0) return 'Tidak ada pelaksanaan dalam periode ini.';
  const parts = [`${s.withinStandard} dari ${s.executions} pelaksanaan dalam waktu baku (${angka((100 * s.withinStandard) / s.executions)} %)`];
  const over = s.overruns.length;
  if (over > 0) {
    const listed = s.overruns
      .slice(0, LISTED)
      .map((o) => `${o.caseNumber} ${angka(o.minutes)} menit dari ${o.standardMinutes} menit${o.reason ? ` (${o.reason.replace(/\s+/g, ' ').trim()})` : ' (tanpa alasan tertulis)'}`);
    const more = over > LISTED ? `, dan ${over - LISTED} lainnya` : '';
    parts.push(`${over} melewati waktu baku: ${listed.join('; ')}${more}`);
  }
  parts.push(`median ${angka(s.medianMinutes ?? 0)} menit, persentil ke-90 ${angka(s.p90Minutes ?? 0)} menit, terlama ${angka(s.maxMinutes ?? 0)} menit (waktu baku ${s.standardsApplied.length > 1 ? s.standardsApplied.join('/') : (s.standardMinutes ?? '—')} menit)`);
  return `${parts.join('; ')}.`;
}

/** `threshold`: share of executions within the standard (0–1) from which a step "berjalan dengan baik". */
export function monitoringRows(report: Report, threshold: number): MonitoringRow[] {
  return SOP_STEPS.map((step) => {
    const figures = report.steps.find((s) => s.step === step.no);
    const base = { no: step.no, prosedur: step.title.id };
    if (!figures) {
      // Steps 1 and 4 are the Pokja's: the SOP sets them no time of the admin's.
      const t = report.totals;
      const loop = report.incompleteLoop;
      const catatan =
        step.no === 1
          ? `${t.received.count} berkas permohonan diterima dalam periode ini; langkah anggota Pokja, tanpa waktu baku Admin.`
          : `${loop.noticesSent} pemberitahuan kelengkapan disampaikan; ${loop.supplemented.count} berkas dilengkapi, ${loop.expired.count} melewati batas waktu; ${report.expiredDeadlines.overdueWaiting.length} masih menunggu melewati batas waktu pada akhir periode. Langkah anggota Pokja, tanpa waktu baku Admin.`;
      return { ...base, penilaian: '', catatan };
    }
    const share = figures.executions === 0 ? null : figures.withinStandard / figures.executions;
    return { ...base, penilaian: share === null ? '' : share >= threshold ? PENILAIAN.good : PENILAIAN.poor, catatan: timedNote(figures) };
  });
}
