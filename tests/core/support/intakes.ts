/**
 * Many varied intakes for the store and document tests, from the demo generator through the real
 * intake schema, received before the suite's "now". (One fixed, editable intake for the form and
 * SOP tests: tests/fixtures/intake.ts.)
 */
import { intakeSchema, type Intake } from '../../../shared/domain/case';
import { generateIntakes } from '../../../electron/core/demo/generateIntakes';
import { testNow } from '../../support/clock';

export function demoIntakes(count: number, seed = 42): Intake[] {
  return generateIntakes(count, seed, { now: testNow() }).map((p) => intakeSchema.parse(p));
}

export function demoIntake(seed = 42): Intake {
  const [first] = demoIntakes(1, seed);
  if (!first) throw new Error('no intake');
  return first;
}

/** The same intake, received at `iso` (letter dated that day or before, so it stays valid). */
export function receivedAt(intake: Intake, iso: string): Intake {
  const day = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
  return { ...intake, receivedAt: iso, letter: { ...intake.letter, date: intake.letter.date > day ? day : intake.letter.date } };
}
