/**
 * Scanner and hot-folder methods and events (zod schemas); names in scanning.names.ts.
 *
 * Usage for the UI (issue "Hardcopy in", part 3):
 * - Scan dialog: `scanning.devices` lists scanners of every backend (SANE on Linux, WIA and the NAPS2
 *   console on Windows) plus, per backend, whether it is available and why not. `refresh: true`
 *   searches again (slow: seconds); otherwise the last list is returned. Pick a device, then
 *   `scanning.capabilities` → which sources (flatbed / ADF), duplex, resolutions and colour modes it
 *   offers and its defaults. `scanning.settings.get().settings.preferredScanner` pre-fills the form.
 * - `scanning.start` returns at once with the job (state `starting`); progress arrives as
 *   `scanning.job` events carrying the whole job each time (replace, don't merge). Each complete page
 *   is added to the case as soon as it arrives (`pagesSaved`), so a jam or a cancel keeps the pages
 *   already scanned; a page cut off mid-scan is discarded and `note` says so. To rescan the missing
 *   pages into the same document, start again with `documentId` = the job's `documentId`.
 *   Terminal states: `completed`, `failed` (see `fault.message`, Indonesian, says what to do),
 *   `cancelled`. `scanning.jobs` returns the recent jobs (e.g. after navigating away and back).
 *   Expected refusals at start are error results: `not_found` (device gone), `conflict` (device busy
 *   with another job of this app), `invalid_input` (an option the device does not offer).
 * - Inbox (hot folder): files the office MFP saves into the watched folder are copied into the
 *   app's inbox once complete. `scanning.inbox.list` lists them (newest first),
 *   `scanning.inbox.preview` renders one page as a small image (data: URL), `scanning.inbox.assign`
 *   attaches the file to a case as a document of the chosen type (it then leaves the inbox),
 *   `scanning.inbox.discard` removes it from the inbox (the MFP's original stays in the hot folder's
 *   `diambil/` subfolder when that option is on). `scanning.inbox.changed` fires on any change.
 * - Settings page: `scanning.settings.get/save` (hot folder path, polling for network shares,
 *   stability wait, what happens to the original, preferred scanner). The hot folder's live state
 *   (`watching`, `unavailable` when a USB drive or share is gone, …) comes with get/save and as
 *   `scanning.hotFolder.status` events; `scanning.hotFolder.retry` checks the folder again now.
 */
import { z } from 'zod';
import { caseIdSchema } from '../../domain/case';
import { DEVELOPMENT_LEVELS, DOCUMENT_TYPES, sha256Schema } from '../../domain/document';
import type { SCANNING_EVENTS, SCANNING_METHODS } from './scanning.names';
import type { MethodSpec } from './spec';
import { messageToken } from '../../messages/format';

const none = z.object({}).strict();
const instant = z.iso.datetime({ offset: true });

export const SCANNER_BACKENDS = ['sane', 'wia', 'naps2'] as const;
export type ScannerBackend = (typeof SCANNER_BACKENDS)[number];
/** Where the paper is: the glass or the automatic document feeder. */
export const SCAN_SOURCES = ['flatbed', 'adf'] as const;
export type ScanSource = (typeof SCAN_SOURCES)[number];
export const SCAN_MODES = ['color', 'gray', 'lineart'] as const;
export type ScanMode = (typeof SCAN_MODES)[number];
/** Why a scan stopped; each comes with an Indonesian message saying what to do. */
export const SCAN_FAULTS = [
  'jammed', // paper jam in the feeder
  'no_paper', // feeder empty at the start
  'cover_open',
  'busy', // in use by another program
  'device_gone', // unplugged / switched off / network scanner unreachable
  'access_denied',
  'io', // communication error
  'unsupported', // an option the device refused
  'tool_missing', // scanimage / PowerShell / NAPS2 not installed
  'failed', // anything else (message carries the tool's own words)
] as const;
export type ScanFault = (typeof SCAN_FAULTS)[number];

export const scanDeviceSchema = z.object({
  /** Opaque, stable for a connected device: "<backend>:<backend's own id>", e.g. "sane:test:0". */
  id: z.string().min(1),
  backend: z.enum(SCANNER_BACKENDS),
  /** What the admin sees, e.g. "Canon DR-C225 (SANE)". */
  label: z.string(),
  vendor: z.string(),
  model: z.string(),
});
export type ScanDevice = z.infer<typeof scanDeviceSchema>;

export const backendStatusSchema = z.object({
  backend: z.enum(SCANNER_BACKENDS),
  available: z.boolean(),
  /** Indonesian; empty when available. E.g. "Program NAPS2 tidak ditemukan di komputer ini." */
  message: z.string(),
});

