/**
 * The letters service (issue 5 §1–§2): settings (`letters.json`), the outgoing-letter register
 * (`letters-register.json`), content from the case record, PDF/A rendering in a document worker
 * thread, the step-8 password printed from memory only, and what the archive exporter needs.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../../shared/contract/result';
import type { CaseRecord } from '../../../shared/domain/case';
import {
  LETTER_KINDS, LETTER_KIND_LABELS, LETTER_STEP, type CaseLetter, type IssuedLetter, type LetterKind, type LettersSettings, type LettersSettingsInput, type PdfPreview,
} from '../../../shared/domain/letters';
import type { OperatorRef } from '../../../shared/domain/trail';
import { trailHeadOf } from '../../../shared/domain/trailHead';
import { foldTrail, type Folded } from '../../../shared/domain/workflowFold';
import { isDemoFolder } from '../demo/demoMarker';
import { pdfAssets } from '../documents/assets';
import type { DocumentService } from '../documents/service';
import { DocumentWorker } from '../documents/worker/pool';
import type { WorkerResult } from '../documents/worker/protocol';
import type { ReportPdfContent, RenderReportInput } from '../reports/pdf/renderReport';
import type { Store } from '../store/openStore';
import type { PasswordVault } from '../workflow/passwords';
import type { WorkflowSettingsFile } from '../workflow/settingsFile';
import type { ArchivedLetter, LetterArchiveSource } from './archiveLetter';
import { buildContent, contentHash, letterAvailable, letterVisits, today, type ContentInputs, type LetterContent } from './content';
import { formatLetterNumber } from '../../../shared/domain/letterNumber';
import type { LetterFonts, RenderLetterInput } from './pdf/renderLetter';
import { prepareLogo } from './logo';
import { LetterRegister } from './register';
import { readLetterStamp, type LetterStamp } from './stamp';
import { sampleCase } from './sampleCase';
import { LettersSettingsFile, checkLettersSettings } from './settingsFile';

export interface LettersDeps {
  documents: DocumentService;
  vault: PasswordVault;
  /** The workflow's own settings file (standard minutes for the control sheet): one instance, never a stale copy. */
  workflow: WorkflowSettingsFile;
}

/** The worker thread is closed after this long idle, so a core that is not closed explicitly leaks no thread. */
const WORKER_IDLE_MS = 30_000;

/** The QR payload (issue 5 §1): a paper copy is checked against the archive by case number and hash. */
export function letterQrText(content: LetterContent, hash: string): string {
  return `LOKET-AKUN|${content.caseNumber}|${content.number || content.kind}|${hash}`;
}

export function letterFonts(): LetterFonts {
  const { fontFile } = pdfAssets();
  const dir = path.dirname(fontFile);
  return {
    regular: path.join(dir, 'LiberationSerif-Regular.ttf'),
    bold: path.join(dir, 'LiberationSerif-Bold.ttf'),
    italic: path.join(dir, 'LiberationSerif-Italic.ttf'),
    sans: fontFile,
  };
}

interface Rendered {
  pdf: Uint8Array;
  pages: number;
}

export class LettersService implements LetterArchiveSource {
  readonly settings: LettersSettingsFile;
  readonly register: LetterRegister;
  #worker: DocumentWorker | undefined;
  #idle: NodeJS.Timeout | undefined;
  #busy = 0;

  constructor(
    readonly store: Store,
    readonly deps: LettersDeps,
  ) {
    this.settings = new LettersSettingsFile(store.ctx);
    this.register = new LetterRegister(store.ctx);
  }

