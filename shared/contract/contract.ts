/**
 * The contract: every renderer→core call is a named method with zod input and output schemas;
 * every core→renderer event has a payload schema. Types on both sides flow from here.
 */
import { z } from 'zod';
import {
  CASE_STATUSES, REQUEST_KINDS, caseIdSchema, caseRecordSchema, caseSummarySchema, intakeSchema,
} from '../domain/case';
import { settingsInputSchema, settingsSchema } from '../domain/settings';
import type { EventName, MethodName } from './channels';
import { archiveContract, archiveEvents } from './features/archive';
import { documentsContract, documentsEvents } from './features/documents';
import { lettersContract, lettersEvents } from './features/letters';
import { officeContract, officeEvents } from './features/office';
import { reportsContract, reportsEvents } from './features/reports';
import type { MethodSpec } from './features/spec';
import { scanningContract, scanningEvents } from './features/scanning';
import { workflowContract, workflowEvents } from './features/workflow';

const none = z.object({}).strict();

export const storeProblemSchema = z.object({
  /** Path relative to the data folder, e.g. "cases/2026-WS01-00001.json". */
  file: z.string(),
  kind: z.enum(['corrupt', 'unsupported_version', 'restored_from_backup', 'index_rebuilt', 'migrated']),
  message: z.string(),
  /** Where a corrupt file was moved, relative to the data folder. */
  quarantinedTo: z.string().optional(),
  at: z.string(),
});
export type StoreProblem = z.infer<typeof storeProblemSchema>;

export const caseListQuerySchema = z.object({
  /** Free text: case number, name, NIP, User ID, agency, letter number. */
  text: z.string().max(200).default(''),
  status: z.array(z.enum(CASE_STATUSES)).default([]),
  kind: z.array(z.enum(REQUEST_KINDS)).default([]),
  /** Received between (inclusive), "YYYY-MM-DD" in the configured zone. */
  receivedFrom: z.string().default(''),
  receivedTo: z.string().default(''),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(1000).default(200),
});
export type CaseListQuery = z.input<typeof caseListQuerySchema>;

export const contract = {
  'app.info': {
    access: 'open',
    input: none,
    output: z.object({ version: z.string(), dataDir: z.string(), caseCount: z.number().int(), host: z.enum(['electron', 'harness', 'cli']) }),
  },
  'app.problems': { access: 'open', input: none, output: z.object({ problems: z.array(storeProblemSchema) }) },
  'settings.get': { access: 'open', input: none, output: settingsSchema },
  'settings.save': { access: 'operator', input: settingsInputSchema, output: settingsSchema },
  /** The ID/EN switch: saved on its own, so choosing a language never marks the profile as filled in. */
  'settings.setLanguage': { access: 'open', input: z.object({ language: settingsInputSchema.shape.language }), output: settingsSchema },
  'cases.list': {
    access: 'session',
    input: caseListQuerySchema,
    output: z.object({ total: z.number().int(), offset: z.number().int(), items: z.array(caseSummarySchema) }),
  },
  'cases.get': { access: 'session', input: z.object({ id: caseIdSchema }), output: caseRecordSchema },
  'cases.create': { access: 'operator', input: intakeSchema, output: caseRecordSchema },
  'cases.update': {
    access: 'operator',
    input: z.object({ id: caseIdSchema, revision: z.number().int().nonnegative(), intake: intakeSchema }),
    output: caseRecordSchema,
  },
  ...workflowContract,
  ...documentsContract,
  ...scanningContract,
  ...lettersContract,
  ...archiveContract,
  ...reportsContract,
  ...officeContract,
} as const satisfies Record<MethodName, MethodSpec>;

export const events = {
  /** One event per operation: a bulk operation (demo fill, later an import) names all its cases at once. */
  'cases.changed': z.object({ ids: z.array(caseIdSchema) }),
  'store.problem': storeProblemSchema,
  ...workflowEvents,
  ...documentsEvents,
  ...scanningEvents,
  ...lettersEvents,
  ...archiveEvents,
  ...reportsEvents,
  ...officeEvents,
} as const satisfies Record<EventName, z.ZodType>;

export type Contract = typeof contract;
export type MethodInput<M extends MethodName> = z.output<Contract[M]['input']>;
/** What a caller may send (before defaults/transforms). */
export type MethodParams<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

/** The core implements one async handler per method. */
export type Handlers = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };
