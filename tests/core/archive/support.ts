/**
 * Archive tests: closed cases made through the real core (operator, intake, a scanned document, the
 * SOP driven to step 9), and an archive service opened on the same data folder with letters from a
 * small LetterArchiveSource that makes real PDFs with pdf-lib (the letters service is another
 * helper's work; its stamp is read back from the PDF the same way: XMP/Info, never from a side file).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { BAG_ALGORITHMS, manifestName, manifestText, tagManifestName } from '../../../electron/core/archive/bagit';
import { hashFileWith } from '../../../electron/core/archive/fixity';
import { ArchiveService } from '../../../electron/core/archive/archiveService';
import { ArchiveSettingsFile } from '../../../electron/core/archive/archiveSettingsFile';
import { openDocuments } from '../../../electron/core/documents/service';
import { CoreEvents } from '../../../electron/core/events';
import type { ArchivedLetter, LetterArchiveSource } from '../../../electron/core/letters/archiveLetter';
import { openStore, type Store } from '../../../electron/core/store/openStore';
import { canonicalJson, sha256Hex } from '../../../electron/core/workflow/canonical';
import { storeOf } from '../../../electron/core/createCore';
import { documentsOf } from '../../../electron/core/documents/service';
import type { CaseRecord } from '../../../shared/domain/case';
import type { LetterKind } from '../../../shared/domain/letters';
import { LETTER_KIND_LABELS } from '../../../shared/domain/letters';
import { localDate } from '../../../shared/dates';
import { validIntake } from '../../fixtures/intake';
import { call, openCore } from '../support/core';
import { closeAfterTest } from '../support/tempDir';
import { textPage } from '../documents/files';
import { drive, setUpOperator, TestClock } from '../workflow/support';
import { runningClock } from '../../support/clock';
import { testSettingsInput } from '../../fixtures/profile';

const STAMP_PREFIX = 'loket-stamp:';

async function letterPdf(title: string, stamp: { caseNumber: string; number: string; contentHash: string }, lines: readonly string[], issuedAt: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // Issued once: the same letter is the same bytes (the letters service stores it as a blob).
  doc.setCreationDate(issuedAt);
  doc.setModificationDate(issuedAt);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText(title, { x: 72, y: 760, size: 14, font });
  lines.forEach((l, i) => page.drawText(l, { x: 72, y: 730 - i * 16, size: 10, font }));
  doc.setSubject(`${STAMP_PREFIX}${JSON.stringify(stamp)}`);
  return doc.save();
}

/** Letters as the letters service hands them to the archive: numbered, with content and its hash in the PDF. */
export class TestLetters implements LetterArchiveSource {
  calls = 0;
  constructor(readonly kinds: readonly LetterKind[] = ['receipt', 'notification', 'control_sheet']) {}

  async lettersForArchive(record: CaseRecord): Promise<ArchivedLetter[]> {
    this.calls += 1;
    const out: ArchivedLetter[] = [];
    for (const [i, kind] of this.kinds.entries()) {
      const title = LETTER_KIND_LABELS[kind].id;
      const number = kind === 'control_sheet' ? '' : `${String(i + 1).padStart(3, '0')}/UKPBJ/XI/2026`;
      const content = { kind, caseNumber: record.caseNumber, requester: record.intake.requester.name, body: `${title} untuk ${record.intake.requester.name}.`, password: '[disamarkan]' };
      const contentHash = sha256Hex(canonicalJson(content));
      const pdf = await letterPdf(title, { caseNumber: record.caseNumber, number, contentHash }, [content.body, `Nomor: ${number}`], new Date(record.updatedAt));
      out.push({
        title, content, pdf,
        issued: {
          caseId: record.id, kind, visit: 1, version: 1, number, year: 2026, seq: number ? i + 1 : 0, issuedAt: record.updatedAt,
          date: localDate(new Date(record.updatedAt)), contentHash, blob: createHash('sha256').update(pdf).digest('hex'), bytes: pdf.byteLength, pages: 1,
          operator: null,
          archiveCopy: false,
          byArchiver: false,
        },
      });
    }
    this.#issued.set(record.id, out.map((l) => l.issued));
    return out;
  }

  readonly #issued = new Map<string, ArchivedLetter['issued'][]>();

  async issuedLetters(caseId: string): Promise<ArchivedLetter['issued'][]> {
    return this.#issued.get(caseId) ?? [];
  }

  async readStamp(pdf: Uint8Array): Promise<{ caseNumber: string; number: string; contentHash: string } | null> {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const subject = doc.getSubject();
    if (!subject?.startsWith(STAMP_PREFIX)) return null;
    return JSON.parse(subject.slice(STAMP_PREFIX.length)) as { caseNumber: string; number: string; contentHash: string };
  }
}