  async close(): Promise<void> {
    clearTimeout(this.#idle);
    const w = this.#worker;
    this.#worker = undefined;
    await w?.close();
  }

  /** letters.logo: stores an uploaded logo (checked, normalised to PNG) and answers its blob for `settings.logo`. */
  async storeLogo(bytes: Buffer): Promise<{ logo: string; width: number; height: number; dataUrl: string }> {
    const { png, width, height } = await prepareLogo(bytes);
    const put = await this.deps.documents.blobs.put(png);
    // Kept: content-addressed and small; the settings reference it once saved.
    await this.deps.documents.blobs.release([put], false);
    return { logo: put.sha256, width, height, dataUrl: `data:image/png;base64,${png.toString('base64')}` };
  }

  /** letters.settings.save: the logo must be a PNG/JPEG already in the blob store. */
  async saveSettings(input: LettersSettingsInput): Promise<LettersSettings> {
    const checked = checkLettersSettings(input);
    if (checked.logo) {
      const bytes = (await this.deps.documents.blobs.has(checked.logo)) ? await this.deps.documents.blobs.read(checked.logo) : null;
      const image = bytes !== null && ((bytes[0] === 0x89 && bytes[1] === 0x50) || (bytes[0] === 0xff && bytes[1] === 0xd8));
      if (!image) throw new AppError('invalid_input', 'letters.logoMissing', undefined, { logo: { key: 'letters.logoMissingField' } });
    }
    return this.settings.write(checked);
  }

  // -------------------------------------------------------------------------------------------
  // Content

  async #inputs(record: CaseRecord, letters?: LettersSettings, folded: Folded = foldTrail(record.events)): Promise<ContentInputs & { folded: Folded }> {
    await this.deps.workflow.load();
    const settings = this.store.settings.get();
    const caseNumbers = new Map<string, string>();
    for (const c of folded.completions) {
      if (c.payload.step !== 5) continue;
      for (const id of c.payload.data.comparedCases) {
        if (caseNumbers.has(id)) continue;
        try {
          caseNumbers.set(id, (await this.store.cases.get(id)).caseNumber);
        } catch {
          // A compared case that cannot be read is cited by its id.
        }
      }
    }
    return {
      agency: settings.agency,
      zone: settings.timeZone,
      letters: letters ?? (await this.settings.load()),
      workflow: this.deps.workflow.get(),
      caseNumbers,
      now: this.store.ctx.now(),
      sample: await isDemoFolder(this.store.ctx),
      folded,
    };
  }

  #checkAvailable(record: CaseRecord, kind: LetterKind, visit: number, folded: Folded): void {
    if (letterAvailable(record, kind, visit, folded)) return;
    const title = LETTER_KIND_LABELS[kind].id;
    if (visit > letterVisits(record, kind, folded)) throw new AppError('not_found', `${title} ke-${visit} tidak ada pada berkas ${record.caseNumber}.`);
    const step = LETTER_STEP[kind];
    throw new AppError('conflict', `${title} baru dapat diterbitkan setelah langkah ${step} SOP selesai (berkas ${record.caseNumber}).`);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering (documents worker thread)

  #ensureWorker(): DocumentWorker {
    clearTimeout(this.#idle);
    this.#worker ??= new DocumentWorker();
    return this.#worker;
  }

