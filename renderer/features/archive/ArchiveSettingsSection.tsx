/**
 * Settings → "Arsip & cadangan" (issue §4, §5, §7): the archive root on the shared drive, the
 * agency's records classification and JRA retention, the security class, the records officer, and
 * the backup folder/interval/keep (`archive.settings.get/save`; the core's field errors land on
 * their fields).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Grid, Group, NumberInput, Select, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { FormProvider, useController, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  FINAL_DISPOSITIONS, FINAL_DISPOSITION_LABELS, SECURITY_CLASSES, SECURITY_CLASS_LABELS, archiveSettingsInputSchema, type ArchiveSettings,
  type ArchiveSettingsInput,
} from '../../../shared/domain/archive';
import { errorMessage } from '../../api/client';
import { applyServerErrors } from '../../components/form/serverErrors';
import { FolderField, TextField } from '../../components/form/fields';
import { LoadError, Loading } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { OfficeSection } from '../office/OfficeSection';
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
  const { t } = useTranslation('archive');
  const settings = useArchiveSettings();
  return (
    <Stack gap="md" maw={1120} mt="md">
      <Section title={t('settings.title')} description={t('settings.description')}>
        {settings.isPending ? (
          <Loading />
        ) : settings.isError ? (
          <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <ArchiveSettingsForm initial={settings.data} />
        )}
      </Section>
      <OfficeSection />
    </Stack>
  );
}

function WholeNumberField({ name, label, min = 0, max = 100 }: { name: Path<ArchiveSettingsInput>; label: string; min?: number; max?: number }) {
  const { field, fieldState } = useController<ArchiveSettingsInput>({ name });
  const value: unknown = field.value;
  return (
    <NumberInput
      label={label}
      name={name}
      value={typeof value === 'number' ? value : ''}
      onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
      onBlur={field.onBlur}
      error={coreText(fieldState.error?.message)}
      allowDecimal={false}
      min={min}
      max={max}
      withAsterisk
    />
  );
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
  const save = useSaveArchiveSettings();
  const form = useForm<ArchiveSettingsInput, unknown, Out>({
    defaultValues: inputOf(initial),
    resolver: zodResolver(archiveSettingsInputSchema),
    mode: 'onTouched',
  });
  const submit = form.handleSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync(values);
      form.reset(inputOf(saved));
      notifications.show({ color: 'teal', message: t('settings.saved') });
    } catch (e) {
      applyServerErrors(form.setError, e, FIELD_PATHS);
    }
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('settings.title')} data-testid="archive-settings">
        <Stack gap="sm">
          {save.isError ? (
            <Alert color="red" variant="light" title={t('settings.saveFailed')} role="alert">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
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
              <WholeNumberField name="retentionActiveYears" label={t('settings.retentionActiveYears')} />
            </Grid.Col>
            <Grid.Col span={3}>
              <WholeNumberField name="retentionInactiveYears" label={t('settings.retentionInactiveYears')} />
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
          <Title order={4} size="h6" mt="xs">
            {t('settings.backupTitle')}
          </Title>
          <Grid gap="sm">
            <Grid.Col span={6}>
              <FolderField<ArchiveSettingsInput> name="backup.root" label={t('settings.backupRoot')} description={t('settings.backupRootHint')} />
            </Grid.Col>
            <Grid.Col span={3}>
              <WholeNumberField name="backup.intervalHours" label={t('settings.intervalHours')} min={1} max={720} />
            </Grid.Col>
            <Grid.Col span={3}>
              <WholeNumberField name="backup.keep" label={t('settings.keep')} min={1} max={365} />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.formState.isDirty}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
