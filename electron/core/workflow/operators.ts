/**
 * Operators (`operators.json`) and the session at this PC: who is working, and the auto-lock after
 * idle minutes. Accountability (SOP *Peringatan*), not a security boundary: see docs/operators.md.
 * PINs are hashed with argon2id (@node-rs/argon2 runs on libuv's thread pool, off the event loop).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../../shared/contract/result';
import {
  OPERATORS_SCHEMA_VERSION, operatorsFileSchema, type OperatorPublic, type OperatorSession, type OperatorsFile, type OperatorsProblem, type StoredOperator,
} from '../../../shared/domain/operator';
import type { OperatorRef } from '../../../shared/domain/trail';
import { isDemoFolder } from '../demo/demoMarker';
import { QUARANTINE_DIR, type StoreContext } from '../store/context';
import { DurableJsonFile, type JsonFileKind, type LoadOutcome } from '../store/jsonFile';
import { PinAttempts } from './pinAttempts';
import type { Store } from '../store/openStore';

export const OPERATORS_FILE = 'operators.json';

const kind: JsonFileKind<OperatorsFile> = { schema: operatorsFileSchema, version: OPERATORS_SCHEMA_VERSION, migrations: [] };

/** After this many wrong PINs in a row the operator waits LOCKOUT_MS (slows guessing at the counter). */
const MAX_ATTEMPTS = 5;
const LOCKOUT_MS = 60_000;

const publicOf = ({ pinHash: _h, ...o }: StoredOperator): OperatorPublic => o;
export const refOf = (o: OperatorPublic): OperatorRef => ({ id: o.id, name: o.name, nip: o.nip });

/** Whether first-operator setup is open, or why the operators cannot be used (OperatorSession). */
export interface OperatorsAvailability {
  setupNeeded: boolean;
  operatorsProblem: OperatorsProblem | null;
}

/** What the admin reads when setup is refused: how to get operators.json back (docs/operations.md). */
export function operatorsProblemMessage(problem: OperatorsProblem): string {
  const restore =
    'Pulihkan operators.json dari cadangan terakhir (tutup aplikasi, lalu "loket restore"; lihat docs/operations.md bagian Cadangan), ' +
    'atau minta petugas TI menjalankan "loket operators reset" yang tercatat di operators-log.jsonl. Setelah itu petugas pertama dapat didaftarkan lagi.';
  switch (problem) {
    case 'missing':
      return `Daftar petugas (${OPERATORS_FILE}) tidak ada di folder data ini, padahal berkas permohonan di folder ini dikerjakan oleh petugas. Petugas pertama tidak dapat didaftarkan ulang dari aplikasi. ${restore}`;
    case 'corrupt':
      return `Daftar petugas (${OPERATORS_FILE}) rusak dan telah dipindahkan ke folder ${QUARANTINE_DIR}/. Petugas pertama tidak dapat didaftarkan ulang dari aplikasi. ${restore}`;
    case 'unsupported':
      return `Daftar petugas (${OPERATORS_FILE}) dibuat oleh versi aplikasi yang lebih baru dan tidak diubah. Perbarui aplikasi ini, atau hubungi petugas TI.`;
  }
}

export class OperatorRegistry {
  #operators: StoredOperator[] = [];
  #status: LoadOutcome<OperatorsFile>['status'] = 'missing';
  #reset = false;
  #quarantined = false;
  #demo = false;
  #namedInTrails = false;
  readonly #file: DurableJsonFile<OperatorsFile>;

  constructor(private readonly ctx: StoreContext) {
    this.#file = new DurableJsonFile(ctx, path.join(ctx.dataDir, OPERATORS_FILE), kind);
  }

  /**
   * `casesNameAnOperator`: whether any case's trail names an operator — asked only when there is no
   * operator and nothing else settles it (the rare path), as it may read every case.
   */
  async load(casesNameAnOperator: () => Promise<boolean>): Promise<void> {
    const outcome = await this.#file.load();
    this.#status = outcome.status;
    if (outcome.status === 'ok') {
      this.#operators = outcome.data.operators;
      this.#reset = outcome.data.reset !== undefined;
    }
    // A copy in quarantine: operators existed here even if the file is now gone (quarantined on an earlier start).
    const names = await fs.readdir(path.join(this.ctx.dataDir, QUARANTINE_DIR)).catch(() => [] as string[]);
    this.#quarantined = names.some((n) => /_operators\.json(\.\d+)?$/.test(n));
    await this.refreshFolder();
    // A demo folder settles it too (setup open): no scan of thousands of generated cases.
    const settled = this.#operators.length > 0 || this.#status === 'corrupt' || this.#status === 'unsupported' || this.#reset || this.#quarantined || this.#demo;
    this.#namedInTrails = !settled && (await casesNameAnOperator());
  }

