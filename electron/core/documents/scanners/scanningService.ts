/**
 * Scanners and the hot-folder inbox behind the `scanning.*` methods: the adapters of this platform,
 * the scan jobs, the inbox and its watcher, and `scanning.json`. One per core.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {
  HotFolderStatus, InboxItem, ScanCapabilities, ScanDevice, ScanJob, ScanRequest, ScanningSettings, ScannerBackend,
} from '../../../../shared/contract/features/scanning';
import { scanRequestSchema } from '../../../../shared/contract/features/scanning';
import { MAX_IMPORT_BYTES } from '../../../../shared/contract/features/documents';
import { AppError } from '../../../../shared/contract/result';
import type { DevelopmentLevel, DocumentType } from '../../../../shared/domain/document';
import type { MessageRef } from '../../../../shared/messages/format';
import type { CaseRepository } from '../../store/caseRepository';
import type { StoreContext } from '../../store/context';
import { toStorageError } from '../../store/storageError';
import { HotFolderWatcher } from '../hotFolder/hotFolderWatcher';
import { Inbox } from '../hotFolder/inbox';
import { renderPreview, type InboxPreview } from '../hotFolder/preview';
import { DocumentWorker } from '../worker/pool';
import { ScannerError, type BackendAvailability, type ScannerAdapter } from './adapter';
import type { PageSink } from './pageSink';
import { SCAN_STAGING_DIR, ScanJobs } from './scanJobs';
import { ScanningSettingsFile } from './scanningSettings';

export interface ScanningEvents {
  job: (job: ScanJob) => void;
  inboxChanged: (count: number) => void;
  hotFolderStatus: (status: HotFolderStatus) => void;
}

export interface ScanningServiceOptions {
  ctx: StoreContext;
  cases: Pick<CaseRepository, 'get'>;
  sink: PageSink;
  adapters: readonly ScannerAdapter[];
  events: ScanningEvents;
  /** The CLI opens the core for a moment: it must not start taking files from the hot folder. */
  watchHotFolder: boolean;
}

export class ScanningService {
  readonly #jobs: ScanJobs;
  readonly #watcher: HotFolderWatcher;
  #devices: ScanDevice[] = [];
  #backends: BackendAvailability[] = [];
  #searchedAt: string | null = null;
  #searching: Promise<void> | null = null;
  /** Its own worker thread: a preview never waits behind a long OCR or PDF job of the documents core. */
  readonly #previewWorker = new DocumentWorker();

