import { describe, expect, it } from 'vitest';
import { generateIntakes } from '../../../electron/core/demo/generateIntakes';
import { Prng } from '../../../electron/core/demo/prng';
import { intakeSchema } from '../../../shared/domain/case';
import { checkNip, normalizeNip } from '../../../shared/nip';

const NOW = new Date('2026-11-25T03:00:00.000Z');

describe('Prng', () => {
  it('repeats for a seed and differs between seeds', () => {
    const seq = (seed: number) => Array.from({ length: 5 }, ((r) => () => r.next())(new Prng(seed)));
    expect(seq(1)).toEqual(seq(1));
    expect(seq(1)).not.toEqual(seq(2));
    const r = new Prng(3);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(5, 80);
      expect(n >= 5 && n <= 80 && Number.isInteger(n)).toBe(true);
    }
  });
});

describe('generateIntakes', () => {
  const intakes = generateIntakes(2000, 7, { now: NOW });

  it('is deterministic for the same seed and now, and differs for another seed', () => {
    expect(generateIntakes(2000, 7, { now: NOW })).toEqual(intakes);
    expect(generateIntakes(2000, 8, { now: NOW })).not.toEqual(intakes);
    expect(JSON.stringify(generateIntakes(2000, 7, { now: NOW }))).toBe(JSON.stringify(intakes));
  });

  it('produces payloads that pass the intake form schema', () => {
    const failures = intakes.map((p) => intakeSchema.safeParse(p)).filter((r) => !r.success);
    expect(failures).toEqual([]);
  });

  it('gives valid NIPs whose sex digit matches names that show the sex', () => {
    for (const i of intakes) {
      const nip = normalizeNip(i.requester.nip);
      const check = checkNip(nip, NOW);
      expect(check.ok).toBe(true);
      const name = i.requester.name;
      // Balinese I/Ni and Batak "br." (boru) mark the sex in the name itself.
      if (/^(Ni |.* br\. )/.test(name)) expect(nip[14]).toBe('2');
      if (/^I (Made|Wayan|Ketut|Nyoman|Putu|Gede|Komang|Kadek) /.test(name)) expect(nip[14]).toBe('1');
    }
  });

  it('varies regions, titles, kinds and contacts the way a real counter sees them', () => {
    const names = intakes.map((i) => i.requester.name).join('\n');
    for (const marker of ['Siregar', 'Andi ', 'I Made', 'Asep', 'Wahyuni', ', S.T.', ', S.Kom.', ', M.M.', 'br. ']) expect(names).toContain(marker);
    const kinds = new Set(intakes.map((i) => i.kind));
    expect(kinds).toEqual(new Set(['reset_password', 'change_info', 'both']));
    const withChanges = intakes.filter((i) => i.kind !== 'reset_password');
    expect(withChanges.every((i) => (i.changes?.length ?? 0) > 0)).toBe(true);
    expect(new Set(withChanges.flatMap((i) => (i.changes ?? []).map((c) => c.field))).size).toBeGreaterThanOrEqual(6);
    expect(intakes.some((i) => i.requester.phone.startsWith('+62'))).toBe(true);
    expect(intakes.some((i) => /^\d{18}$/.test(i.requester.userId))).toBe(true);
    expect(intakes.every((i) => /^027\/\d+\/[A-Z]+\/\d{4}$/.test(i.letter.number))).toBe(true);
  });

  it('dates everything in the past, in order: SK before letter, letter on or before receipt', () => {
    for (const i of intakes) {
      const received = Date.parse(i.receivedAt);
      expect(received).toBeLessThan(NOW.getTime());
      const receivedDay = new Date(received + 7 * 3_600_000).toISOString().slice(0, 10);
      expect(i.letter.date <= receivedDay).toBe(true);
      expect(i.sk.date < i.letter.date).toBe(true);
      // Counter hours on a working day, WIB.
      const wib = new Date(received + 7 * 3_600_000);
      expect([0, 6]).not.toContain(wib.getUTCDay());
      expect(wib.getUTCHours() * 60 + wib.getUTCMinutes()).toBeGreaterThanOrEqual(7 * 60 + 30);
    }
  });
});

describe('generateIntakes receivedBefore', () => {
  it('receives every request at least an hour before it, still on a working day in counter hours', () => {
    for (const now of [NOW, new Date('2028-02-29T16:50:00.000Z'), new Date('2026-12-31T17:30:00.000Z')]) {
      const before = now.getTime() - 20 * 86_400_000;
      for (const seed of [7, 35]) {
        for (const i of generateIntakes(500, seed, { now, receivedBefore: new Date(before) })) {
          const received = Date.parse(i.receivedAt);
          expect(received).toBeLessThanOrEqual(before - 3_600_000);
          const wib = new Date(received + 7 * 3_600_000);
          expect([0, 6]).not.toContain(wib.getUTCDay());
          expect(wib.getUTCHours() * 60 + wib.getUTCMinutes()).toBeGreaterThanOrEqual(7 * 60 + 30);
        }
      }
    }
  });
});

describe('generateIntakes titles', () => {
  it('puts a master degree only after a bachelor degree or an old front title, never after a diploma', () => {
    const names = generateIntakes(3000, 11, { now: NOW }).map((i) => i.requester.name);
    expect(names.some((n) => n.endsWith(', A.Md.'))).toBe(true);
    expect(names.filter((n) => /A\.Md\., M\./.test(n))).toEqual([]);
    expect(names.some((n) => /^(Drs|Dra|Ir)\. .*, M\.[A-Za-z]+\.$/.test(n))).toBe(true);
  });
});
