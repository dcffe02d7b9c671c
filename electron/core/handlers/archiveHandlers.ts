/**
 * `archive.*`, `backup.*`, `registers.*`, `labels.*` (issue "Paper out and the archive" §3–§7):
 * export to the shared drive (archiveExportHandlers) and the records office's registers, labels and
 * backups (recordsHandlers), over one archive settings file.
 */
import type { Handlers } from '../../../shared/contract/contract';
import type { ARCHIVE_METHODS } from '../../../shared/contract/features/archive.names';
import type { ArchiveSettingsFile } from '../archive/archiveSettingsFile';
import type { DocumentService } from '../documents/service';
import type { LetterArchiveSource } from '../letters/archiveLetter';
import type { OfficeService } from '../office/officeService';
import type { Store } from '../store/openStore';
import { archiveExportHandlers } from './archiveExportHandlers';
import type { HandlerDeps } from './createHandlers';
import { recordsHandlers } from './recordsHandlers';

export interface ArchiveDeps extends HandlerDeps {
  documents: DocumentService;
  letters: LetterArchiveSource;
  settings: ArchiveSettingsFile;
  office: OfficeService;
}

export function archiveHandlers(store: Store, deps: ArchiveDeps): Pick<Handlers, (typeof ARCHIVE_METHODS)[number]> {
  return { ...archiveExportHandlers(store, deps), ...recordsHandlers(store, deps) };
}
