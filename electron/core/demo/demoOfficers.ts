/**
 * The training operators of a demo folder (issue 11 §6): two or three admins at the counter who take
 * turns, so the per-officer report and the trails name more than one person. Created only in a demo
 * folder (fillDemo checks it first), with the one PIN the CLI prints; names and NIPs follow the seed.
 * They take turns through the core's own operator session (`startAs`, as after the first operator is
 * created): every event then names the operator the session has at the keyboard, as in the app.
 */
import type { OperatorPublic } from '../../../shared/domain/operator';
import type { OperatorRef } from '../../../shared/domain/trail';
import type { Core } from '../core';
import { featuresOf } from '../createCore';
import { refOf } from '../workflow/operators';
import { OPERATORS } from './agencies';
import { demoCall as call } from './demoCall';
import { Prng } from './prng';

/** PIN of every training operator `loket demo` creates in an empty folder (printed by the CLI). */
export const DEMO_PIN = '246810';
/** NIP of the first training operator (the one the CLI and the tests sign in as). */
export const DEMO_NIP = '198807142014032002';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The roster for a seed: the first operator always (DEMO_NIP), then one or two colleagues. NIPs
 * (shared/nip.ts): born 1984–1993, appointed at 22–26 (by 2019: in the past on any date the suite runs),
 * the sex digit matching the name.
 */
export function demoRoster(seed: number): Array<{ name: string; nip: string }> {
  const rng = new Prng(seed ^ 0x0ff1ce);
  const [first, ...others] = OPERATORS;
  if (!first) throw new Error('no demo operator names');
  const colleagues = [...others];
  // Fisher–Yates with the seeded generator: which colleagues work here depends on the seed.
  for (let i = colleagues.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [colleagues[i], colleagues[j]] = [colleagues[j] as (typeof colleagues)[number], colleagues[i] as (typeof colleagues)[number]];
  }
  const picked = colleagues.slice(0, rng.chance(0.5) ? 2 : 1);
  return [
    { name: first.name, nip: DEMO_NIP },
    ...picked.map((o, i) => {
      const bornYear = rng.int(1984, 1993);
      const born = `${bornYear}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}`;
      const appointed = `${bornYear + rng.int(22, 26)}${pad(rng.int(1, 12))}`;
      return { name: o.name, nip: `${born}${appointed}${o.sex === 'L' ? '1' : '2'}${pad(i + 1 + rng.int(0, 40), 3)}` };
    }),
  ];
}

export interface DemoOfficers {
  officers: OperatorRef[];
  /** The operators made here (empty when the folder already had some): their PIN is DEMO_PIN. */
  created: OperatorPublic[];
}

/**
 * The folder's active operators (up to three), or the seed's roster created through
 * `operators.create` (the first one needs no session; she then adds her colleagues, as at a new PC).
 */
export async function demoOfficers(core: Core, seed: number): Promise<DemoOfficers> {
  const { operators } = await call(core, 'operators.list', { includeInactive: false });
  if (operators.length > 0) return { officers: operators.slice(0, 3).map(refOf), created: [] };
  const created: OperatorPublic[] = [];
  for (const o of demoRoster(seed)) created.push(await call(core, 'operators.create', { name: o.name, nip: o.nip, role: 'admin_agency', pin: DEMO_PIN, pinConfirm: DEMO_PIN }));
  return { officers: created.map(refOf), created };
}

/**
 * Hands the keyboard to `officer` through the core's operator session. The demo walks cases only in
 * a demo folder, with operators it made or found there; the app's hosts switch with a PIN.
 */
export function actAs(core: Core, officer: OperatorRef): void {
  featuresOf(core).operators.session.startAs(officer.id);
}

/** The session as it was before the demo, to put back afterwards (locked, or who was at the keyboard). */
export function sessionBefore(core: Core): () => void {
  const session = featuresOf(core).operators.session;
  const view = session.view();
  const operatorId = view.locked ? null : (view.operator?.id ?? null);
  return () => {
    if (operatorId) session.startAs(operatorId);
    else session.lock();
  };
}
