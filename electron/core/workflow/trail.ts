/**
 * The audit trail: append-only, hash-chained events (issue 3 §5). Each event's `hash` covers its
 * position, time, type, operator, payload digest and the previous event's hash, so a changed field,
 * a removed event or a reordering breaks the chain at the first event touched.
 * (Truncating the newest events leaves a shorter valid chain; the index's copy of the state then
 * differs from the file's — see `verifyTrail`'s status check.)
 */
import type { CaseRecord } from '../../../shared/domain/case';
import type { CaseEvent, OperatorRef, TrailEventType, TrailVerdict } from '../../../shared/domain/trail';
import { foldTrail } from '../../../shared/domain/workflowFold';
import { canonicalJson, sha256Hex } from './canonical';

export const ZERO_HASH = '0'.repeat(64);

export interface NewEvent {
  at: string;
  type: TrailEventType;
  operator: OperatorRef | null;
  payload: Record<string, unknown>;
}

function eventHash(e: Omit<CaseEvent, 'hash' | 'payload'>): string {
  return sha256Hex(canonicalJson({ seq: e.seq, at: e.at, type: e.type, operator: e.operator, payloadDigest: e.payloadDigest, prevHash: e.prevHash }));
}

/** The next link of the chain after `trail`. The payload is copied through JSON so what is hashed is what is stored. */
export function chainEvent(trail: readonly CaseEvent[], e: NewEvent): CaseEvent {
  const payload = JSON.parse(JSON.stringify(e.payload)) as Record<string, unknown>;
  const prev = trail.at(-1);
  const operator = e.operator ? { id: e.operator.id, name: e.operator.name, nip: e.operator.nip } : null;
  const base = { seq: trail.length, at: e.at, type: e.type, operator, payloadDigest: sha256Hex(canonicalJson(payload)), prevHash: prev ? prev.hash : ZERO_HASH };
  return { ...base, payload, hash: eventHash(base) };
}

/** SOP step 1: the genesis event of a case, recorded when it is registered. */
export function genesisEvent(record: Pick<CaseRecord, 'intake'>, operator: OperatorRef | null, at: string): CaseEvent {
  return chainEvent([], { at, type: 'registered', operator, payload: { step: 1, receivedAt: record.intake.receivedAt, receivedBy: record.intake.receivedBy } });
}

/** Appends events, first adding the genesis a case registered before the trail existed lacks (operator null: recorded by the app). */
export function appendEvents(record: CaseRecord, events: readonly NewEvent[]): CaseEvent[] {
  const trail = [...record.events];
  if (trail.length === 0 && events.length > 0) trail.push(genesisEvent(record, null, record.createdAt));
  for (const e of events) trail.push(chainEvent(trail, e));
  return trail;
}

const verdict = (events: number, brokenAt: number, problem: TrailVerdict['problem'], message: string): TrailVerdict => ({ ok: false, events, brokenAt, problem, message });

/** Checks the chain from the first event; reports the first broken link (Indonesian, for the admin and IT staff). */
export function verifyTrail(record: CaseRecord): TrailVerdict {
  const events = record.events;
  let prevHash = ZERO_HASH;
  for (const [i, e] of events.entries()) {
    const n = i + 1;
    if (e.seq !== i)
      return verdict(events.length, i, 'seq', `Jejak audit rusak pada peristiwa ke-${n}: nomor urutnya ${e.seq}, seharusnya ${i}. Ada peristiwa yang dihapus atau urutannya diubah.`);
    if (e.prevHash !== prevHash)
      return verdict(events.length, i, 'prev_hash', `Jejak audit rusak pada peristiwa ke-${n}: rantai hash tidak bersambung dengan peristiwa sebelumnya. Ada peristiwa yang dihapus, disisipkan atau diubah urutannya.`);
    if (sha256Hex(canonicalJson(e.payload)) !== e.payloadDigest)
      return verdict(events.length, i, 'payload_digest', `Jejak audit rusak pada peristiwa ke-${n} (${e.type}): isi datanya tidak cocok dengan sidik (digest) yang tercatat. Isi peristiwa ini telah diubah.`);
    if (eventHash(e) !== e.hash)
      return verdict(events.length, i, 'hash', `Jejak audit rusak pada peristiwa ke-${n} (${e.type}): waktu, jenis, petugas atau nomor urutnya telah diubah (hash tidak cocok).`);
    if (i === 0 && e.type !== 'registered')
      return verdict(events.length, 0, 'genesis', 'Jejak audit tidak diawali pencatatan penerimaan berkas (langkah 1).');
    prevHash = e.hash;
  }
  const folded = foldTrail(events);
  if (folded.status !== record.status)
    return {
      ok: false,
      events: events.length,
      brokenAt: null,
      problem: 'status',
      message: `Status berkas tercatat "${record.status}", tetapi menurut jejak audit seharusnya "${folded.status}". Status atau jejak audit telah diubah di luar aplikasi.`,
    };
  return { ok: true, events: events.length, brokenAt: null, problem: '', message: `Jejak audit utuh: ${events.length} peristiwa, rantai hash bersambung.` };
}
