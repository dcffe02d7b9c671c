/**
 * The guided SOP's methods and events (zod schemas); names in workflow.names.ts.
 *
 * How the UI uses them (every check is in the core; the UI is only a client):
 * - Start / lock screen: `operators.session`. If `setupNeeded`, show the first-operator form →
 *   `operators.create` (the first one needs no session; later ones need an unlocked operator).
 *   If `locked`, show the lock screen: `operators.list` → pick → `operators.unlock({operatorId, pin})`.
 *   While unlocked, call `operators.touch` on user activity (throttled, e.g. once a minute) and
 *   `operators.session` every ~30 s; `lockAt` says when it locks by itself. The core also refuses
 *   case changes with code `locked` once idle, so a stale UI cannot act for an absent operator.
 *   Management: `operators.list({includeInactive: true})`, `operators.update`, `operators.changePin`.
 * - Work queue (home): `workflow.queue({})` → groups per status, overdue first, with counts.
 * - Case page: `cases.get` (record + events for the timeline) and `workflow.state({id})` (step, allowed
 *   actions, timers, waiting deadline, path for the flowchart, password held?). `workflow.trail({id})`
 *   gives the verdict of the hash chain for a "verified" badge.
 * - One step form, in this order:
 *   1. `workflow.open({id, step})` when the form is shown (starts the step clock; calling it again for an
 *      open step is a no-op). `workflow.pause` / `workflow.resume` for explicit pauses.
 *   2. Step 5 only: `workflow.relatedCases({id})` for earlier cases with the same NIP or User ID, in
 *      this PC's store and in the archive folder on the shared drive (`source`, `bag`; `archiveNote`).
 *      Step 6 (reset requests): `workflow.password.generate({id})` (shown on that screen once; held in
 *      memory until step 8 is recorded) or `workflow.password.set`.
 *      Step 8: `workflow.password.reveal({id})` to print/show the notice (memory only).
 *   3. `workflow.complete({id, revision, payload, overrunReason})` — `revision` from the latest
 *      `WorkflowState` (open/pause/resume each append an event and bump it) — with the step's schema from
 *      shared/domain/workflow.ts (`stepPayloadSchema`). If the visit ran over the standard minutes and
 *      `overrunReason` is empty, it fails with `invalid_input` and fields.overrunReason: ask for it and resend.
 *      Step 4 has no clock (the Pokja's time): complete it directly with outcome `supplemented` or `expired`.
 *      `openNext: true` ("Simpan dan lanjutkan") also opens the step the case moves to, in the same
 *      write, when it is the admin's: its clock starts (item 1 above is then done for the next form).
 *   Forbidden moves fail with `conflict`; no unlocked operator fails with `locked`.
 * - Live timer: `state.current.workedMs` as of `state.serverNow`; while `running`, add the time since.
 * - Labels: shared/sop/definition.ts (steps, arrows, decisions: flowchart), shared/domain/workflow.ts
 *   (CHECKLIST_LABELS, SPSE_FIELD_LABELS, NOTICE_CHANNEL_LABELS), shared/domain/trail.ts (TRAIL_EVENT_LABELS),
 *   shared/domain/operator.ts (OPERATOR_ROLE_LABELS); step 5 highlighting: shared/domain/workflowCompare.ts.
 * - Workflow settings (standard-minute overrides, waiting days, auto-lock minutes): `workflow.settings.*`.
 */
import { z } from 'zod';
import { caseIdSchema, caseSummarySchema, requesterSchema } from '../../domain/case';
import {
  operatorIdSchema, operatorInputSchema, operatorPublicSchema, operatorSessionSchema, operatorUpdateSchema, pinChangeSchema, pinSchema,
} from '../../domain/operator';
import { trailVerdictSchema } from '../../domain/trail';
import {
  overrunReasonSchema, queueItemSchema, stepNoSchema, stepPayloadSchema, workflowSettingsInputSchema,
  workflowSettingsSchema, workflowStateSchema,
} from '../../domain/workflow';
import { CASE_STATUSES } from '../../domain/case';
import type { WORKFLOW_EVENTS, WORKFLOW_METHODS } from './workflow.names';
import type { MethodSpec } from './spec';
import { messageToken } from '../../messages/format';

const none = z.object({}).strict();
const byId = z.object({ id: caseIdSchema });
const stepRef = z.object({ id: caseIdSchema, step: stepNoSchema });

/** A temporary SPSE password typed by the admin (what SPSE gave). */
export const temporaryPasswordSchema = z
  .string({ error: messageToken('schema.tempPasswordRequired') })
  .min(8, { error: messageToken('schema.tempPasswordMin') })
  .max(64, { error: messageToken('schema.tempPasswordMax') })
  .regex(/^\S+$/, { error: messageToken('schema.tempPasswordSpaces') });

