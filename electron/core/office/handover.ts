/**
 * "Serahkan ke komputer lain" (issue 12 §5; docs/office.md "Handing a case over"): an open case moves to
 * another workstation through the shared drive, and is never active on two PCs at once.
 *
 * Sender: the `handed_over` event is recorded first — from then on the case is read-only here —
 * and only then is the package written: `<root>/.loket/handover/<case id>/` with the record, the
 * blobs it names and `manifest.json` (the record's sha256, every blob's sha256 and size), staged
 * under `.staging-…` and renamed into place, so a package is whole or absent. An interrupted
 * hand-over is resumed by handing over again to the same workstation.
 *
 * Receiver: checks the manifest is for it, the record's bytes against the manifest, the record's
 * trail (hash chain, and the record against what its trail implies), that the trail ends handed
 * over to it, and every blob against its sha256 — only then stores the blobs and the case, with a
 * `handover_received` event, and writes its receipt `<case id>.received.json`. The sender removes
 * its package once it sees the receipt. Receiving again after an interruption finishes the job.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/result';
import { caseRecordSchema, type CaseRecord } from '../../../shared/domain/case';
import { foldTrail, handedOverTo } from '../../../shared/domain/workflowFold';
import type { OperatorRef } from '../../../shared/domain/trail';
import { documentsOf } from '../documents/service';
import type { Store } from '../store/openStore';
import { syncDirectory, writeFileDurable, writeNewFileSynced } from '../store/durableWrite';
import { errnoCode } from '../store/storageError';
import { appendEvents, verifyTrail } from '../workflow/trail';
import { OFFICE_DIR } from './officeFiles';
import { computerName } from './workstationClaims';

export const handoverDir = (root: string) => path.join(root, OFFICE_DIR, 'handover');
const packageDir = (root: string, caseId: string) => path.join(handoverDir(root), caseId);
const receiptPath = (root: string, caseId: string) => path.join(handoverDir(root), `${caseId}.received.json`);
const MANIFEST = 'manifest.json';
const RECORD = 'record.json';

const manifestSchema = z.object({
  v: z.literal(1),
  caseId: z.string(),
  caseNumber: z.string(),
  from: z.string(),
  to: z.string(),
  computer: z.string(),
  at: z.string(),
  /** Who asked and where the case stands, for the receiver's list (absent in packages of earlier versions). */
  requesterName: z.string().default(''),
  step: z.number().int().min(1).max(9).nullable().default(null),
  recordSha256: z.string().regex(/^[0-9a-f]{64}$/),
  blobs: z.array(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().nonnegative() })),
});
export type HandoverManifest = z.infer<typeof manifestSchema>;

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Every blob a record names (`"blob": "<sha256>"` anywhere in it: pages, originals, built PDFs, OCR). */
export function blobsOfRecord(record: CaseRecord): string[] {
  return [...new Set([...JSON.stringify(record).matchAll(/"blob":"([0-9a-f]{64})"/g)].map((m) => m[1] as string))].sort();
}

export interface HandoverContext {
  store: Store;
  root: string;
  /** This workstation's code. */
  code: string;
  operator: OperatorRef | null;
  source: 'app' | 'cli';
}

/** Sender, step 1: the case becomes read-only here, handed over to `to` (a no-op when it already is). */
export async function markHandedOver(ctx: HandoverContext, id: string, to: string): Promise<CaseRecord> {
  return ctx.store.cases.update(id, null, (r) => {
    if (r.status === 'closed') throw new AppError('conflict', 'handover.closed', { caseNumber: r.caseNumber });
    const at = ctx.store.ctx.now().toISOString();
    return { ...r, events: appendEvents(r, [{ type: 'handed_over', payload: { to, computer: computerName() }, at, operator: ctx.operator, source: ctx.source }]) };
  });
}

