import type { z } from 'zod';

/** One method of the contract: its input and output schemas. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
}
