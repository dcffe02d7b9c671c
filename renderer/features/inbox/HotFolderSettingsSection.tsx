/**
 * Settings → "Folder pindaian": the folder the office copier/scanner saves to, watched by the core
 * (`scanning.settings.save`; it checks the path and starts watching at once). Until now no screen
 * set it and the inbox told the admin to ask IT (issue 10 §1).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Radio, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProvider, useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { hotFolderSettingsSchema, type HotFolderStatus, type ScanningSettings } from '../../../shared/contract/features/scanning';
import { call, errorMessage } from '../../api/client';
import { FolderField } from '../../components/form/fields';
import { applyServerErrors } from '../../components/form/serverErrors';
import { LoadError, Loading } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useCoreEvent } from '../documents/coreEvents';
import { documentKeys } from '../../api/queryKeys';

type Input = z.input<typeof hotFolderSettingsSchema>;
type Output = z.output<typeof hotFolderSettingsSchema>;
const PATHS = ['enabled', 'path', 'usePolling', 'pollIntervalSeconds', 'stableSeconds', 'afterTake'] as const;

export function HotFolderSettingsSection() {
  const { t } = useTranslation('documents');
  const qc = useQueryClient();
  const current = useQuery({ queryKey: documentKeys.scanningSettings, queryFn: () => call('scanning.settings.get', {}) });
  useCoreEvent('scanning.hotFolder.status', () => void qc.invalidateQueries({ queryKey: documentKeys.scanningSettings }));
  return (
    <Section title={t('hotFolder.title')} description={t('hotFolder.description')}>
      {current.isPending ? <Loading /> : null}
      {current.isError ? <LoadError error={current.error} onRetry={() => void current.refetch()} /> : null}
      {current.data ? <HotFolderForm settings={current.data.settings} status={current.data.hotFolder} /> : null}
    </Section>
  );
}

function HotFolderForm({ settings, status }: { settings: ScanningSettings; status: HotFolderStatus }) {
  const { t } = useTranslation('documents');
  const qc = useQueryClient();
  const form = useForm<Input, unknown, Output>({ defaultValues: settings.hotFolder, resolver: zodResolver(hotFolderSettingsSchema), mode: 'onTouched' });
  const enabled = useController({ name: 'enabled', control: form.control });
  const polling = useController({ name: 'usePolling', control: form.control });
  const afterTake = useController({ name: 'afterTake', control: form.control });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = form.handleSubmit(async (hotFolder) => {
    setFailure(null);
    try {
      // The preferred scanner is another screen's: sent back as it is.
      const saved = await call('scanning.settings.save', { ...settings, hotFolder });
      qc.setQueryData(documentKeys.scanningSettings, saved);
      form.reset(saved.settings.hotFolder);
      notifications.show({ color: 'teal', message: t('hotFolder.saved') });
    } catch (e) {
      if (applyServerErrors(form.setError, e, PATHS, 'hotFolder.') === 0) setFailure(errorMessage(e));
    }
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('hotFolder.title')}>
        <Stack gap="sm">
          {failure ? (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Text size="sm" c={status.state === 'watching' ? 'teal.9' : status.state === 'off' ? 'dimmed' : 'orange.9'} data-testid="hot-folder-state">
            {t('hotFolder.status', { message: status.message })}
          </Text>
          <Switch label={t('hotFolder.enabled')} checked={enabled.field.value} onChange={(e) => enabled.field.onChange(e.currentTarget.checked)} />
          <FolderField<Input> name="path" label={t('hotFolder.path')} description={t('hotFolder.pathHint')} />
          <Checkbox
            label={t('hotFolder.usePolling')}
            description={t('hotFolder.usePollingHint')}
            checked={polling.field.value}
            onChange={(e) => polling.field.onChange(e.currentTarget.checked)}
          />
          <Radio.Group label={t('hotFolder.afterTake')} value={afterTake.field.value} onChange={(v) => afterTake.field.onChange(v === 'leave' ? 'leave' : 'move')}>
            <Group gap="lg" mt={6}>
              <Radio value="move" label={t('hotFolder.afterTakeMove')} />
              <Radio value="leave" label={t('hotFolder.afterTakeLeave')} />
            </Group>
          </Radio.Group>
          <Group justify="flex-end">
            <Button type="submit" loading={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
              {t('hotFolder.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
