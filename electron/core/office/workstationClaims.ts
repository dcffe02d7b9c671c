/**
 * Workstation identity on the share (issue 12 §3): a PC claims its workstation code by creating
 * `<root>/.loket/workstations/<code>.json` exclusively. Two PCs set to the same code would number
 * cases alike and publish bags under the same names; the second one is told, naming the first,
 * before it numbers a case or exports. The claim names this data folder by a random install id
 * (`install.json`, kept in backups so a PC restored after a disk failure is still itself).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/result';
import { workstationClaimSchema, type WorkstationClaim } from '../../../shared/domain/office';
import { writeFileDurable, writeNewFileSynced } from '../store/durableWrite';
import { errnoCode } from '../store/storageError';
import { formatWaktu, type ZonaWaktu } from '../../../shared/dates';
import { claimPath, ensureOfficeDir, workstationsDir } from './officeFiles';

export const INSTALL_FILE = 'install.json';
const installSchema = z.object({ v: z.literal(1), installId: z.string().min(8).max(64) });

/** Callers asking while the id is being made share that one attempt (see installIdOf). */
const making = new Map<string, Promise<string>>();

/**
 * This data folder's install id, made on first use. Saving the archive settings starts a sync while
 * an export may be claiming too: two callers finding no file must not make two ids, or the second
 * claim would name the first as another PC (the data folder lock keeps other processes out).
 */
export function installIdOf(dataDir: string): Promise<string> {
  const key = path.resolve(dataDir);
  let pending = making.get(key);
  if (!pending) {
    pending = readOrMakeInstallId(key).finally(() => making.delete(key));
    making.set(key, pending);
  }
  return pending;
}

async function readOrMakeInstallId(dataDir: string): Promise<string> {
  const file = path.join(dataDir, INSTALL_FILE);
  try {
    const parsed = installSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    if (parsed.success) return parsed.data.installId;
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT' && !(e instanceof SyntaxError)) throw e;
  }
  const installId = randomUUID();
  await writeFileDurable(file, `${JSON.stringify({ v: 1, installId })}\n`);
  return installId;
}

export const computerName = () => os.hostname().slice(0, 120);

async function readClaim(root: string, code: string): Promise<WorkstationClaim | null> {
  try {
    const parsed = workstationClaimSchema.safeParse(JSON.parse(await fs.readFile(claimPath(root, code), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch (e) {
    if (errnoCode(e) === 'ENOENT' || e instanceof SyntaxError) return null;
    throw e;
  }
}

/**
 * The claim another PC holds. Its exclusive create makes the file before its bytes land, so an
 * empty or unparsable file is read again for a moment before it counts as torn.
 */
async function settledClaim(root: string, code: string): Promise<WorkstationClaim | null> {
  for (let attempt = 0; ; attempt++) {
    const held = await readClaim(root, code);
    if (held || attempt >= CLAIM_SETTLE_TRIES) return held;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const CLAIM_SETTLE_TRIES = 3;

/** Every claim on the share, by code (an unreadable file is skipped). */
export async function listClaims(root: string): Promise<WorkstationClaim[]> {
  const names = await fs.readdir(workstationsDir(root)).catch((e: unknown) => (errnoCode(e) === 'ENOENT' ? [] : Promise.reject(e)));
  const claims: WorkstationClaim[] = [];
  for (const n of names.sort()) {
    const m = /^([A-Z0-9]{2,8})\.json$/.exec(n);
    if (!m?.[1]) continue;
    const c = await readClaim(root, m[1]);
    if (c && c.code === m[1]) claims.push(c);
  }
  return claims;
}

/** What the admin of the second PC reads (Indonesian; names the PC that holds the code). */
export function conflictMessage(claim: WorkstationClaim, zone: ZonaWaktu): string {
  return (
    `Kode workstation ${claim.code} sudah dipakai komputer lain (${claim.computer || 'tanpa nama'}, sejak ${formatWaktu(claim.claimedAt, zone)}) di drive bersama. ` +
    'Dua komputer dengan kode yang sama akan memberi nomor berkas dan nama arsip yang sama. Ganti kode workstation di Pengaturan → Profil instansi, ' +
    'atau bila komputer ini menggantikan komputer itu, ambil alih kodenya (loket workstation --take-over).'
  );
}

export interface ClaimOptions {
  root: string;
  code: string;
  installId: string;
  now: Date;
  /** Replace another PC's claim (this PC replaces it); only on an explicit request. */
  takeOver?: boolean;
  zone: ZonaWaktu;
}

/**
 * Claims `code` for this data folder; returns the claim in force. Throws `conflict` when another
 * data folder holds it (unless `takeOver`).
 */
export async function claimWorkstation(o: ClaimOptions): Promise<WorkstationClaim> {
  const mine: WorkstationClaim = { v: 1, code: o.code, installId: o.installId, computer: computerName(), claimedAt: o.now.toISOString() };
  await ensureOfficeDir(o.root, 'workstations');
  const file = claimPath(o.root, o.code);
  if (o.takeOver) {
    await writeFileDurable(file, `${JSON.stringify(mine, null, 2)}\n`);
    return mine;
  }
  try {
    // Exclusive create: of two PCs claiming at once, one wins.
    await writeNewFileSynced(file, `${JSON.stringify(mine, null, 2)}\n`);
    return mine;
  } catch (e) {
    if (errnoCode(e) !== 'EEXIST') throw e;
  }
  const held = await settledClaim(o.root, o.code);
  // A claim file that does not parse (torn, hand-edited) is replaced: it protects nobody.
  if (!held) {
    await writeFileDurable(file, `${JSON.stringify(mine, null, 2)}\n`);
    return mine;
  }
  if (held.installId !== o.installId) throw new AppError('conflict', conflictMessage(held, o.zone));
  return held;
}
