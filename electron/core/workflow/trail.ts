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
import { leaves } from '../../../shared/domain/intakeChanges';
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

/**
 * SOP step 1: the genesis event of a case, recorded when it is registered. It carries the whole
 * intake and the case's identity, so the trail covers the record (`recordDifferences`), not only
 * the steps.
 */
export function genesisEvent(record: Pick<CaseRecord, 'intake' | 'id' | 'caseNumber'>, operator: OperatorRef | null, at: string): CaseEvent {
  const { intake } = record;
  return chainEvent([], {
    at,
    type: 'registered',
    operator,
    payload: { step: 1, receivedAt: intake.receivedAt, receivedBy: intake.receivedBy, case: { id: record.id, caseNumber: record.caseNumber }, intake },
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A document as the trail names it (documents/trailPayload.ts): type, level, pages "blob@rotation", built PDF. */
const documentKey = (d: { type: unknown; developmentLevel: unknown; pages: unknown; pdf: unknown }) => JSON.stringify([d.type, d.developmentLevel, d.pages, d.pdf]);

/**
 * What the stored record says that its trail does not: each field named ("intake.requester.name",
 * "caseNumber", "documents.<id>"). The intake is the genesis's, with every correction replayed; the
 * documents are those the document events left. A case registered before the genesis carried the
 * intake is checked for its documents only.
 */
export function recordDifferences(record: CaseRecord): string[] {
  const out: string[] = [];
  const genesis = record.events[0];
  const g = genesis?.type === 'registered' ? genesis.payload : {};
  const identity = g['case'];
  if (isObject(identity)) {
    if (identity['id'] !== record.id) out.push('id');
    if (identity['caseNumber'] !== record.caseNumber) out.push('caseNumber');
  }
  if (isObject(g['intake'])) {
    const implied = new Map<string, string>();
    leaves(g['intake'], '', implied);
    for (const e of record.events)
      if (e.type === 'intake_corrected' && Array.isArray(e.payload['changes']))
        for (const c of e.payload['changes'] as unknown[]) if (isObject(c) && typeof c['path'] === 'string') implied.set(c['path'], String(c['after'] ?? ''));
    const stored = new Map<string, string>();
    leaves(record.intake, '', stored);
    for (const p of [...new Set([...implied.keys(), ...stored.keys()])].sort())
      if ((implied.get(p) ?? '') !== (stored.get(p) ?? '')) out.push(`intake.${p}`);
  }
  const documentEvents = record.events.filter((e) => e.type === 'documents_changed');
  if (documentEvents.length > 0 || record.documents.length > 0) {
    const implied = new Map<string, string>();
    for (const e of documentEvents) {
      for (const d of Array.isArray(e.payload['documents']) ? (e.payload['documents'] as unknown[]) : [])
        if (isObject(d) && typeof d['id'] === 'string') implied.set(d['id'], documentKey({ type: d['type'], developmentLevel: d['developmentLevel'], pages: d['pages'], pdf: d['pdf'] }));
      for (const id of Array.isArray(e.payload['removed']) ? (e.payload['removed'] as unknown[]) : []) if (typeof id === 'string') implied.delete(id);
    }
    const stored = new Map(record.documents.map((d) => [d.id, documentKey({ type: d.type, developmentLevel: d.developmentLevel, pages: d.pages.map((p) => `${p.blob}@${p.rotation}`), pdf: d.pdf?.blob ?? null })]));
    for (const id of [...new Set([...implied.keys(), ...stored.keys()])].sort()) if (implied.get(id) !== stored.get(id)) out.push(`documents.${id}`);
  }
  return out;
}

/** Appends events, first adding the genesis a case registered before the trail existed lacks (operator null: recorded by the app). */
export function appendEvents(record: CaseRecord, events: readonly NewEvent[]): CaseEvent[] {
  const trail = [...record.events];
  if (trail.length === 0 && events.length > 0) trail.push(genesisEvent(record, null, record.createdAt));
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
