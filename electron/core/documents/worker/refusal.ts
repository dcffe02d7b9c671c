/** An expected problem with the input, reported to the admin with its Indonesian message (not a crash). */
export class Refusal extends Error {}
