/**
 * What the intake form holds while the admin types: the schema's input shape, except that the
 * request kind and a change row's field may still be unchosen (''). The same `intakeSchema` the
 * core validates turns a draft into an Intake or into field-by-field Indonesian errors.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { ZonaWaktu } from '../../../shared/dates';
import { intakeSchemaAt, type CaseRecord, type ChangeField, type Intake, type IntakeFormValues, type RequestKind } from '../../../shared/domain/case';

type ChangeInput = IntakeFormValues['changes'] extends (infer C)[] | undefined ? C : never;

export type ChangeDraft = Omit<ChangeInput, 'field'> & { field: ChangeField | '' };
export type IntakeDraft = Omit<IntakeFormValues, 'kind' | 'changes'> & { kind: RequestKind | ''; changes: ChangeDraft[] };

/**
 * zod accepts any input at run time and reports what is missing, so the intake schema can judge a
 * draft directly; only its static input type is narrower than the draft's. "Today" for the
 * future-date rules comes from `now`: the core's clock (useCoreClock), so tests can fix it.
 */
export function intakeResolverAt(now: () => Date, zone: ZonaWaktu): Resolver<IntakeDraft, unknown, Intake> {
  return zodResolver(intakeSchemaAt(now, zone)) as unknown as Resolver<IntakeDraft, unknown, Intake>;
}

export function blankChange(): ChangeDraft {
  return { field: '', label: '', current: '', requested: '' };
}

/** A new request: received now by the receiving officer (the unlocked operator; SOP step 1). */
export function newIntakeDraft(opts: { now: Date; defaultOperator: string }): IntakeDraft {
  // Minutes are enough for a receipt; seconds would only make the time box fiddly.
  const now = new Date(Math.floor(opts.now.getTime() / 60_000) * 60_000);
  return {
    kind: '',
    changes: [],
    requester: { name: '', nip: '', position: '', agency: '', userId: '', email: '', phone: '' },
    letter: { number: '', date: '', subject: '' },
    sk: { number: '', date: '', issuer: '', validFrom: '', validUntil: '' },
    receivedAt: now.toISOString(),
    receivedBy: opts.defaultOperator,
    notes: '',
  };
}

/** A stored case back into the form, for corrections (cases.update). */
export function draftFromRecord(record: CaseRecord): IntakeDraft {
  const i = record.intake;
  return {
    kind: i.kind,
    changes: i.changes.map((c) => ({ ...c })),
    requester: { ...i.requester },
    letter: { ...i.letter },
    sk: { ...i.sk },
    receivedAt: i.receivedAt,
    receivedBy: i.receivedBy,
    notes: i.notes,
  };
}
