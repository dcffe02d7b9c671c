/**
 * Pengaturan → Kunci & batas waktu, kept in `workflow.json`: auto-lock minutes, the deadline for
 * the Pokja to complete a file (default 14 days) and the standard minutes per step (a revised SOP
 * is a data change, docs/reports.md "Standard in force" — an emptied box means the SOP's value).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Paper, SimpleGrid, Stack } from '@mantine/core';
import { FormProvider, useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { workflowSettingsInputSchema, type WorkflowSettings } from '../../../shared/domain/workflow';
import { SOP_STEPS } from '../../../shared/sop/definition';
import { WholeNumberField } from '../../components/form/fields';
import { SectionForm } from '../../components/form/SectionForm';
import { useSectionSave } from '../../components/form/useSectionSave';
import { LoadError, Loading } from '../../components/QueryState';
import { useSaveWorkflowSettings, useWorkflowSettings } from '../workflow/api';
import { bi } from '../workflow/format';

type SettingsIn = z.input<typeof workflowSettingsInputSchema>;
type SettingsOut = z.output<typeof workflowSettingsInputSchema>;
const TIMED_STEPS = SOP_STEPS.filter((s) => s.standardMinutes !== null);

/** An emptied minutes box means "the SOP's value": drop it rather than send a blank override. */
const settingsResolver: Resolver<SettingsIn, unknown, SettingsOut> = (values, ctx, options) => {
  const overrides = Object.fromEntries(Object.entries(values.standardMinutes ?? {}).filter(([, v]) => typeof v === 'number'));
  return zodResolver(workflowSettingsInputSchema)({ ...values, standardMinutes: overrides }, ctx, options);
};

/**
 * The form's values: every timed step's box present (empty = the SOP's value), so the form's
 * saved state and its boxes have the same keys and "nothing changed" is seen as such.
 */
const valuesOf = (s: WorkflowSettings): SettingsIn => ({
  standardMinutes: Object.fromEntries(TIMED_STEPS.map((step) => [String(step.no), s.standardMinutes[String(step.no) as keyof typeof s.standardMinutes]])),
  waitingDeadlineDays: s.waitingDeadlineDays,
  autoLockMinutes: s.autoLockMinutes,
});

const isFieldPath = (p: string) => p === 'autoLockMinutes' || p === 'waitingDeadlineDays' || /^standardMinutes\.\d+$/.test(p);

export function WorkflowSettingsSection() {
  const settings = useWorkflowSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <WorkflowSettingsForm initial={settings.data} />;
}

function WorkflowSettingsForm({ initial }: { initial: WorkflowSettings }) {
  const { t, i18n } = useTranslation('workflow');
  const { t: tApp } = useTranslation();
  const save = useSaveWorkflowSettings();
  const form = useForm<SettingsIn, unknown, SettingsOut>({ defaultValues: valuesOf(initial), resolver: settingsResolver });
  const state = useSectionSave(form, {
    save: async (input) => valuesOf(await save.mutateAsync(input)),
    paths: isFieldPath,
    saved: t('operator.settingsSaved'),
  });
  return (
    <FormProvider {...form}>
      <SectionForm label={tApp('settings.pages.waktu.title')} state={state} testId="workflow-settings">
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <SimpleGrid cols={2}>
              <WholeNumberField<SettingsIn> name="autoLockMinutes" label={t('operator.autoLockMinutes')} min={1} />
              <WholeNumberField<SettingsIn> name="waitingDeadlineDays" label={t('operator.waitingDeadlineDays')} min={1} />
            </SimpleGrid>
            <SimpleGrid cols={4}>
              {TIMED_STEPS.map((s) => (
                <WholeNumberField<SettingsIn>
                  key={s.no}
                  name={`standardMinutes.${s.no}` as Path<SettingsIn>}
                  label={t('operator.stepMinutes', { n: s.no })}
                  description={bi(s.title, i18n.language)}
                  placeholder={t('operator.sopMinutes', { n: s.standardMinutes ?? 0 })}
                  min={1}
                  styles={{ description: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } }}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>
      </SectionForm>
    </FormProvider>
  );
}