  async #render(content: LetterContent, letters: LettersSettings, opts: { password: string | null; draft: boolean; createdAt: string }): Promise<Rendered> {
    const hash = contentHash(content);
    const logo = letters.logo ? new Uint8Array(await this.deps.documents.blobs.read(letters.logo)) : null;
    const input: RenderLetterInput = {
      content,
      contentHash: hash,
      qrText: letterQrText(content, hash),
      logo,
      password: opts.password,
      draft: opts.draft,
      numbered: letters.templates[content.kind].numbered,
      createdAt: opts.createdAt,
      fileId: randomBytes(16).toString('hex'),
      fonts: letterFonts(),
      iccFile: pdfAssets().iccFile,
    };
    const result = await this.#inWorker({ task: 'renderLetter', input });
    if (result.task !== 'renderLetter') throw new Error('unexpected worker result');
    return { pdf: result.pdf, pages: result.pages };
  }

  /**
   * A report document as PDF/A-2b (issue 11 §3; docs/reports.md) in the same worker, with the
   * letters' letterhead logo and fonts: the reports are naskah dinas of the same office.
   */
  async renderReport(content: ReportPdfContent, createdAt: string): Promise<Uint8Array> {
    const letters = await this.settings.load();
    const logo = letters.logo ? new Uint8Array(await this.deps.documents.blobs.read(letters.logo)) : null;
    const input: RenderReportInput = { content, logo, createdAt, fileId: randomBytes(16).toString('hex'), fonts: letterFonts(), iccFile: pdfAssets().iccFile };
    const result = await this.#inWorker({ task: 'renderReport', input });
    if (result.task !== 'renderReport') throw new Error('unexpected worker result');
    return result.pdf;
  }

  /** Runs a task in the documents worker, started on demand and closed after WORKER_IDLE_MS idle. */
  async #inWorker(task: Parameters<DocumentWorker['run']>[0]): Promise<WorkerResult> {
    const worker = this.#ensureWorker();
    this.#busy++;
    try {
      return await worker.run(task);
    } finally {
      if (--this.#busy === 0) {
        this.#idle = setTimeout(() => {
          const w = this.#worker;
          this.#worker = undefined;
          void w?.close();
        }, WORKER_IDLE_MS);
        this.#idle.unref();
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // The contract's operations

  async list(caseId: string): Promise<CaseLetter[]> {
    const record = await this.store.cases.get(caseId);
    const inputs = await this.#inputs(record);
    const { folded } = inputs;
    const out: CaseLetter[] = [];
    for (const kind of LETTER_KINDS) {
      for (let visit = 1; visit <= letterVisits(record, kind, folded); visit++) {
        const issued = await this.register.latest(caseId, kind, visit);
        const available = letterAvailable(record, kind, visit, folded);
        const stale = issued !== null && available && contentHash(buildContent(record, kind, visit, inputs, issued)) !== issued.contentHash;
        out.push({
          kind,
          visit,
          title: LETTER_KIND_LABELS[kind].id + (visit > 1 ? ` (ke-${visit})` : ''),
          available,
          issued,
          stale,
          passwordAvailable: kind === 'notification' && this.deps.vault.reveal(caseId) !== null,
        });
      }
    }
    return out;
  }

  /**
   * Issues a letter (printing it): the first print takes the year's next number and today's date;
   * again with unchanged content it returns the same entry; with changed content it makes version+1
   * under the same number. `archiveCopy` (the archiver, issue 10 §8): a letter not printed in its
   * current version becomes an archive copy that takes no new number and says it was never printed;
   * printing it later still gives it its number then. `byArchiver`: issued at export, not printed
   * (recorded, so the register can tell a printed letter from one the archiver numbered); printing
   * such a version later records the print as an entry of the same version. The archived PDF never
   * carries the password. Serialised, so two letters never get one number.
   */
  issue(
    caseId: string, kind: LetterKind, visit: number, operator: OperatorRef | null, known?: CaseRecord, options: { archiveCopy?: boolean; byArchiver?: boolean } = {},
  ): Promise<IssuedLetter> {
    const archiveCopy = options.archiveCopy === true;
    const byArchiver = options.byArchiver === true || archiveCopy;
    return this.store.ctx.queues.run('letters:issue', async () => {
      const record = known ?? (await this.store.cases.get(caseId));
      const inputs = await this.#inputs(record);
      this.#checkAvailable(record, kind, visit, inputs.folded);
      const latest = await this.register.latest(caseId, kind, visit);
      // Printing an archive copy makes a printed version (number and date of the first print).
      const reusable = latest !== null && (archiveCopy || !latest.archiveCopy);
      if (latest && reusable && contentHash(buildContent(record, kind, visit, inputs, latest)) === latest.contentHash) {
        if (byArchiver || !latest.byArchiver) return latest;
        // An operator prints what the archiver only numbered (the control sheet): the same letter, now printed.
        const printed: IssuedLetter = { ...latest, issuedAt: this.store.ctx.now().toISOString(), operator: operator ? { id: operator.id, name: operator.name } : null, byArchiver: false };
        await this.register.append(printed);
        return printed;
      }
      const now = this.store.ctx.now();
      const date = today(now, inputs.zone);
      const template = inputs.letters.templates[kind];
      let number = '';
      let seq = 0;
      let year = Number(date.slice(0, 4));
      if (latest) ({ number, seq, year } = latest);
      if (!number && template.numbered && !archiveCopy) {
        year = Number(date.slice(0, 4));
        seq = await this.register.nextSeq(year);
        number = formatLetterNumber(inputs.letters.numberPattern, seq, template.code, date, this.store.settings.get().workstationCode);
      }
      // The register keeps the trail's head as it is now; the control sheet prints the same one.
      const head = trailHeadOf(record.events);
      const content = buildContent(record, kind, visit, inputs, { number, date, archiveCopy, ...(head ? { trailHead: head } : {}) });
      const hash = contentHash(content);
      const issuedAt = now.toISOString();
      const rendered = await this.#render(content, inputs.letters, { password: null, draft: false, createdAt: issuedAt });
      const put = await this.deps.documents.blobs.put(rendered.pdf);
      let ok = false;
      try {
        const entry: IssuedLetter = {
          caseId,
          kind,
          visit,
          version: (latest?.version ?? 0) + 1,
          number,
          year,
          seq,
          issuedAt,
          date,
          contentHash: hash,
          blob: put.sha256,
          bytes: put.bytes,
          pages: rendered.pages,
          operator: operator ? { id: operator.id, name: operator.name } : null,
          ...(head ? { trailHead: head } : {}),
          archiveCopy,
          byArchiver,
        };
        await this.register.append(entry);
        ok = true;
        return entry;
      } finally {
        await this.deps.documents.blobs.release([put], !ok);
      }
    });
  }

  /**
   * The PDF to print: the issued version (the archived bytes, or — step 8 with `includePassword` —
   * the same content with the password drawn from memory), or a draft when not issued or stale.
   * Nothing is written: the password exists only in this process (docs/sop.md §Decided: Password never stored).
   */
  async printable(caseId: string, kind: LetterKind, visit: number, includePassword: boolean): Promise<{ pdf: Uint8Array; number: string; contentHash: string; draft: boolean }> {
    const record = await this.store.cases.get(caseId);
    const folded = foldTrail(record.events);
    this.#checkAvailable(record, kind, visit, folded);
    let password: string | null = null;
    if (includePassword) {
      if (kind !== 'notification') throw new AppError('invalid_input', 'letters.passwordOnlyOnNotice');
      password = this.deps.vault.reveal(caseId);
      if (password === null)
        throw new AppError('not_found', 'letters.passwordGone');
    }
    const inputs = await this.#inputs(record, undefined, folded);
    const latest = await this.register.latest(caseId, kind, visit);
    const issuedContent = latest ? buildContent(record, kind, visit, inputs, latest) : null;
    if (latest && issuedContent && contentHash(issuedContent) === latest.contentHash) {
      if (issuedContent.password === null) password = null;
      if (password === null) return { pdf: new Uint8Array(await this.deps.documents.blobs.read(latest.blob)), number: latest.number, contentHash: latest.contentHash, draft: false };
      const printed = await this.#render(issuedContent, inputs.letters, { password, draft: false, createdAt: latest.issuedAt });
      return { pdf: printed.pdf, number: latest.number, contentHash: latest.contentHash, draft: false };
    }
    // Not issued yet, or the case changed since: a draft (the number stays once it has one).
    const content = buildContent(record, kind, visit, inputs, { number: latest?.number ?? '', date: today(this.store.ctx.now(), inputs.zone) });
    if (content.password === null) password = null;
    const draft = await this.#render(content, inputs.letters, { password, draft: true, createdAt: this.store.ctx.now().toISOString() });
    return { pdf: draft.pdf, number: content.number, contentHash: contentHash(content), draft: true };
  }

  async preview(caseId: string, kind: LetterKind, visit: number, includePassword: boolean, dpi: number): Promise<PdfPreview & { number: string; contentHash: string }> {
    const p = await this.printable(caseId, kind, visit, includePassword);
    const pages = await this.deps.documents.previewPdf(p.pdf, dpi);
    return { ...pages, number: p.number, contentHash: p.contentHash };
  }

  /** Unsaved settings on the sample case (settings screen's live preview); writes nothing. */
  async templatePreviewPdf(input: LettersSettingsInput, kind: LetterKind): Promise<Uint8Array> {
    const letters = checkLettersSettings(input);
    await this.deps.workflow.load();
    const now = this.store.ctx.now();
    const record = sampleCase(kind, now, this.deps.workflow.get());
    const inputs = await this.#inputs(record, letters);
    const date = today(now, inputs.zone);
    const template = letters.templates[kind];
    const number = template.numbered ? formatLetterNumber(letters.numberPattern, 1, template.code, date, this.store.settings.get().workstationCode) : '';
    const content = buildContent(record, kind, 1, inputs, { number, date });
    // Marked as a draft: a sample, never a letter to hand out.
    return (await this.#render(content, letters, { password: null, draft: true, createdAt: now.toISOString() })).pdf;
  }

  async templatePreview(input: LettersSettingsInput, kind: LetterKind, dpi: number): Promise<PdfPreview> {
    return this.deps.documents.previewPdf(await this.templatePreviewPdf(input, kind), dpi);
  }

  // -------------------------------------------------------------------------------------------
  // For the archive exporter and the registers

  /** Latest version of each letter issued for a case (the registers' *Daftar Isi Berkas*). */
  async issuedLetters(caseId: string): Promise<IssuedLetter[]> {
    const all = await this.register.ofCase(caseId);
    const latest = new Map<string, IssuedLetter>();
    for (const l of all) latest.set(`${l.kind}#${l.visit}`, l);
    return [...latest.values()].sort((a, b) => LETTER_KINDS.indexOf(a.kind) - LETTER_KINDS.indexOf(b.kind) || a.visit - b.visit);
  }

  async lettersForArchive(record: CaseRecord): Promise<ArchivedLetter[]> {
    const out: ArchivedLetter[] = [];
    const inputs = await this.#inputs(record);
    for (const kind of LETTER_KINDS) {
      for (let visit = 1; visit <= letterVisits(record, kind, inputs.folded); visit++) {
        if (!letterAvailable(record, kind, visit, inputs.folded)) continue;
        // The control sheet is the archive's own record, completed at step 9: issued as usual.
        const issued = await this.issue(record.id, kind, visit, this.store.cases.activeOperator(), record, { archiveCopy: kind !== 'control_sheet', byArchiver: true });
        const content = buildContent(record, kind, visit, inputs, issued);
        out.push({
          issued,
          title: LETTER_KIND_LABELS[kind].id,
          pdf: new Uint8Array(await this.deps.documents.blobs.read(issued.blob)),
          content: content as unknown as Record<string, unknown>,
        });
      }
    }
    return out;
  }

  readStamp(pdf: Uint8Array): Promise<LetterStamp | null> {
    return readLetterStamp(pdf);
  }

}

export function openLetters(store: Store, deps: LettersDeps): LettersService {
  return new LettersService(store, deps);
}
