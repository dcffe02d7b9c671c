/** Scanner and hot-folder methods and events (zod schemas); names in scanning.names.ts. */
import type { z } from 'zod';
import type { SCANNING_EVENTS, SCANNING_METHODS } from './scanning.names';
import type { MethodSpec } from './spec';

export const scanningContract = {} as const satisfies Record<(typeof SCANNING_METHODS)[number], MethodSpec>;
export const scanningEvents = {} as const satisfies Record<(typeof SCANNING_EVENTS)[number], z.ZodType>;
