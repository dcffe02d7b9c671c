/**
 * The clock the shared schemas judge "not yet" by where a field carries a date of its own (a NIP's
 * appointment month and its holder's age, shared/nip.ts): the core's clock once a core is made (its
 * host injects it; tests move it with LOKET_TEST_NOW), the PC's clock before that and in a renderer.
 * One process runs one core's clock: createCore sets it.
 */
let clock: () => Date = () => new Date();

export function schemaNow(): Date {
  return clock();
}

export function setSchemaClock(now: () => Date): void {
  clock = now;
}
