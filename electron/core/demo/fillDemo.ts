/**
 * `loket demo`: fills a data folder with generated cases, fast enough for 20,000 (bulk durable
 * writes, one index write). On request the oldest `closed` of them are also taken through the whole
 * SOP with scanned documents (closeDemoCases.ts), so the folder holds a sample archive.
 */
import { intakeSchema, type Intake } from '../../../shared/domain/case';
import type { Core } from '../core';
import { storeOf } from '../createCore';
import { demoOperator, registerClosedDemoCases } from './closeDemoCases';
import { generateIntakes } from './generateIntakes';

export interface FillDemoResult {
  created: number;
  /** Cases walked to closed (step 9) with documents. */
  closed: number;
  /** The training operator made for the closed cases, when the folder had none (its PIN is DEMO_PIN). */
  operatorCreated: string | null;
}

export async function fillDemo(core: Core, count: number, seed = 1, options: { closed?: number } = {}): Promise<FillDemoResult> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const closedWanted = options.closed ?? 0;
  if (!Number.isInteger(closedWanted) || closedWanted < 0 || closedWanted > count) throw new RangeError(`closed must be an integer 0–${count}, got ${closedWanted}`);
  const store = storeOf(core);
  const now = store.ctx.now();
  const payloads = generateIntakes(count, seed, { kabupaten: store.settings.get().agency.city, now });
  // Through the same schema as the intake form, so demo cases are exactly what a user could enter.
  const intakes: Intake[] = payloads.map((p, i) => {
    const parsed = intakeSchema.safeParse(p);
    if (!parsed.success) throw new Error(`demo intake ${i} (seed ${seed}) failed validation: ${parsed.error.message}`);
    return parsed.data;
  });
  if (closedWanted === 0) return { created: await store.cases.createMany(intakes), closed: 0, operatorCreated: null };
  // The oldest are closed (their whole SOP walk lies in the past) and registered first, so the
  // numbers still follow the order of receipt.
  const ordered = [...intakes].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
  const { operator, created: madeOperator } = await demoOperator(core);
  const closed = await registerClosedDemoCases(core, ordered.slice(0, closedWanted), { seed, now, operator });
  const created = closed.size + (await store.cases.createMany(ordered.filter((i) => !closed.has(i))));
  return { created, closed: closed.size, operatorCreated: madeOperator ? operator.name : null };
}
