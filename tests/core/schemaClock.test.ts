/**
 * A NIP's appointment month is judged by the core's clock, not the PC's (shared/schemaClock.ts):
 * a suite moved years ahead (LOKET_TEST_NOW) registers a civil servant appointed after the PC's
 * today, and one appointed after the core's today is refused.
 */
import { describe, expect, it } from 'vitest';
import { validIntake } from '../fixtures/intake';
import { TEST_NOW_MS } from '../support/clock';
import { call, callError, openCore } from './support/core';
import { tempDir } from './support/tempDir';

const YEAR = 365 * 86_400_000;

describe('the schemas’ clock', () => {
  it('is the core’s', async () => {
    // Five years after the suite's day: an appointment three years on is past for this core.
    const now = TEST_NOW_MS + 5 * YEAR;
    const core = await openCore(await tempDir(), () => new Date(now));
    const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
    const nipAppointed = (year: number) => `19850312${year}011003`;
    const base = validIntake({ receivedAt: new Date(now - 60_000).toISOString() });
    const created = await call(core, 'cases.create', { ...base, requester: { ...base.requester, nip: nipAppointed(yearOf(now) - 2) } });
    expect(created.caseNumber).toBeTruthy();
    const refused = await callError(core, 'cases.create', { ...base, requester: { ...base.requester, nip: nipAppointed(yearOf(now) + 1) } });
    expect(refused.fields?.['requester.nip']).toMatch(/pengangkatan|TMT|masa depan/i);
  });
});