export const scanCapabilitiesSchema = z.object({
  deviceId: z.string(),
  sources: z.array(z.enum(SCAN_SOURCES)).min(1),
  /** Both sides of each sheet from the feeder. */
  duplex: z.boolean(),
  /** Offered resolutions (dpi), ascending; 300 is the archival default when offered. */
  resolutions: z.array(z.number().int().positive()).min(1),
  modes: z.array(z.enum(SCAN_MODES)).min(1),
  defaults: z.object({ source: z.enum(SCAN_SOURCES), resolution: z.number().int().positive(), mode: z.enum(SCAN_MODES) }),
});
export type ScanCapabilities = z.infer<typeof scanCapabilitiesSchema>;

export const scanOptionsSchema = z.object({
  source: z.enum(SCAN_SOURCES, { error: messageToken('schema.pickScanSource') }),
  duplex: z.boolean().default(false),
  resolution: z.number({ error: messageToken('schema.pickResolution') }).int().min(75, { error: messageToken('schema.resolutionMin') }).max(1200, { error: messageToken('schema.resolutionMax') }),
  mode: z.enum(SCAN_MODES, { error: messageToken('schema.pickColourMode') }),
});
export type ScanOptions = z.infer<typeof scanOptionsSchema>;

export const scanRequestSchema = scanOptionsSchema.extend({
  deviceId: z.string().min(1, { error: messageToken('schema.pickScanner') }),
  caseId: caseIdSchema,
  documentType: z.enum(DOCUMENT_TYPES, { error: messageToken('schema.pickDocumentType') }),
  developmentLevel: z.enum(DEVELOPMENT_LEVELS).default('asli'),
  /** Append to this existing document of the case (e.g. rescanning the pages left after a jam). */
  documentId: z.string().min(1).optional(),
});
export type ScanRequest = z.input<typeof scanRequestSchema>;

export const SCAN_JOB_STATES = ['starting', 'scanning', 'completed', 'failed', 'cancelled'] as const;
export type ScanJobState = (typeof SCAN_JOB_STATES)[number];

export const scanJobSchema = z.object({
  id: z.string(),
  caseId: caseIdSchema,
  deviceId: z.string(),
  deviceLabel: z.string(),
  documentType: z.enum(DOCUMENT_TYPES),
  /** The case document the pages go into; null until the first page is saved (new document). */
  documentId: z.string().nullable(),
  options: scanOptionsSchema,
  state: z.enum(SCAN_JOB_STATES),
  /** Complete pages delivered by the scanner. */
  pagesScanned: z.number().int().nonnegative(),
  /** Pages stored in the case (≤ pagesScanned while the last one is being saved). */
  pagesSaved: z.number().int().nonnegative(),
  /** Progress of the page being scanned, 0–100, when the backend reports it. */
  pagePercent: z.number().min(0).max(100).nullable(),
  fault: z.object({ code: z.enum(SCAN_FAULTS), message: z.string() }).nullable(),
  /** Indonesian summary for the admin, e.g. "4 halaman tersimpan; halaman ke-5 terpotong dan dibuang." */
  note: z.string(),
  startedAt: instant,
  endedAt: instant.nullable(),
});
export type ScanJob = z.infer<typeof scanJobSchema>;

export const INBOX_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;