export const relatedCaseSchema = z.object({
  summary: caseSummarySchema,
  /** The requester as recorded in that case, for the side-by-side comparison. */
  requester: requesterSchema.partial().extend({ name: z.string(), nip: z.string(), userId: z.string() }),
  matchedOn: z.array(z.enum(['nip', 'userId'])),
  /** Where it was found: this PC's store, or a bag in the archive folder on the shared drive (docs/sop.md §Decided: Step 5 sources). */
  source: z.enum(['local', 'archive']).default('local'),
  /** The bag folder relative to the archive root (archive only). */
  bag: z.string().default(''),
  /** The workstation that holds it (its own case) or published it (a bag). */
  workstation: z.string().default(''),
});

export const queueGroupSchema = z.object({
  status: z.enum(CASE_STATUSES),
  count: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
  items: z.array(queueItemSchema),
});

export const workflowContract = {
  /** Active operators (the lock screen's choice); `includeInactive` for the management list. */
  'operators.list': {
    access: 'open',
    input: z.object({ includeInactive: z.boolean().default(false) }),
    output: z.object({ operators: z.array(operatorPublicSchema) }),
  },
  'operators.create': { access: 'open', input: operatorInputSchema, output: operatorPublicSchema },
  /** An unlocked operator corrects a colleague's name/role or (de)activates them; never themselves, never the last active one. */
  'operators.update': { access: 'operator', input: operatorUpdateSchema, output: operatorPublicSchema },
  'operators.changePin': { access: 'operator', input: pinChangeSchema, output: z.object({ changed: z.literal(true) }) },
  'operators.unlock': { access: 'open', input: z.object({ operatorId: operatorIdSchema, pin: pinSchema }), output: operatorSessionSchema },
  'operators.lock': { access: 'open', input: none, output: operatorSessionSchema },
  /** Reads the session (and locks it if idle too long); does not count as activity. */
  'operators.session': { access: 'open', input: none, output: operatorSessionSchema },
  /** The UI saw the operator working: pushes `lockAt` forward. Fails with `locked` when already locked. */
  'operators.touch': { access: 'operator', input: none, output: operatorSessionSchema },
  'workflow.settings.get': { access: 'session', input: none, output: workflowSettingsSchema },
  'workflow.settings.save': { access: 'operator', input: workflowSettingsInputSchema, output: workflowSettingsSchema },
  'workflow.state': { access: 'session', input: byId, output: workflowStateSchema },
  'workflow.open': { access: 'operator', input: stepRef, output: workflowStateSchema },
  'workflow.pause': { access: 'operator', input: stepRef, output: workflowStateSchema },
  'workflow.resume': { access: 'operator', input: stepRef, output: workflowStateSchema },
  'workflow.complete': {
    access: 'operator',
    input: z.object({
      id: caseIdSchema,
      revision: z.number().int().nonnegative(),
      payload: stepPayloadSchema,
      overrunReason: overrunReasonSchema,
      /**
       * "Simpan dan lanjutkan": in the same write, open the step the case moves to when it is the
       * admin's (its clock starts), so the next form is ready without "Mulai langkah ini".
       */
      openNext: z.boolean().default(false),
    }),
    output: workflowStateSchema,
  },
  'workflow.relatedCases': {
    access: 'session',
    input: byId,
    output: z.object({
      items: z.array(relatedCaseSchema),
      /** Why the archive folder could not be searched (drive not reachable…), '' when it was or none is set. */
      archiveNote: z.string().default(''),
    }),
  },
  /** Generates a strong temporary password (unambiguous characters), holds it in core memory, returns it once. */
  'workflow.password.generate': { access: 'operator', input: byId, output: z.object({ password: z.string() }) },
  'workflow.password.set': { access: 'operator', input: z.object({ id: caseIdSchema, password: temporaryPasswordSchema }), output: z.object({ held: z.literal(true) }) },
  /** For the step-8 notice only; fails with `not_found` once cleared (after step 8 or on close, or after a restart). */
  'workflow.password.reveal': { access: 'operator', input: byId, output: z.object({ password: z.string() }) },
  'workflow.queue': {
    access: 'session',
    input: z.object({ perGroup: z.number().int().positive().max(500).default(50) }),
    output: z.object({ groups: z.array(queueGroupSchema), serverNow: z.string() }),
  },
  'workflow.trail': { access: 'session', input: byId, output: trailVerdictSchema },
} as const satisfies Record<(typeof WORKFLOW_METHODS)[number], MethodSpec>;

export const workflowEvents = {} as const satisfies Record<(typeof WORKFLOW_EVENTS)[number], z.ZodType>;

