/** `#/cases/new` and `#/cases/:id/edit`: the intake form wired to cases.create / cases.update. */
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../shared/domain/case';
import { useCase, useCreateCase, useSettings, useUpdateCase } from '../../api/hooks';
import { Loading, LoadError } from '../../components/QueryState';
import { hrefOf } from '../../router/routes';
import { OcrSuggestions } from '../documents/OcrSuggestions';
import { useCoreClock, useSession } from '../workflow/api';
import { draftFromRecord, newIntakeDraft } from './intakeDraft';
import { IntakeForm } from './IntakeForm';

export function NewCasePage() {
  const { t } = useTranslation();
  const settings = useSettings();
  const session = useSession();
  const clock = useCoreClock();
  const create = useCreateCase();
  // "Now" is taken once, when the form opens (the moment the hardcopy is handed in), by the core's clock.
  const [now, setNow] = useState<Date | null>(null);
  // The session as it is now (the operator may have changed since it was cached), not a cached copy.
  if (now === null && ((session.data && session.isFetchedAfterMount) || session.isError)) setNow(clock());
  if (settings.isPending || now === null) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  // The receiving officer is whoever unlocked the app at the counter (SOP step 1); the workstation's
  // default name only when no operator is set up yet.
  const officer = session.data?.operator && !session.data.locked ? session.data.operator.name : settings.data.defaultOperator;
  return (
    <IntakeForm
      title={t('intake.newTitle')}
      subtitle={t('intake.newSubtitle')}
      initial={newIntakeDraft({ now, defaultOperator: officer })}
      zone={settings.data.timeZone}
      now={clock}
      submitLabel={t('intake.save')}
      cancelHref={hrefOf({ name: 'register' })}
      onSubmit={async (intake) => {
        const saved = await create.mutateAsync(intake);
        notifications.show({ color: 'green', title: t('intake.savedTitle'), message: t('intake.created', { caseNumber: saved.caseNumber }) });
        return hrefOf({ name: 'case', id: saved.id });
      }}
    />
  );
}

export function EditCasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const clock = useCoreClock();
  const record = useCase(id);
  const update = useUpdateCase();
  // The form edits the record as it was when opened; a change announced meanwhile (cases.changed)
  // must not wipe what the admin typed. A conflict on save offers an explicit reload instead.
  const [snapshot, setSnapshot] = useState<CaseRecord | null>(null);
  if (snapshot === null && record.data) setSnapshot(record.data);
  if (settings.isPending || (record.isPending && snapshot === null)) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  if (snapshot === null)
    return <LoadError error={record.error} onRetry={() => void record.refetch()} />;
  const c = snapshot;
  const reload = async () => {
    const fresh = await record.refetch();
    if (fresh.data) setSnapshot(fresh.data);
  };
  return (
    <IntakeForm
      // A reloaded record (after a conflict) starts a fresh form on its new revision.
      key={`${c.id}@${c.revision}`}
      title={t('intake.editTitle')}
      subtitle={t('intake.editSubtitle', { caseNumber: c.caseNumber })}
      initial={draftFromRecord(c)}
      zone={settings.data.timeZone}
      now={clock}
      submitLabel={t('intake.saveChanges')}
      cancelHref={hrefOf({ name: 'case', id: c.id })}
      errorPrefix="intake."
      aside={<OcrSuggestions caseId={c.id} />}
      onSubmit={async (intake) => {
        // The revision the form opened on: the core refuses only if the intake itself changed since
        // (scans and SOP steps moving the record on meanwhile are no conflict).
        const saved = await update.mutateAsync({ id: c.id, revision: c.revision, intake });
        notifications.show({ color: 'green', title: t('intake.savedTitle'), message: t('intake.updated', { caseNumber: saved.caseNumber }) });
        return hrefOf({ name: 'case', id: saved.id });
      }}
      renderFailureAction={(error) =>
        error.code === 'conflict' ? (
          <Button mt="sm" size="xs" variant="white" color="red" onClick={() => void reload()}>
            {t('intake.reloadCase')}
          </Button>
        ) : null
      }
    />
  );
}