export const inboxItemSchema = z.object({
  id: z.string(),
  /** The name the MFP gave the file (display only; never used as a path). */
  originalName: z.string(),
  sha256: sha256Schema,
  bytes: z.number().int().nonnegative(),
  /** Detected from the content; null = not a PDF/JPEG/PNG/TIFF (it can only be discarded). */
  mediaType: z.enum(INBOX_MEDIA_TYPES).nullable(),
  receivedAt: instant,
  /** Where the original now is (the hot folder's `diambil/` or left in place), for the admin's reference. */
  originalAt: z.string(),
  /** Indonesian; set when the file cannot be assigned as it is (unknown type, unreadable). */
  problem: z.string().nullable(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxPreviewSchema = z.object({
  id: z.string(),
  page: z.number().int().positive(),
  /** null when the page count cannot be known cheaply. */
  pageCount: z.number().int().positive().nullable(),
  /** A small rendering of the page: "data:image/png;base64,…". */
  image: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const HOT_FOLDER_STATES = ['off', 'watching', 'unavailable', 'error'] as const;
export const hotFolderStatusSchema = z.object({
  state: z.enum(HOT_FOLDER_STATES),
  path: z.string(),
  /** Indonesian; what is happening and, when not watching, what to do. */
  message: z.string(),
  since: instant,
  lastTakenAt: instant.nullable(),
  /** Files seen but still growing (being written by the MFP). */
  pending: z.number().int().nonnegative(),
});
export type HotFolderStatus = z.infer<typeof hotFolderStatusSchema>;

export const hotFolderSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Absolute path of the folder the MFP scans to (local, USB or a network share such as \\server\scan). */
  path: z.string().trim().max(1000, { error: messageToken('schema.folderPathTooLong') }),
  /** Check the folder periodically instead of relying on file events (needed on network shares). */
  usePolling: z.boolean(),
  pollIntervalSeconds: z.number().int().min(1, { error: messageToken('schema.pollMin') }).max(60, { error: messageToken('schema.pollMax') }),
  /** A file is taken only after its size and modification time stayed unchanged this long. */
  stableSeconds: z.number().int().min(1, { error: messageToken('schema.stableMin') }).max(120, { error: messageToken('schema.stableMax') }),
  /** After the copy is safely in the inbox: move the original into `diambil/`, or leave it in place. */
  afterTake: z.enum(['move', 'leave']),
});

export const scanningSettingsInputSchema = z
  .object({
    hotFolder: hotFolderSettingsSchema,
    preferredScanner: scanOptionsSchema.extend({ deviceId: z.string().min(1) }).nullable(),
  })
  .superRefine((s, ctx) => {
    if (s.hotFolder.enabled && s.hotFolder.path.length === 0)
      ctx.addIssue({ code: 'custom', path: ['hotFolder', 'path'], message: messageToken('schema.hotFolderPathNeeded') });
  });
export type ScanningSettingsInput = z.input<typeof scanningSettingsInputSchema>;
export type ScanningSettings = z.output<typeof scanningSettingsInputSchema>;

const settingsWithStatus = z.object({ settings: scanningSettingsInputSchema, hotFolder: hotFolderStatusSchema });

export const scanningContract = {
  'scanning.devices': {
    access: 'session',
    input: z.object({ refresh: z.boolean().default(false) }),
    output: z.object({ devices: z.array(scanDeviceSchema), backends: z.array(backendStatusSchema), searchedAt: instant.nullable() }),
  },
  'scanning.capabilities': { access: 'session', input: z.object({ deviceId: z.string().min(1) }), output: scanCapabilitiesSchema },
  'scanning.start': { access: 'operator', input: scanRequestSchema, output: scanJobSchema },
  'scanning.cancel': { access: 'operator', input: z.object({ jobId: z.string().min(1) }), output: scanJobSchema },
  'scanning.jobs': { access: 'session', input: z.object({ caseId: caseIdSchema.optional() }), output: z.object({ jobs: z.array(scanJobSchema) }) },
  'scanning.inbox.list': { access: 'session', input: none, output: z.object({ items: z.array(inboxItemSchema) }) },
  'scanning.inbox.preview': {
    access: 'session',
    input: z.object({ id: z.string().min(1), page: z.number().int().positive().default(1), maxSize: z.number().int().min(64).max(1600).default(480) }),
    output: inboxPreviewSchema,
  },
  'scanning.inbox.assign': {
    access: 'operator',
    input: z.object({
      id: z.string().min(1),
      caseId: caseIdSchema,
      documentType: z.enum(DOCUMENT_TYPES, { error: messageToken('schema.pickDocumentType') }),
      developmentLevel: z.enum(DEVELOPMENT_LEVELS).default('asli'),
    }),
    output: z.object({ caseId: caseIdSchema, documentId: z.string() }),
  },
  'scanning.inbox.discard': { access: 'operator', input: z.object({ id: z.string().min(1) }), output: z.object({ id: z.string() }) },
  'scanning.settings.get': { access: 'session', input: none, output: settingsWithStatus },
  'scanning.settings.save': { access: 'operator', input: scanningSettingsInputSchema, output: settingsWithStatus },
  'scanning.hotFolder.retry': { access: 'operator', input: none, output: hotFolderStatusSchema },
} as const satisfies Record<(typeof SCANNING_METHODS)[number], MethodSpec>;

export const scanningEvents = {
  /** The whole job after each change (page done, progress step, end). */
  'scanning.job': scanJobSchema,
  'scanning.inbox.changed': z.object({ count: z.number().int().nonnegative() }),
  'scanning.hotFolder.status': hotFolderStatusSchema,
} as const satisfies Record<(typeof SCANNING_EVENTS)[number], z.ZodType>;