  private constructor(
    private readonly o: ScanningServiceOptions,
    private readonly settingsFile: ScanningSettingsFile,
    readonly inbox: Inbox,
  ) {
    this.#jobs = new ScanJobs(o.ctx.dataDir, o.sink, o.ctx.now, o.events.job);
    this.#watcher = new HotFolderWatcher({
      inbox,
      now: o.ctx.now,
      maxBytes: MAX_IMPORT_BYTES,
      onStatus: o.events.hotFolderStatus,
      onTaken: o.events.inboxChanged,
    });
  }

  static async open(o: ScanningServiceOptions): Promise<ScanningService> {
    // Pages of scans interrupted by a crash or power cut: never handed on, and personal data.
    await fs.rm(path.join(o.ctx.dataDir, SCAN_STAGING_DIR), { recursive: true, force: true });
    const [settings, inbox] = await Promise.all([ScanningSettingsFile.open(o.ctx), Inbox.open(o.ctx)]);
    const service = new ScanningService(o, settings, inbox);
    if (o.watchHotFolder) await service.#watcher.configure(settings.get().hotFolder);
    return service;
  }

  async close(): Promise<void> {
    await Promise.all([this.#watcher.stop(), this.#jobs.close(), this.#previewWorker.close()]);
  }

  // ---- devices -------------------------------------------------------------------------------

  async devices(refresh: boolean): Promise<{ devices: ScanDevice[]; backends: BackendAvailability[]; searchedAt: string | null }> {
    if (refresh || this.#searchedAt === null) await this.#search();
    return { devices: this.#devices, backends: this.#backends, searchedAt: this.#searchedAt };
  }

  #search(): Promise<void> {
    // One search at a time: a second click on "Cari ulang" waits for the running one.
    this.#searching ??= (async () => {
      const results = await Promise.all(
        this.o.adapters.map(async (a) => {
          const availability = await a.availability();
          if (!availability.available) return { availability, devices: [] as ScanDevice[] };
          try {
            const devices = await a.listDevices();
            return { availability, devices: devices.map((d) => ({ ...d, id: `${a.backend}:${d.id}` })) };
          } catch (e) {
            const message = e instanceof ScannerError ? e.fault.message : String(e);
            return { availability: { ...availability, available: false, message }, devices: [] };
          }
        }),
      );
      this.#backends = results.map((r) => r.availability);
      this.#devices = results.flatMap((r) => r.devices);
      this.#searchedAt = this.o.ctx.now().toISOString();
    })().finally(() => {
      this.#searching = null;
    });
    return this.#searching;
  }

  #resolve(deviceId: string): { adapter: ScannerAdapter; device: string } {
    const sep = deviceId.indexOf(':');
    const backend = deviceId.slice(0, sep) as ScannerBackend;
    const adapter = this.o.adapters.find((a) => a.backend === backend);
    if (sep < 0 || !adapter) throw new AppError('not_found', 'scan.deviceGone');
    return { adapter, device: deviceId.slice(sep + 1) };
  }

  async capabilities(deviceId: string): Promise<ScanCapabilities> {
    const { adapter, device } = this.#resolve(deviceId);
    try {
      return { deviceId, ...pickCaps(await adapter.capabilities(device)) };
    } catch (e) {
      throw toAppError(e);
    }
  }

  // ---- jobs ----------------------------------------------------------------------------------

  async start(input: ScanRequest): Promise<ScanJob> {
    const req = scanRequestSchema.parse(input);
    const { adapter, device } = this.#resolve(req.deviceId);
    const busy = this.#jobs.busyOn(req.deviceId);
    if (busy) throw new AppError('conflict', 'scan.busy');
    const record = await this.o.cases.get(req.caseId);
    if (req.documentId && !record.documents.some((d) => d.id === req.documentId))
      throw new AppError('not_found', 'scan.documentGone');
    const caps = await this.capabilities(req.deviceId);
    const fields: Record<string, string> = {};
    if (!caps.sources.includes(req.source)) fields.source = 'Pemindai ini tidak memiliki sumber kertas itu.';
    if (req.duplex && (!caps.duplex || req.source !== 'adf')) fields.duplex = 'Pindai bolak-balik hanya tersedia lewat pengumpan otomatis (ADF) yang mendukungnya.';
    if (!caps.resolutions.includes(req.resolution)) fields.resolution = `Resolusi yang tersedia: ${caps.resolutions.join(', ')} dpi.`;
    if (!caps.modes.includes(req.mode)) fields.mode = 'Pemindai ini tidak mendukung mode warna itu.';
    if (Object.keys(fields).length > 0) throw new AppError('invalid_input', 'scan.optionsUnsupported', undefined, fields);
    const label = this.#devices.find((d) => d.id === req.deviceId)?.label ?? req.deviceId;
    return this.#jobs.start({
      adapter,
      device,
      deviceId: req.deviceId,
      deviceLabel: label,
      caseId: req.caseId,
      documentId: req.documentId ?? null,
      documentType: req.documentType,
      developmentLevel: req.developmentLevel,
      options: { source: req.source, duplex: req.duplex, resolution: req.resolution, mode: req.mode },
    });
  }

  cancel(jobId: string): ScanJob {
    return this.#jobs.cancel(jobId);
  }

  jobs(caseId?: string): ScanJob[] {
    return this.#jobs.list(caseId);
  }

  // ---- inbox ---------------------------------------------------------------------------------

  inboxList(): InboxItem[] {
    return this.inbox.list();
  }

  async preview(id: string, page: number, maxSize: number): Promise<InboxPreview & { id: string }> {
    const item = this.inbox.get(id);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.inbox.pathOf(item));
    } catch (e) {
      throw toStorageError(e, this.inbox.pathOf(item));
    }
    return { id, ...(await renderPreview(item, bytes, page, maxSize, this.#previewWorker)) };
  }

  async assign(input: { id: string; caseId: string; documentType: DocumentType; developmentLevel: DevelopmentLevel }): Promise<{ caseId: string; documentId: string }> {
    const item = this.inbox.get(input.id);
    if (item.problem || !item.mediaType) throw new AppError('invalid_input', item.problem ?? 'Jenis berkas ini tidak dapat dimasukkan ke berkas permohonan.');
    await this.o.cases.get(input.caseId);
    const { documentId } = await this.o.sink.importInboxFile({
      caseId: input.caseId,
      file: this.inbox.pathOf(item),
      name: item.originalName,
      type: input.documentType,
      developmentLevel: input.developmentLevel,
    });
    // The case now holds its own copy (blob store): only then does the inbox forget it.
    await this.inbox.remove(item.id);
    this.o.events.inboxChanged(this.inbox.count);
    return { caseId: input.caseId, documentId };
  }

  async discard(id: string): Promise<{ id: string }> {
    await this.inbox.remove(id);
    this.o.events.inboxChanged(this.inbox.count);
    return { id };
  }

  // ---- settings ------------------------------------------------------------------------------

  settings(): { settings: ScanningSettings; hotFolder: HotFolderStatus } {
    return { settings: this.settingsFile.get(), hotFolder: this.#watcher.status };
  }

  async saveSettings(next: ScanningSettings): Promise<{ settings: ScanningSettings; hotFolder: HotFolderStatus }> {
    const problem = next.hotFolder.enabled ? hotFolderPathProblem(next.hotFolder.path, this.o.ctx.dataDir) : null;
    if (problem) throw new AppError('invalid_input', 'scan.hotFolderWrong', undefined, { 'hotFolder.path': problem });
    const saved = await this.settingsFile.save(next);
    const hotFolder = this.o.watchHotFolder ? await this.#watcher.configure(saved.hotFolder) : this.#watcher.status;
    return { settings: saved, hotFolder };
  }

  retryHotFolder(): Promise<HotFolderStatus> {
    return this.#watcher.retry();
  }
}

/** The hot folder must be a full path, and never the app's own data folder (it would take its own files). */
export function hotFolderPathProblem(folder: string, dataDir: string): MessageRef | null {
  if (!path.isAbsolute(folder) && !path.win32.isAbsolute(folder))
    return { key: 'scan.hotFolderNotAbsolute' };
  const rel = path.relative(path.resolve(dataDir), path.resolve(folder));
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)))
    return { key: 'scan.hotFolderInsideData' };
  return null;
}

function pickCaps(c: Omit<ScanCapabilities, 'deviceId'>): Omit<ScanCapabilities, 'deviceId'> {
  return { sources: c.sources, duplex: c.duplex, resolutions: c.resolutions, modes: c.modes, defaults: c.defaults };
}

function toAppError(e: unknown): unknown {
  if (!(e instanceof ScannerError)) return e;
  const f = e.fault.code;
  const code = f === 'device_gone' || f === 'tool_missing' ? 'not_found' : f === 'busy' ? 'conflict' : f === 'unsupported' ? 'invalid_input' : 'internal';
  return new AppError(code, e.fault.message);
}
