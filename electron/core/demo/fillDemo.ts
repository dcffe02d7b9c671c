/** `loket demo`: fills a data folder with generated cases, fast enough for 20,000 (bulk durable writes, one index write). */
import { intakeSchema, type Intake } from '../../../shared/domain/case';
import type { Core } from '../core';
import { storeOf } from '../createCore';
import { generateIntakes } from './generateIntakes';

export async function fillDemo(core: Core, count: number, seed = 1): Promise<{ created: number }> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  const store = storeOf(core);
  const payloads = generateIntakes(count, seed, { kabupaten: store.settings.get().agency.city });
  // Through the same schema as the intake form, so demo cases are exactly what a user could enter.
  const intakes: Intake[] = payloads.map((p, i) => {
    const parsed = intakeSchema.safeParse(p);
    if (!parsed.success) throw new Error(`demo intake ${i} (seed ${seed}) failed validation: ${parsed.error.message}`);
    return parsed.data;
  });
  const created = await store.cases.createMany(intakes);
  return { created };
}
