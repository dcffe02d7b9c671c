/**
 * Operators: the admins who work at this PC (SOP *Peringatan*: every step is accounted to the
 * admin who did it). Kept in `operators.json`; the PIN is stored only as an argon2id hash.
 * This is accountability, not a security boundary against the PC's owner (docs/operators.md).
 */
import { z } from 'zod';
import { nipSchema, requiredText } from './fields';
import { messageToken } from '../messages/format';

export const OPERATORS_SCHEMA_VERSION = 1;

export const OPERATOR_ROLES = ['admin_agency', 'koordinator'] as const;
export const operatorRoleSchema = z.enum(OPERATOR_ROLES, { error: messageToken('schema.pickOperatorRole') });
export type OperatorRole = z.infer<typeof operatorRoleSchema>;

export const OPERATOR_ROLE_LABELS: Record<OperatorRole, { id: string; en: string }> = {
  admin_agency: { id: 'Admin Agency', en: 'Agency admin' },
  koordinator: { id: 'Koordinator/atasan', en: 'Coordinator/supervisor' },
};

export const operatorIdSchema = z.string().regex(/^op-[0-9a-f]{12}$/, { error: messageToken('schema.unknownOperator') });

/** 4–12 digits: typed quickly at a shared counter PC. */
export const pinSchema = z
  .string({ error: messageToken('schema.pinRequired') })
  .regex(/^\d{4,12}$/, { error: messageToken('schema.pinDigits') });

export const operatorInputSchema = z
  .object({
    name: requiredText('label.operatorName', 120),
    nip: nipSchema,
    role: operatorRoleSchema,
    pin: pinSchema,
    pinConfirm: z.string({ error: messageToken('schema.repeatPin') }),
  })
  .superRefine((v, ctx) => {
    if (v.pin !== v.pinConfirm) ctx.addIssue({ code: 'custom', path: ['pinConfirm'], message: messageToken('schema.pinMismatch') });
  });
export type OperatorInput = z.input<typeof operatorInputSchema>;

/** Name and role can be corrected; the NIP stays (the trail names operators by it). Deactivated operators cannot sign in. */
export const operatorUpdateSchema = z.object({
  operatorId: operatorIdSchema,
  name: requiredText('label.operatorName', 120),
  role: operatorRoleSchema,
  active: z.boolean(),
});

/** The signed-in operator changes their own PIN. */
export const pinChangeSchema = z
  .object({ currentPin: pinSchema, pin: pinSchema, pinConfirm: z.string({ error: messageToken('schema.repeatPin') }) })
  .superRefine((v, ctx) => {
    if (v.pin !== v.pinConfirm) ctx.addIssue({ code: 'custom', path: ['pinConfirm'], message: messageToken('schema.pinMismatch') });
  });

/** What the UI sees of an operator (never the PIN hash). */
export const operatorPublicSchema = z.object({
  id: operatorIdSchema,
  name: z.string(),
  nip: z.string(),
  role: operatorRoleSchema,
  active: z.boolean(),
  createdAt: z.string(),
});
export type OperatorPublic = z.infer<typeof operatorPublicSchema>;

export const storedOperatorSchema = operatorPublicSchema.extend({
  /** argon2id PHC string. */
  pinHash: z.string().startsWith('$argon2'),
});
export type StoredOperator = z.infer<typeof storedOperatorSchema>;

/** Written by `loket operators reset` (and logged in operators-log.jsonl): first-operator setup is open again. */
export const operatorsResetSchema = z.object({ at: z.string(), osUser: z.string(), host: z.string() });

export const operatorsFileSchema = z.object({
  schemaVersion: z.literal(OPERATORS_SCHEMA_VERSION),
  operators: z.array(storedOperatorSchema),
  reset: operatorsResetSchema.optional(),
});
export type OperatorsFile = z.infer<typeof operatorsFileSchema>;

/**
 * Why no operator can sign in and none may be set up (issue 9 §3): `missing` — operators.json is
 * gone from a folder that holds cases; `corrupt` — it was unreadable and quarantined; `unsupported`
 * — written by a newer app. The UI shows how to restore it from a backup or have IT run
 * `loket operators reset` (docs/operations.md), never the setup form.
 */
export const OPERATORS_PROBLEMS = ['missing', 'corrupt', 'unsupported'] as const;
export const operatorsProblemSchema = z.enum(OPERATORS_PROBLEMS);
export type OperatorsProblem = z.infer<typeof operatorsProblemSchema>;

/** The core's session: who is at the keyboard, and when the screen locks by itself. */
export const operatorSessionSchema = z.object({
  /** True until the first operator is created in a new (or reset, or demo) folder: the UI then shows the setup form. */
  setupNeeded: z.boolean(),
  /** Set when operators.json cannot be used and setup is not allowed; null otherwise. */
  operatorsProblem: operatorsProblemSchema.nullable(),
  locked: z.boolean(),
  /** The operator who unlocked last (shown on the lock screen even while locked). */
  operator: operatorPublicSchema.nullable(),
  lastActivityAt: z.string().nullable(),
  /** When the session locks without activity; null while locked. */
  lockAt: z.string().nullable(),
  autoLockMinutes: z.number().int().positive(),
  serverNow: z.string(),
});
export type OperatorSession = z.infer<typeof operatorSessionSchema>;
