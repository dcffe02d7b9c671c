/** `cases.*`: the register (list/filter) and registering and editing requests (SOP step 1). */
import type { Handlers } from '../../../shared/contract/contract';
import { AppError } from '../../../shared/contract/result';
import { messageFromText, type MessageRef } from '../../../shared/messages/format';
import { isIsoDate } from '../../../shared/dates';
import { intakeDateIssues, type Intake } from '../../../shared/domain/case';
import { intakeChanges } from '../../../shared/domain/intakeChanges';
import type { Store } from '../store/openStore';
import { appendEvents } from '../workflow/trail';

export function caseHandlers(store: Store): Pick<Handlers, 'cases.list' | 'cases.get' | 'cases.create' | 'cases.update'> {
  /** The date rules against the core's clock (the contract's schema has no clock): same messages as the form. */
  const checkDates = (intake: Intake, prefix: string) => {
    const issues = intakeDateIssues(intake, store.ctx.now(), store.settings.get().timeZone);
    if (issues.length === 0) return;
    const fields: Record<string, MessageRef | string> = {};
    for (const issue of issues) fields[prefix + issue.path.join('.')] ??= messageFromText(issue.message) ?? issue.message;
    throw new AppError('invalid_input', 'call.invalidInput', undefined, fields);
  };
  return {
    'cases.list': async (query) => {
      const fields: Record<string, MessageRef> = {};
      if (query.receivedFrom && !isIsoDate(query.receivedFrom)) fields.receivedFrom = { key: 'case.filterNotDate', params: { label: { key: 'label.periodFrom' } } };
      if (query.receivedTo && !isIsoDate(query.receivedTo)) fields.receivedTo = { key: 'case.filterNotDate', params: { label: { key: 'label.periodTo' } } };
      if (Object.keys(fields).length > 0) throw new AppError('invalid_input', 'case.filterRange', undefined, fields);
      return store.cases.list(query);
    },
    'cases.get': ({ id }) => store.cases.get(id),
    'cases.create': (intake) => {
      checkDates(intake, '');
      return store.cases.create(intake);
    },
    // A correction is part of the record's history (SOP Peringatan: accountability): the trail
    // keeps who changed which registered value, from what to what.
    'cases.update': ({ id, revision, intake }) => {
      checkDates(intake, 'intake.');
      return store.cases.update(id, null, (current) => {
        if (current.intakeRevision > revision || revision > current.revision)
          throw new AppError(
            'conflict',
            'case.intakeEditedMeanwhile', { caseNumber: current.caseNumber },
          );
        const changes = intakeChanges(current.intake, intake);
        if (changes.length === 0) return current;
        const event = { at: store.ctx.now().toISOString(), type: 'intake_corrected' as const, operator: store.cases.activeOperator(), source: store.cases.activeSource(), payload: { changes } };
        return { ...current, intake, intakeRevision: current.revision + 1, events: appendEvents(current, [event]) };
      });
    },
  };
}