/** A closed case (reset path) with one scanned request letter; the core is closed again on return. */
export async function makeClosedCase(dir: string, opts: { pages?: number; pdfBuilt?: boolean; workstationCode?: string } = {}): Promise<{ id: string; caseNumber: string }> {
  const clock = new TestClock();
  const core = await openCore(dir, clock.now);
  await setUpOperator(core);
  // The bag names the agency: exports wait until the profile is filled in.
  await call(core, 'settings.save', testSettingsInput(opts.workstationCode ? { workstationCode: opts.workstationCode } : {}));
  const c = await call(core, 'cases.create', validIntake());
  const docs = documentsOf(storeOf(core));
  const pages: string[] = [];
  for (let i = 0; i < (opts.pages ?? 1); i++) pages.push(await textPage(path.join(dir, `page-${i}.png`), [`Surat permohonan halaman ${i + 1}`, c.caseNumber], { dpi: 100 }));
  const { document } = await docs.addPages(c.id, pages.map((file) => ({ file })), { type: 'request_letter', source: 'scanner', developmentLevel: 'asli', receivedDate: '2026-11-20' });
  if (opts.pdfBuilt) await docs.buildPdf(c.id, document.id, false);
  await drive(core, c.id, ['complete', 'valid', 'reset_done', 'notified', 'archived'], clock, 'reset_password');
  await core.close();
  return { id: c.id, caseNumber: c.caseNumber };
}

export interface ArchiveHarness {
  store: Store;
  events: CoreEvents;
  service: ArchiveService;
  settings: ArchiveSettingsFile;
  letters: TestLetters;
  changes: string[][];
}

/** The archive service over a data folder, as createHandlers wires it but with `letters` injected. */
export async function openArchiveOn(dataDir: string, letters = new TestLetters(), extra: Partial<ConstructorParameters<typeof ArchiveService>[0]> = {}): Promise<ArchiveHarness> {
  const events = new CoreEvents();
  const store = await openStore({ dataDir, now: runningClock().now, onCaseChanged: (ids) => events.emit('cases.changed', { ids }) });
  const documents = openDocuments(store, events);
  const settings = new ArchiveSettingsFile(store.ctx);
  const service = new ArchiveService({ store, documents, letters, settings, events, host: 'cli', softwareAgent: 'Loket Akun SPSE test', ...extra });
  const changes: string[][] = [];
  events.on('archive.changed', ({ ids }) => changes.push(ids));
  closeAfterTest(async () => {
    await service.close();
    await documents.close();
    await store.close();
  });
  return { store, events, service, settings, letters, changes };
}

export async function setRoot(h: ArchiveHarness, root: string): Promise<void> {
  const current = await h.settings.load();
  const { schemaVersion: _v, ...rest } = current;
  await h.settings.save({ ...rest, archiveRoot: root });
}

/**
 * What a careful forger does after editing a bag: recompute every manifest and tag manifest so the
 * BagIt checksums agree again. The checks above BagIt (audit chain, letter QR hashes) must still catch it.
 */
export async function reseal(bagDir: string): Promise<void> {
  const files = (await fs.readdir(path.join(bagDir, 'data'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const payload = files.map((e) => path.relative(bagDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
  for (const alg of BAG_ALGORITHMS) {
    const entries = [];
    for (const p of payload) entries.push({ path: p, digest: (await hashFileWith(path.join(bagDir, p), [alg])).digests[alg] as string });
    await fs.writeFile(path.join(bagDir, manifestName(alg)), manifestText(entries));
  }
  const info = path.join(bagDir, 'bag-info.txt');
  let bytes = 0;
  for (const p of payload) bytes += (await fs.stat(path.join(bagDir, p))).size;
  await fs.writeFile(info, (await fs.readFile(info, 'utf8')).replace(/Payload-Oxum: .*/, `Payload-Oxum: ${bytes}.${payload.length}`));
  const tags = (await fs.readdir(bagDir)).filter((n) => n !== 'data' && !n.startsWith('tagmanifest-')).sort();
  for (const alg of BAG_ALGORITHMS) {
    const entries = [];
    for (const t of tags) entries.push({ path: t, digest: (await hashFileWith(path.join(bagDir, t), [alg])).digests[alg] as string });
    await fs.writeFile(path.join(bagDir, tagManifestName(alg)), manifestText(entries));
  }
}

/** A copy of a bag to tamper with. */
export async function copyBag(bagDir: string, into: string): Promise<string> {
  const target = path.join(into, path.basename(bagDir));
  await fs.cp(bagDir, target, { recursive: true });
  return target;
}
