/** Valid intakes for tests, from the demo generator through the real intake schema. */
import { intakeSchema, type Intake } from '../../../shared/domain/case';
import { generateIntakes } from '../../../electron/core/demo/generateIntakes';

export function validIntakes(count: number, seed = 42): Intake[] {
  return generateIntakes(count, seed).map((p) => intakeSchema.parse(p));
}

export function validIntake(seed = 42): Intake {
  const [first] = validIntakes(1, seed);
  if (!first) throw new Error('no intake');
  return first;
}

/** The same intake, received at `iso` (letter dated that day or before, so it stays valid). */
export function receivedAt(intake: Intake, iso: string): Intake {
  const day = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
  return { ...intake, receivedAt: iso, letter: { ...intake.letter, date: intake.letter.date > day ? day : intake.letter.date } };
}
