/** The guided SOP's methods and events (zod schemas); names in workflow.names.ts. */
import type { z } from 'zod';
import type { WORKFLOW_EVENTS, WORKFLOW_METHODS } from './workflow.names';
import type { MethodSpec } from './spec';

export const workflowContract = {} as const satisfies Record<(typeof WORKFLOW_METHODS)[number], MethodSpec>;
export const workflowEvents = {} as const satisfies Record<(typeof WORKFLOW_EVENTS)[number], z.ZodType>;
