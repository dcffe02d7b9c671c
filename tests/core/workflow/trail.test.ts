import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/domain/case';
import { canonicalJson, sha256Hex } from '../../../electron/core/workflow/canonical';
import { planComplete, planOpen } from '../../../electron/core/workflow/engine';
import { ZERO_HASH, chainEvent, verifyTrail } from '../../../electron/core/workflow/trail';
import { apply, ctxAt, must, newRecord, parsedForm } from './support';

const at = (m: number) => new Date(Date.parse('2026-11-24T03:00:00.000Z') + m * 60_000);

/** A case through steps 2 and 5 (six events after the genesis). */
function worked(): CaseRecord {
  let r = newRecord('reset_password');
  r = apply(r, planOpen(r, 2, ctxAt(at(1))));
  r = apply(r, planComplete(r, parsedForm('complete', at(3), 'reset_password'), '', ctxAt(at(3))));
  r = apply(r, planOpen(r, 5, ctxAt(at(4))));
  r = apply(r, planComplete(r, parsedForm('valid', at(9), 'reset_password'), '', ctxAt(at(9))));
  return r;
}

const clone = (r: CaseRecord): CaseRecord => structuredClone(r);

describe('canonical JSON', () => {
  it('sorts keys at every level and drops undefined members, so equal data hashes equally', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x', null], c: true }, u: undefined })).toBe('{"a":{"c":true,"d":[1,"x",null]},"b":1}');
    expect(sha256Hex(canonicalJson({ x: 1, y: 2 }))).toBe(sha256Hex(canonicalJson({ y: 2, x: 1 })));
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('the hash chain', () => {
  it('links every event to the one before, from a zero hash', () => {
    const r = worked();
    expect(r.events.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(r.events[0]).toMatchObject({ type: 'registered', prevHash: ZERO_HASH });
    for (let i = 1; i < r.events.length; i++) expect(r.events[i]?.prevHash).toBe(r.events[i - 1]?.hash);
    expect(verifyTrail(r)).toEqual({ ok: true, events: 5, brokenAt: null, problem: '', message: 'Jejak audit utuh: 5 peristiwa, rantai hash bersambung, data berkas sesuai jejaknya.', fields: [] });
  });

  it('detects a changed payload field', () => {
    const r = clone(worked());
    const { data } = r.events[2]?.payload as { data: { checklist: Record<string, string> } };
    data.checklist.sk_present = 'no';
    expect(verifyTrail(r)).toMatchObject({ ok: false, brokenAt: 2, problem: 'payload_digest' });
  });

  it('detects a changed operator, time or type (the digest still matches, the hash does not)', () => {
    for (const tamper of [
      (r: CaseRecord) => void (must(r.events[3]).operator = { id: 'op-ffffffffffff', name: 'Orang Lain', nip: '199001152015032001' }),
      (r: CaseRecord) => void (must(r.events[3]).at = '2026-11-24T03:05:00.000Z'),
      (r: CaseRecord) => void (must(r.events[1]).type = 'step_paused'),
    ]) {
      const r = clone(worked());
      tamper(r);
      expect(verifyTrail(r)).toMatchObject({ ok: false, problem: 'hash' });
    }
  });

  it('detects a removed event, even when the later ones are renumbered', () => {
    const removed = clone(worked());
    removed.events.splice(1, 1);
    expect(verifyTrail(removed)).toMatchObject({ ok: false, brokenAt: 1, problem: 'seq' });
    const renumbered = clone(removed);
    renumbered.events.forEach((e, i) => (e.seq = i));
    expect(verifyTrail(renumbered)).toMatchObject({ ok: false, brokenAt: 1, problem: 'prev_hash' });
  });

  it('detects reordered events', () => {
    const r = clone(worked());
    const [a, b] = [must(r.events[3]), must(r.events[4])];
    r.events[3] = { ...b, seq: 3 };
    r.events[4] = { ...a, seq: 4 };
    expect(verifyTrail(r)).toMatchObject({ ok: false, brokenAt: 3, problem: 'prev_hash' });
  });

  it('detects a status edited outside the app, and a trail that does not start with the registration', () => {
    const r = clone(worked());
    r.status = 'closed';
    expect(verifyTrail(r)).toMatchObject({ ok: false, brokenAt: null, problem: 'status' });
    const headless: CaseRecord = { ...newRecord('reset_password'), status: 'checking', events: [chainEvent([], { at: at(1).toISOString(), type: 'step_opened', operator: null, source: 'app', payload: { step: 2 } })] };
    expect(verifyTrail(headless)).toMatchObject({ ok: false, brokenAt: 0, problem: 'genesis' });
  });

  it('a case registered before the trail existed gets an app-recorded genesis on its first step', () => {
    const legacy: CaseRecord = { ...newRecord('reset_password'), events: [] };
    expect(verifyTrail(legacy)).toMatchObject({ ok: true, events: 0 });
    const r = apply(legacy, planOpen(legacy, 2, ctxAt(at(1))));
    expect(r.events.map((e) => [e.type, e.operator?.name ?? null])).toEqual([
      ['registered', null],
      ['step_opened', 'Rina Wulandari'],
    ]);
    expect(verifyTrail(r).ok).toBe(true);
  });
});
