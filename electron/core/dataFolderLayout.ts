/**
 * What the data folder holds: every top-level file and folder the core writes, named once. Two
 * things follow from this list and nothing else: which entries a backup takes (an allow-list, so a
 * Chromium profile or a stray file beside our data is never copied to the share) and which entries
 * are moved out of Electron's userData into the data subfolder on the first start of a version
 * that keeps them apart (docs/architecture.md, "The data folder").
 */
import { ARCHIVE_SETTINGS_FILE } from './archive/archiveSettingsFile';
import { EXPORTS_FILE } from './archive/exportOutbox';
import { BLOBS_DIR } from './documents/blobStore';
import { INBOX_DIR } from './documents/hotFolder/inbox';
import { SCANNING_FILE } from './documents/scanners/scanningSettings';
import { SCAN_STAGING_DIR } from './documents/scanners/scanJobs';
import { STAGING_DIR } from './documents/staging';
import { DEMO_MARKER_FILE } from './demo/demoMarker';
import { LETTERS_REGISTER_FILE } from './letters/register';
import { LETTERS_FILE } from './letters/settingsFile';
import { INDEX_FILE } from './store/caseIndex';
import { CASES_DIR, QUARANTINE_DIR } from './store/context';
import { OFFICE_CACHE_FILE } from './office/officeCatalogue';
import { AUDIT_STATE_FILE } from './office/auditState';
import { FACTS_FILE } from './reports/factsCache';
import { INSTALL_FILE } from './office/workstationClaims';
import { TEMP_SUFFIX } from './store/durableWrite';
import { SETTINGS_FILE } from './store/settingsRepository';
import { OPERATORS_LOG_FILE } from './workflow/operatorsLog';
import { OPERATORS_FILE } from './workflow/operators';
import { PIN_ATTEMPTS_FILE } from './workflow/pinAttempts';
import { WORKFLOW_FILE } from './workflow/settingsFile';

export interface DataFolderEntry {
  name: string;
  dir: boolean;
  /** Taken by a backup. Derived, transient and in-progress entries are not: they are rebuilt or redone. */
  backup: boolean;
}

export const DATA_FOLDER_ENTRIES: readonly DataFolderEntry[] = [
  { name: SETTINGS_FILE, dir: false, backup: true },
  { name: CASES_DIR, dir: true, backup: true },
  { name: OPERATORS_FILE, dir: false, backup: true },
  { name: OPERATORS_LOG_FILE, dir: false, backup: true },
  { name: WORKFLOW_FILE, dir: false, backup: true },
  { name: BLOBS_DIR, dir: true, backup: true },
  { name: LETTERS_FILE, dir: false, backup: true },
  { name: LETTERS_REGISTER_FILE, dir: false, backup: true },
  { name: ARCHIVE_SETTINGS_FILE, dir: false, backup: true },
  { name: EXPORTS_FILE, dir: false, backup: true },
  { name: SCANNING_FILE, dir: false, backup: true },
  { name: INBOX_DIR, dir: true, backup: true },
  { name: QUARANTINE_DIR, dir: true, backup: true },
  // A restored demo folder must still say it is one (every letter from it reads "CONTOH").
  { name: DEMO_MARKER_FILE, dir: false, backup: true },
  // The claim of this PC's workstation code on the share names this data folder: a restored PC is still itself.
  { name: INSTALL_FILE, dir: false, backup: true },
  // Derived from cases/ and rebuilt at open.
  { name: INDEX_FILE, dir: false, backup: false },
  // The office catalogue as last read from the share; rebuilt by the next sync.
  { name: OFFICE_CACHE_FILE, dir: false, backup: false },
  // Each case's report facts, folded from its trail; refolded when missing or stale.
  { name: FACTS_FILE, dir: false, backup: false },
  // Where this PC's fixity audit stands; lost, a pass starts again (the log on the share keeps every check).
  { name: AUDIT_STATE_FILE, dir: false, backup: false },
  // A wrong-PIN pause belongs to this PC and this hour, not to a restored folder.
  { name: PIN_ATTEMPTS_FILE, dir: false, backup: false },
  // Imports and scans in progress.
  { name: STAGING_DIR, dir: true, backup: false },
  { name: SCAN_STAGING_DIR, dir: true, backup: false },
];

/** `<file>.bak`, `<file>.v<N>.bak` (kept before a migration) → `<file>`. */
const BACKUP_COPY = /^(.*?)(?:\.v\d+)?\.bak$/;
/** `.<file>.<pid>-<n>.tmp`, a durable write in flight → `<file>`. */
const TEMP_WRITE = new RegExp(`^\\.(.*)\\.\\d+-\\d+${TEMP_SUFFIX.replace('.', '\\.')}$`);

/**
 * The entry a top-level name belongs to: the entry itself, the previous copies the durable write
 * keeps beside a file (`.bak`, `.v<N>.bak`) and a write left in flight; undefined for anything not ours.
 */
export function entryOf(name: string): DataFolderEntry | undefined {
  const exact = DATA_FOLDER_ENTRIES.find((e) => e.name === name);
  if (exact) return exact;
  // A write in flight may be of a `.bak` itself (`.settings.json.bak.<pid>-<n>.tmp`).
  const written = TEMP_WRITE.exec(name)?.[1] ?? name;
  const base = BACKUP_COPY.exec(written)?.[1] ?? written;
  return base === name ? undefined : DATA_FOLDER_ENTRIES.find((e) => !e.dir && e.name === base);
}