  /** `loket demo` may mark the folder while the core is open. */
  async refreshFolder(): Promise<void> {
    this.#demo = await isDemoFolder(this.ctx);
  }

  /**
   * Issue 9 §3: losing operators.json must not hand the PC to whoever opens it next. Operators
   * existed here when operators.json was quarantined, or when a case's trail names one (every case
   * change is made by an unlocked operator; stripping the names breaks the hash chains): then the
   * list must be restored from a backup or reset by IT (recorded). Setup stays open in a new
   * folder (also one whose cases predate operators), after `loket operators reset`, and in a demo folder.
   */
  availability(): OperatorsAvailability {
    if (this.#operators.length > 0) return { setupNeeded: false, operatorsProblem: null };
    // Never written over: the newer app's operators would be lost.
    if (this.#status === 'unsupported') return { setupNeeded: false, operatorsProblem: 'unsupported' };
    if (this.#reset || this.#demo) return { setupNeeded: true, operatorsProblem: null };
    if (this.#status === 'corrupt' || this.#quarantined) return { setupNeeded: false, operatorsProblem: 'corrupt' };
    if (this.#namedInTrails) return { setupNeeded: false, operatorsProblem: 'missing' };
    return { setupNeeded: true, operatorsProblem: null };
  }

  list(): OperatorPublic[] {
    return this.#operators.map(publicOf);
  }

  find(id: string): StoredOperator | undefined {
    return this.#operators.find((o) => o.id === id);
  }

  async update(input: { operatorId: string; name: string; role: StoredOperator['role']; active: boolean }, by: OperatorRef): Promise<OperatorPublic> {
    const current = this.find(input.operatorId);
    if (!current) throw new AppError('not_found', 'operator.notFoundReload');
    if (!input.active && current.active) {
      if (current.id === by.id) throw new AppError('conflict', 'operator.notSelf');
      if (this.#operators.filter((o) => o.active).length <= 1) throw new AppError('conflict', 'operator.lastActive');
    }
    if (input.active && !current.active && this.#operators.some((o) => o.active && o.nip === current.nip))
      throw new AppError('conflict', 'operator.nipActive', { nip: current.nip });
    return publicOf(await this.#replace({ ...current, name: input.name, role: input.role, active: input.active }));
  }

  async changePin(operatorId: string, currentPin: string, pin: string): Promise<void> {
    const current = this.find(operatorId);
    if (!current) throw new AppError('not_found', 'operator.notFound');
    if (!(await verify(current.pinHash, currentPin))) throw new AppError('invalid_input', 'operator.wrongCurrentPin', undefined, { currentPin: { key: 'operator.wrongCurrentPin' } });
    await this.#replace({ ...current, pinHash: await hash(pin) });
  }

  async #replace(next: StoredOperator): Promise<StoredOperator> {
    const operators = this.#operators.map((o) => (o.id === next.id ? next : o));
    await this.#file.save({ schemaVersion: OPERATORS_SCHEMA_VERSION, operators });
    this.#operators = operators;
    return next;
  }

  async create(input: { name: string; nip: string; role: StoredOperator['role']; pin: string }): Promise<OperatorPublic> {
    if (this.#operators.some((o) => o.active && o.nip === input.nip))
      throw new AppError('conflict', 'operator.nipRegistered', { nip: input.nip }, { nip: { key: 'operator.nipRegisteredField' } });
    const operator: StoredOperator = {
      id: `op-${randomBytes(6).toString('hex')}`,
      name: input.name,
      nip: input.nip,
      role: input.role,
      active: true,
      createdAt: this.ctx.now().toISOString(),
      // @node-rs/argon2's default is argon2id (RFC 9106 §4's recommended variant); checked in the tests.
      pinHash: await hash(input.pin),
    };
    const next = [...this.#operators, operator];
    await this.#file.save({ schemaVersion: OPERATORS_SCHEMA_VERSION, operators: next });
    this.#operators = next;
    this.#status = 'ok';
    return publicOf(operator);
  }
}

export class OperatorSessionState {
  #operatorId: string | null = null;
  #locked = true;
  #lastActivity = 0;
  #readOnly = false;

  constructor(
    private readonly registry: OperatorRegistry,
    private readonly attempts: PinAttempts,
    private readonly now: () => Date,
    private readonly autoLockMinutes: () => number,
  ) {}

  /** The session as the UI sees it; locks first if the operator has been idle too long. */
  view(): OperatorSession {
    this.#expireIfIdle();
    const op = this.#operatorId ? this.registry.find(this.#operatorId) : undefined;
    const minutes = this.autoLockMinutes();
    return {
      ...this.registry.availability(),
      locked: this.#locked,
      operator: op ? publicOf(op) : null,
      lastActivityAt: this.#lastActivity ? new Date(this.#lastActivity).toISOString() : null,
      lockAt: this.#locked ? null : new Date(this.#lastActivity + minutes * 60_000).toISOString(),
      autoLockMinutes: minutes,
      serverNow: this.now().toISOString(),
    };
  }

  unlock(operatorId: string, pin: string): Promise<OperatorSession> {
    return this.attempts.exclusive(() => this.#unlock(operatorId, pin));
  }

  async #unlock(operatorId: string, pin: string): Promise<OperatorSession> {
    const op = this.registry.find(operatorId);
    if (!op || !op.active) throw new AppError('not_found', 'operator.notFoundPick');
    const nowMs = this.now().getTime();
    const failure = this.attempts.get(operatorId);
    const until = failure?.until ? Date.parse(failure.until) : 0;
    if (until > nowMs) throw new AppError('locked', 'operator.pinPaused', { attempts: MAX_ATTEMPTS, seconds: Math.ceil((until - nowMs) / 1000) });
    if (!(await verify(op.pinHash, pin))) {
      const count = (failure?.count ?? 0) + 1;
      // On disk before the answer: closing the app does not lift the pause (issue 9 §3).
      await this.attempts.set(
        operatorId,
        count >= MAX_ATTEMPTS ? { count: 0, until: new Date(nowMs + LOCKOUT_MS).toISOString() } : { count, until: null },
      );
      throw new AppError('invalid_input', 'operator.wrongPin', undefined, { pin: { key: 'operator.wrongPinField' } });
    }
    await this.attempts.set(operatorId, null);
    this.#operatorId = operatorId;
    this.#locked = false;
    this.#lastActivity = this.now().getTime();
    return this.view();
  }

  /** Right after the first operator is created, that operator is at the keyboard. */
  startAs(operatorId: string): void {
    this.#operatorId = operatorId;
    this.#locked = false;
    this.#lastActivity = this.now().getTime();
  }

  lock(): OperatorSession {
    this.#locked = true;
    return this.view();
  }

  /** Activity seen by the UI; refused once locked (the lock screen must be passed first). */
  touch(): OperatorSession {
    this.active();
    return this.view();
  }

  /** The unlocked operator, or AppError `locked`; counts as activity (every case change goes through here). */
  active(): OperatorRef {
    const op = this.#unlockedOperator();
    this.#lastActivity = this.now().getTime();
    return refOf(publicOf(op));
  }

  /** The unlocked operator, or AppError `locked`; does not count as activity (reads, polling). */
  #unlockedOperator(): StoredOperator {
    this.#expireIfIdle();
    const op = this.#operatorId ? this.registry.find(this.#operatorId) : undefined;
    if (!op || !op.active || this.#locked)
      throw new AppError(
        'locked',
        this.#operatorId
          ? 'operator.screenLocked'
          : 'operator.noneSignedIn',
      );
    return op;
  }

  /**
   * A host's read-only session (the CLI's `cases`, `verify`, `verify-trail`): `session` methods
   * are granted without an operator, `operator` methods still need one. Never opened by the app's
   * windows; IT at the command line can read the data folder's files anyway.
   */
  openReadOnly(): void {
    this.#readOnly = true;
  }

  /** The contract's access check (electron/core/handlers/access.ts). */
  require(level: 'session' | 'operator'): void {
    if (level === 'operator') this.active();
    else if (!this.#readOnly) this.#unlockedOperator();
  }

  /** The unlocked operator if any (records who registered a case), without refusing. */
  current(): OperatorRef | null {
    try {
      return this.active();
    } catch {
      return null;
    }
  }

  #expireIfIdle(): void {
    if (this.#locked) return;
    if (this.now().getTime() - this.#lastActivity > this.autoLockMinutes() * 60_000) this.#locked = true;
  }
}

/**
 * The operators of one open core: the registry, the session at the keyboard, and `ready` (the two
 * small files are read on the first call that needs them; createHandlers is synchronous).
 */
export interface Operators {
  registry: OperatorRegistry;
  session: OperatorSessionState;
  ready(): Promise<void>;
}

export function openOperators(store: Store, autoLockMinutes: () => number, load: () => Promise<unknown>): Operators {
  const registry = new OperatorRegistry(store.ctx);
  const attempts = new PinAttempts(store.ctx);
  const session = new OperatorSessionState(registry, attempts, store.ctx.now, autoLockMinutes);
  let loading: Promise<void> | undefined;
  const ready = () => (loading ??= Promise.all([registry.load(() => casesNameAnOperator(store)), attempts.load(), load()]).then(() => undefined));
  return { registry, session, ready };
}

/** Evidence that operators worked here (issue 9 §3); stops at the first case that names one. */
async function casesNameAnOperator(store: Store): Promise<boolean> {
  for (const id of [...store.cases.register.ids()]) {
    try {
      if ((await store.cases.get(id)).events.some((e) => e.operator !== null)) return true;
    } catch {
      // An unreadable case is quarantined and reported by the store; the others still answer.
    }
  }
  return false;
}
