/**
 * `backup.*`, `registers.*`, `labels.*`: the records office's side (issue 5 §5, §7) — registers of
 * closed cases, retention due, folder/box labels and backups of the data folder.
 */
import type { Handlers } from '../../../shared/contract/contract';
import { localDate } from '../../../shared/dates';
import { BackupService } from '../backup/backupService';
import { closedBetween, closedCases } from '../records/closedCases';
import { REGISTER_SPECS, registerFileName } from '../records/registerColumns';
import { registerCsv } from '../records/registerCsv';
import { buildRegisters } from '../records/registers';
import { retentionDue } from '../records/retention';
import type { Store } from '../store/openStore';
import type { ArchiveDeps } from './archiveHandlers';
import { version } from '../../../package.json';

type RecordsMethod = 'backup.status' | 'backup.run' | 'registers.build' | 'registers.export' | 'registers.retentionDue' | 'labels.preview';

/** DPI of label previews: sharp enough for the QR and small print on screen. */
const LABEL_PREVIEW_DPI = 110;

export function recordsHandlers(store: Store, deps: ArchiveDeps): Pick<Handlers, RecordsMethod> {
  const backups = new BackupService({ store, settings: deps.settings, events: deps.events, appVersion: deps.version ?? version });
  // The schedule belongs to the desktop app (and its harness); a CLI command backs up only when asked.
  if (deps.host !== 'cli') {
    backups.start();
  }
  deps.onClose(() => backups.stop());
  const issuedLetters = (caseId: string) => deps.letters.issuedLetters(caseId);

  const build = async (from: string, to: string) => {
    const archive = await deps.settings.load();
    return buildRegisters(await closedBetween(store, from, to), { from, to }, store.settings.get(), archive, issuedLetters);
  };

  return {
    'backup.status': () => backups.status(),
    'backup.run': () => backups.run(),
    'registers.build': ({ from, to }) => build(from, to),
    'registers.export': async ({ from, to, format, register }) => {
      const registers = await build(from, to);
      if (format === 'xlsx') {
        // exceljs is large: loaded when a workbook is asked for, not at every start (store.rss_mb bench).
        const { registersWorkbook } = await import('../records/registerWorkbook');
        const bytes = await registersWorkbook(registers, store.settings.get());
        return {
          fileName: registerFileName(REGISTER_SPECS.daftar_berkas.stem, from, to, 'xlsx'),
          mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          base64: Buffer.from(bytes).toString('base64'),
        };
      }
      return {
        fileName: registerFileName(REGISTER_SPECS[register].stem, from, to, 'csv'),
        mediaType: 'text/csv; charset=utf-8',
        base64: Buffer.from(registerCsv(registers, register)).toString('base64'),
      };
    },
    'registers.retentionDue': async ({ asOf }) => {
      const archive = await deps.settings.load();
      const today = asOf ?? localDate(store.ctx.now(), store.settings.get().timeZone);
      return { items: retentionDue(await closedCases(store), archive, today) };
    },
    'labels.preview': async ({ ids, kind }) => {
      const { renderLabels } = await import('../records/labels');
      const pdf = await renderLabels(store, await deps.settings.load(), ids, kind);
      return deps.documents.previewPdf(pdf, LABEL_PREVIEW_DPI);
    },
  };
}
