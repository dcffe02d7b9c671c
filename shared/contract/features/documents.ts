/** Hardcopy intake's methods and events (zod schemas); names in documents.names.ts. */
import type { z } from 'zod';
import type { DOCUMENT_EVENTS, DOCUMENT_METHODS } from './documents.names';
import type { MethodSpec } from './spec';

export const documentsContract = {} as const satisfies Record<(typeof DOCUMENT_METHODS)[number], MethodSpec>;
export const documentsEvents = {} as const satisfies Record<(typeof DOCUMENT_EVENTS)[number], z.ZodType>;
