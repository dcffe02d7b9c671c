/**
 * The audit trail: append-only, hash-chained events (issue 3 §5). Each event's `hash` covers its
 * position, time, type, operator, payload digest and the previous event's hash, so a changed field,
 * a removed event or a reordering breaks the chain at the first event touched.
 * (Truncating the newest events leaves a shorter valid chain; the index's copy of the state then
 * differs from the file's — see `verifyTrail`'s status check.)
 */
import type { CaseRecord } from '../../../shared/domain/case';
import type { CaseEvent, EventBody, EventSource, OperatorRef, TrailVerdict } from '../../../shared/domain/trail';
import { foldTrail } from '../../../shared/domain/workflowFold';
import { leaves } from '../../../shared/domain/intakeChanges';
import { canonicalJson, sha256Hex } from './canonical';

export const ZERO_HASH = '0'.repeat(64);

/** An event to append: what happened (type and payload), when, by whom and from where. */
export type NewEvent = EventBody & { at: string; operator: OperatorRef | null; source: EventSource };

/** `source` is hashed when present (canonicalJson leaves an undefined member out), so events recorded before it keep their hash. */
function eventHash(e: Pick<CaseEvent, 'seq' | 'at' | 'type' | 'operator' | 'source' | 'payloadDigest' | 'prevHash'>): string {
  return sha256Hex(canonicalJson({ seq: e.seq, at: e.at, type: e.type, operator: e.operator, source: e.source, payloadDigest: e.payloadDigest, prevHash: e.prevHash }));
}

/** The next link of the chain after `trail`. The payload is copied through JSON so what is hashed is what is stored. */
export function chainEvent(trail: readonly CaseEvent[], e: NewEvent): CaseEvent {
  const prev = trail.at(-1);
  const operator = e.operator ? { id: e.operator.id, name: e.operator.name, nip: e.operator.nip } : null;
  const body = JSON.parse(JSON.stringify({ type: e.type, payload: e.payload })) as EventBody;
  const base = { seq: trail.length, at: e.at, type: body.type, operator, source: e.source, payloadDigest: sha256Hex(canonicalJson(body.payload)), prevHash: prev ? prev.hash : ZERO_HASH };
  return { ...base, payload: body.payload, hash: eventHash(base) } as CaseEvent;
}

/**
 * SOP step 1: the genesis event of a case, recorded when it is registered. It carries the whole
 * intake and the case's identity, so the trail covers the record (`recordDifferences`), not only
 * the steps.
 */
export function genesisEvent(record: Pick<CaseRecord, 'intake' | 'id' | 'caseNumber'>, operator: OperatorRef | null, source: EventSource, at: string): CaseEvent {
  const { intake } = record;
  return chainEvent([], {
    at,
    type: 'registered',
    operator,
    source,
    payload: { step: 1, receivedAt: intake.receivedAt, receivedBy: intake.receivedBy, case: { id: record.id, caseNumber: record.caseNumber }, intake },
  });
}

/** A document as the trail names it (documents/trailPayload.ts): type, level, pages "blob@rotation", built PDF. */
const documentKey = (d: { type: string; developmentLevel: string; pages: readonly string[]; pdf: string | null }) => JSON.stringify([d.type, d.developmentLevel, d.pages, d.pdf]);

/**
 * What the stored record says that its trail does not: each field named ("intake.requester.name",
 * "caseNumber", "documents.<id>"). The intake is the genesis's, with every correction replayed; the
 * documents are those the document events left. A case registered before the genesis carried the
 * intake is checked for its documents only.
 */
export function recordDifferences(record: CaseRecord): string[] {
  const out: string[] = [];
  const genesis = record.events[0];
  const g = genesis?.type === 'registered' ? genesis.payload : null;
  if (g?.case) {
    if (g.case.id !== record.id) out.push('id');
    if (g.case.caseNumber !== record.caseNumber) out.push('caseNumber');
  }
  if (g?.intake) {
    const implied = new Map<string, string>();
    leaves(g.intake, '', implied);
    for (const e of record.events) if (e.type === 'intake_corrected') for (const c of e.payload.changes) implied.set(c.path, c.after);
    const stored = new Map<string, string>();
    leaves(record.intake, '', stored);
    for (const p of [...new Set([...implied.keys(), ...stored.keys()])].sort())
      if ((implied.get(p) ?? '') !== (stored.get(p) ?? '')) out.push(`intake.${p}`);
  }
  const documentEvents = record.events.filter((e) => e.type === 'documents_changed');
  if (documentEvents.length > 0 || record.documents.length > 0) {
    const implied = new Map<string, string>();
    for (const e of documentEvents) {
      for (const d of e.payload.documents) implied.set(d.id, documentKey(d));
      for (const id of e.payload.removed) implied.delete(id);
    }
    const stored = new Map(record.documents.map((d) => [d.id, documentKey({ type: d.type, developmentLevel: d.developmentLevel, pages: d.pages.map((p) => `${p.blob}@${p.rotation}`), pdf: d.pdf?.blob ?? null })]));
    for (const id of [...new Set([...implied.keys(), ...stored.keys()])].sort()) if (implied.get(id) !== stored.get(id)) out.push(`documents.${id}`);
  }
  return out;
}

/**
 * Appends events, first adding the genesis a case registered before the trail existed lacks
 * (operator null: recorded by the app, from where the first new event comes).
 */
export function appendEvents(record: CaseRecord, events: readonly NewEvent[]): CaseEvent[] {
  const trail = [...record.events];
  const first = events[0];
  if (trail.length === 0 && first) trail.push(genesisEvent(record, null, first.source, record.createdAt));
  for (const e of events) trail.push(chainEvent(trail, e));
  return trail;
}

const verdict = (events: number, brokenAt: number, problem: TrailVerdict['problem'], message: string): TrailVerdict => ({ ok: false, events, brokenAt, problem, message, fields: [] });

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
      fields: ['status'],
    };
  const differ = recordDifferences(record);
  if (differ.length > 0)
    return {
      ok: false,
      events: events.length,
      brokenAt: null,
      problem: 'record',
      message: `Data berkas tidak sama dengan yang tercatat di jejak audit: ${differ.join(', ')}. Data itu telah diubah di luar aplikasi.`,
      fields: differ,
    };
  return { ok: true, events: events.length, brokenAt: null, problem: '', message: `Jejak audit utuh: ${events.length} peristiwa, rantai hash bersambung, data berkas sesuai jejaknya.`, fields: [] };
}
