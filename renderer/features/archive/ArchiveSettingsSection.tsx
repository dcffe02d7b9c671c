/**
 * Pengaturan → Arsip & cadangan (issue §4, §5, §7): the archive root on the shared drive, the
 * agency's records classification and JRA retention, the security class, the records officer, and
 * the backup folder/interval/keep (`archive.settings.get/save`; the core's field errors land on
 * their fields), saved with the section's one bar (SectionForm).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Grid, Select } from '@mantine/core';
import { FormProvider, useController, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  FINAL_DISPOSITIONS, FINAL_DISPOSITION_LABELS, SECURITY_CLASSES, SECURITY_CLASS_LABELS, archiveSettingsInputSchema, type ArchiveSettings,
  type ArchiveSettingsInput,
} from '../../../shared/domain/archive';
import { FolderField, TextField, WholeNumberField } from '../../components/form/fields';
import { SectionForm } from '../../components/form/SectionForm';
import { useSectionSave } from '../../components/form/useSectionSave';
import { LoadError, Loading } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useArchiveSettings, useSaveArchiveSettings } from './api';
import { coreText } from '../../i18n/coreMessages';

type Out = z.output<typeof archiveSettingsInputSchema>;

const FIELD_PATHS = [
  'archiveRoot', 'classificationCode', 'description', 'retentionActiveYears', 'retentionInactiveYears', 'finalDisposition',
  'securityClass', 'contactName', 'backup.root', 'backup.intervalHours', 'backup.keep',
] as const satisfies readonly Path<ArchiveSettingsInput>[];

function inputOf(s: ArchiveSettings): ArchiveSettingsInput {
  const { schemaVersion: _version, ...input } = s;
  return input;
}

export function ArchiveSettingsSection() {
  const settings = useArchiveSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <ArchiveSettingsForm initial={settings.data} />;
}

function ChoiceSelect<V extends string>({ name, label, options }: { name: Path<ArchiveSettingsInput>; label: string; options: { value: V; label: string }[] }) {
  const { field, fieldState } = useController<ArchiveSettingsInput>({ name });
  const value: unknown = field.value;
  return (
    <Select
      label={label}
      name={name}
      data={options}
      value={typeof value === 'string' ? value : null}
      onChange={(v) => field.onChange(v ?? undefined)}
      onBlur={field.onBlur}
      error={coreText(fieldState.error?.message)}
      allowDeselect={false}
      withAsterisk
    />
  );
}

function ArchiveSettingsForm({ initial }: { initial: ArchiveSettings }) {
  const { t } = useTranslation('archive');
  const { t: tApp } = useTranslation();
  const save = useSaveArchiveSettings();
  const form = useForm<ArchiveSettingsInput, unknown, Out>({
    defaultValues: inputOf(initial),
    resolver: zodResolver(archiveSettingsInputSchema),
    mode: 'onTouched',
  });
  const state = useSectionSave(form, { save: async (values) => inputOf(await save.mutateAsync(values)), paths: FIELD_PATHS, saved: t('settings.saved') });
  return (
    <FormProvider {...form}>
      <SectionForm label={tApp('settings.pages.arsip.title')} state={state} testId="archive-settings">
        <Section title={t('settings.archiveTitle')} headingOrder={4}>
          <Grid gap="sm">
            <Grid.Col span={12}>
              <FolderField<ArchiveSettingsInput> name="archiveRoot" label={t('settings.archiveRoot')} description={t('settings.archiveRootHint')} />
            </Grid.Col>
            <Grid.Col span={3}>
              <TextField<ArchiveSettingsInput> name="classificationCode" label={t('settings.classificationCode')} description={t('settings.classificationCodeHint')} mandatory />
            </Grid.Col>
            <Grid.Col span={9}>
              <TextField<ArchiveSettingsInput> name="description" label={t('settings.description_')} description={t('settings.descriptionHint')} mandatory />
            </Grid.Col>
            <Grid.Col span={3}>
              <WholeNumberField<ArchiveSettingsInput> name="retentionActiveYears" label={t('settings.retentionActiveYears')} min={0} max={100} mandatory />
            </Grid.Col>
            <Grid.Col span={3}>
              <WholeNumberField<ArchiveSettingsInput> name="retentionInactiveYears" label={t('settings.retentionInactiveYears')} min={0} max={100} mandatory />
            </Grid.Col>
            <Grid.Col span={3}>
              <ChoiceSelect
                name="finalDisposition"
                label={t('settings.finalDisposition')}
                options={FINAL_DISPOSITIONS.map((d) => ({ value: d, label: FINAL_DISPOSITION_LABELS[d] }))}
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <ChoiceSelect
                name="securityClass"
                label={t('settings.securityClass')}
                options={SECURITY_CLASSES.map((c) => ({ value: c, label: SECURITY_CLASS_LABELS[c] }))}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextField<ArchiveSettingsInput> name="contactName" label={t('settings.contactName')} mandatory />
            </Grid.Col>
          </Grid>
        </Section>
        <Section title={t('settings.backupTitle')} headingOrder={4}>
          <Grid gap="sm">
            <Grid.Col span={5}>
              <FolderField<ArchiveSettingsInput> name="backup.root" label={t('settings.backupRoot')} description={t('settings.backupRootHint')} />
            </Grid.Col>
            <Grid.Col span={3}>
              <WholeNumberField<ArchiveSettingsInput> name="backup.intervalHours" label={t('settings.intervalHours')} min={1} max={720} mandatory />
            </Grid.Col>
            <Grid.Col span={4}>
              <WholeNumberField<ArchiveSettingsInput> name="backup.keep" label={t('settings.keep')} min={1} max={365} mandatory />
            </Grid.Col>
          </Grid>
        </Section>
      </SectionForm>
    </FormProvider>
  );
}
