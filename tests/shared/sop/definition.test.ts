import { describe, expect, it } from 'vitest';
import { OUTCOMES, SOP_ARROWS, SOP_DECISIONS, SOP_STEPS, STEP_NUMBERS, arrowOf, arrowsFrom, sopStep, stepNote, stepTitle, type StepNo } from '../../../shared/sop/definition';

describe('the SOP definition (docs/sop.md §The procedure)', () => {
  it('step 6 is titled as the request kind does it; the SOP\'s own wording stays for a reset (walk s6 P2)', () => {
    expect(stepTitle(6, 'reset_password')).toEqual(sopStep(6).title);
    expect(stepTitle(6, 'reset_password').id).toBe('Melakukan reset password di SPSE');
    expect(stepTitle(6, 'change_info').id).toBe('Melakukan perubahan informasi User ID di SPSE');
    expect(stepTitle(6, 'both').id).toBe('Melakukan reset password dan perubahan informasi User ID di SPSE');
    for (const no of STEP_NUMBERS.filter((n) => n !== 6)) expect(stepTitle(no, 'change_info')).toEqual(sopStep(no).title);
    // Step 8's note (change the default password) is a reset's only.
    expect(stepNote(8, 'both')).toEqual(sopStep(8).note);
    expect(stepNote(8, 'change_info')).toBeUndefined();
  });

  it('has steps 1–9 once each, with the SOP standard minutes (N/A for the Pokja steps)', () => {
    expect(SOP_STEPS.map((s) => s.no)).toEqual([...STEP_NUMBERS]);
    expect(Object.fromEntries(SOP_STEPS.map((s) => [s.no, s.standardMinutes]))).toEqual({ 1: null, 2: 5, 3: 5, 4: null, 5: 15, 6: 15, 7: 5, 8: 10, 9: 5 });
    expect(sopStep(4)).toMatchObject({ shape: 'waiting', actor: 'pokja' });
    for (const s of SOP_STEPS) {
      expect(s.title.id.length).toBeGreaterThan(5);
      expect(s.title.en.length).toBeGreaterThan(5);
    }
  });

  it('the happy path costs the SOP\'s 50 minutes of admin time', () => {
    const happy: StepNo[] = [2, 5, 6, 8, 9];
    expect(happy.reduce((n, s) => n + (sopStep(s).standardMinutes ?? 0), 0)).toBe(50);
  });

  it('every arrow joins known steps, every outcome is used once, and the decisions branch on arrows of their step', () => {
    for (const a of SOP_ARROWS) {
      expect(STEP_NUMBERS).toContain(a.from);
      if (a.to !== null) expect(STEP_NUMBERS).toContain(a.to);
    }
    expect(SOP_ARROWS.map((a) => a.outcome).sort()).toEqual([...OUTCOMES].sort());
    expect(SOP_DECISIONS.map((d) => d.step)).toEqual([2, 5]);
    for (const d of SOP_DECISIONS) {
      expect(sopStep(d.step).shape).toBe('decision');
      expect(arrowOf(d.step, d.yes)?.to).not.toBeUndefined();
      expect(arrowOf(d.step, d.no)?.to).not.toBeUndefined();
      expect(arrowsFrom(d.step)).toHaveLength(2);
    }
    expect(arrowOf(2, 'complete')?.to).toBe(5);
    expect(arrowOf(2, 'incomplete')?.to).toBe(3);
    expect(arrowOf(4, 'supplemented')?.to).toBe(2);
    expect(arrowOf(5, 'valid')?.to).toBe(6);
    expect(arrowOf(5, 'invalid')?.to).toBe(7);
  });

  it('every step is reachable from step 1 and reaches the end (only through step 9)', () => {
    const reach = new Set<StepNo>([1]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const a of SOP_ARROWS)
        if (reach.has(a.from) && a.to !== null && !reach.has(a.to)) {
          reach.add(a.to);
          changed = true;
        }
    }
    expect([...reach].sort()).toEqual([...STEP_NUMBERS]);
    expect(SOP_ARROWS.filter((a) => a.to === null).map((a) => a.from)).toEqual([9]);
    for (const s of STEP_NUMBERS) expect(arrowsFrom(s).length).toBeGreaterThan(0);
  });
});