/** Sender, step 2: the package on the share (whole or absent); resumable. */
export async function publishPackage(ctx: HandoverContext, record: CaseRecord): Promise<HandoverManifest> {
  const to = handedOverTo(record.events);
  if (!to) throw new Error(`publishPackage: ${record.id} is not handed over`);
  const final = packageDir(ctx.root, record.id);
  const existing = await readManifest(final);
  // Already there (an earlier attempt got this far) and whole: nothing to redo; damaged: written again.
  if (existing && existing.to === to && existing.recordSha256 === sha256(JSON.stringify(record)) && (await packageIntact(final, existing))) return existing;
  const blobs = documentsOf(ctx.store).blobs;
  await fs.mkdir(path.join(ctx.root, OFFICE_DIR)).catch((e: unknown) => (errnoCode(e) === 'EEXIST' ? undefined : Promise.reject(e)));
  await fs.mkdir(handoverDir(ctx.root)).catch((e: unknown) => (errnoCode(e) === 'EEXIST' ? undefined : Promise.reject(e)));
  const staging = path.join(handoverDir(ctx.root), `.staging-${record.id}-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(path.join(staging, 'blobs'), { recursive: true });
  try {
    const list: HandoverManifest['blobs'] = [];
    for (const b of blobsOfRecord(record)) {
      const data = await blobs.read(b);
      await writeNewFileSynced(path.join(staging, 'blobs', b), data);
      list.push({ sha256: b, bytes: data.byteLength });
    }
    const text = JSON.stringify(record);
    await writeNewFileSynced(path.join(staging, RECORD), text);
    const manifest: HandoverManifest = {
      v: 1, caseId: record.id, caseNumber: record.caseNumber, from: ctx.code, to, computer: computerName(), at: ctx.store.ctx.now().toISOString(),
      requesterName: record.intake.requester.name, step: foldTrail(record.events).step, recordSha256: sha256(text), blobs: list,
    };
    // The manifest last: a package without it is never read.
    await writeNewFileSynced(path.join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await syncDirectory(path.join(staging, 'blobs'));
    await syncDirectory(staging);
    // A stale package of an earlier attempt (another record) gives way to this one.
    await fs.rm(final, { recursive: true, force: true });
    await fs.rename(staging, final);
    await syncDirectory(handoverDir(ctx.root));
    return manifest;
  } finally {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function packageIntact(dir: string, m: HandoverManifest): Promise<boolean> {
  for (const b of m.blobs) {
    const data = await fs.readFile(path.join(dir, 'blobs', b.sha256)).catch(() => null);
    if (!data || sha256(data) !== b.sha256) return false;
  }
  const text = await fs.readFile(path.join(dir, RECORD), 'utf8').catch(() => '');
  return sha256(text) === m.recordSha256;
}

async function readManifest(dir: string): Promise<HandoverManifest | null> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Packages on the share for workstation `code` that it has not yet confirmed receiving. */
export async function incomingPackages(root: string, code: string): Promise<HandoverManifest[]> {
  const names = await fs.readdir(handoverDir(root)).catch((e: unknown) => (errnoCode(e) === 'ENOENT' ? ([] as string[]) : Promise.reject(e)));
  const out: HandoverManifest[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('.') || name.endsWith('.json')) continue;
    const m = await readManifest(path.join(handoverDir(root), name));
    if (m && m.to === code && m.caseId === name && !names.includes(`${name}.received.json`)) out.push(m);
  }
  return out;
}

/** Sender, after the receiver's receipt: its package is no longer needed (only its own folder is removed). */
export async function removeReceivedPackages(root: string, code: string): Promise<string[]> {
  const names = await fs.readdir(handoverDir(root)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!names.includes(`${name}.received.json`)) continue;
    const m = await readManifest(path.join(handoverDir(root), name));
    if (m?.from !== code) continue;
    await fs.rm(path.join(handoverDir(root), name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

const refuse = (caseNumber: string, why: string) =>
  new AppError('corrupt', `Berkas ${caseNumber} tidak diterima: ${why} Tidak ada yang disimpan di komputer ini; minta komputer pengirim menyerahkan ulang (Serahkan ke komputer lain).`);

/** Receiver: verifies the package, then stores its blobs and the case (idempotent), then writes the receipt. */
export async function receivePackage(ctx: HandoverContext, caseId: string): Promise<CaseRecord> {
  const dir = packageDir(ctx.root, caseId);
  const manifest = await readManifest(dir);
  if (!manifest) throw new AppError('not_found', 'handover.noPackage', { caseId });
  if (manifest.to !== ctx.code) throw new AppError('conflict', 'handover.notForHere', { caseNumber: manifest.caseNumber, to: manifest.to, code: ctx.code });
  const local = ctx.store.cases.register.get(caseId);
  if (local) {
    const here = await ctx.store.cases.get(caseId);
    const last = here.events.at(-1);
    // Taken already (the receipt was not written before an interruption): finish the job.
    if (last?.type === 'handover_received' && handedOverTo(here.events) === null) {
      await writeReceipt(ctx, manifest);
      return here;
    }
    throw new AppError('conflict', 'handover.alreadyHere', { caseNumber: manifest.caseNumber, caseId });
  }
  const text = await fs.readFile(path.join(dir, RECORD), 'utf8');
  if (sha256(text) !== manifest.recordSha256) throw refuse(manifest.caseNumber, 'data berkasnya tidak sama dengan yang dicatat pengirim (berubah atau rusak di drive bersama).');
  let parsed: CaseRecord;
  try {
    parsed = caseRecordSchema.parse(JSON.parse(text));
  } catch {
    throw refuse(manifest.caseNumber, 'data berkasnya tidak terbaca.');
  }
  if (parsed.id !== caseId) throw refuse(manifest.caseNumber, `paket berisi berkas lain (${parsed.id}).`);
  const verdict = verifyTrail(parsed);
  if (!verdict.ok) throw refuse(manifest.caseNumber, `jejak auditnya tidak utuh (${verdict.message})`);
  if (handedOverTo(parsed.events) !== ctx.code) throw refuse(manifest.caseNumber, `jejak auditnya tidak berakhir dengan penyerahan ke ${ctx.code}.`);
  const named = blobsOfRecord(parsed);
  const listed = new Set(manifest.blobs.map((b) => b.sha256));
  const missing = named.filter((b) => !listed.has(b));
  if (missing.length > 0) throw refuse(manifest.caseNumber, `${missing.length} dokumen yang disebut berkas tidak ada dalam paket.`);
  // Every blob read and checked before any is stored.
  const datas: Buffer[] = [];
  for (const b of manifest.blobs) {
    const data = await fs.readFile(path.join(dir, 'blobs', b.sha256)).catch(() => null);
    if (!data || sha256(data) !== b.sha256) throw refuse(manifest.caseNumber, `dokumen ${b.sha256.slice(0, 12)}… ${data ? 'rusak (sidik sha256 tidak cocok)' : 'tidak ada dalam paket'}.`);
    datas.push(data);
  }
  const blobs = documentsOf(ctx.store).blobs;
  const puts = [];
  try {
    for (const data of datas) puts.push(await blobs.put(data));
    const at = ctx.store.ctx.now().toISOString();
    const adopted = await ctx.store.cases.adopt({
      ...parsed,
      events: appendEvents(parsed, [{ type: 'handover_received', payload: { from: manifest.from, computer: computerName() }, at, operator: ctx.operator, source: ctx.source }]),
      revision: parsed.revision + 1,
      updatedAt: at,
    });
    await blobs.release(puts, false);
    await writeReceipt(ctx, manifest);
    return adopted;
  } catch (e) {
    await blobs.release(puts, true);
    throw e;
  }
}

async function writeReceipt(ctx: HandoverContext, m: HandoverManifest): Promise<void> {
  await writeFileDurable(receiptPath(ctx.root, m.caseId), `${JSON.stringify({ v: 1, caseId: m.caseId, by: ctx.code, computer: computerName(), at: ctx.store.ctx.now().toISOString(), recordSha256: m.recordSha256 }, null, 2)}\n`);
}

const receiptSchema = z.object({ caseId: z.string(), by: z.string(), at: z.string() });

/** A hand-over from here: its package on the share (whole), and the receiver's receipt when there is one. */
export async function handoverProgress(root: string, record: CaseRecord): Promise<{ to: string; published: boolean; receivedAt: string | null }> {
  const to = handedOverTo(record.events) ?? '';
  const receipt = await fs
    .readFile(receiptPath(root, record.id), 'utf8')
    .then((t) => receiptSchema.safeParse(JSON.parse(t)))
    .catch(() => null);
  if (receipt?.success && receipt.data.by === to) return { to, published: true, receivedAt: receipt.data.at };
  const m = await readManifest(packageDir(root, record.id));
  return { to, published: m !== null && m.recordSha256 === sha256(JSON.stringify(record)), receivedAt: null };
}
