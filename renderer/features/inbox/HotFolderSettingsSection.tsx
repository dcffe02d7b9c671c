/**
 * Pengaturan → Folder pindaian: the folder the office copier/scanner saves to, watched by the core
 * (`scanning.settings.save`; it checks the path and starts watching at once), saved with the
 * section's one bar (SectionForm). Until issue 10 §1 no screen set it and the inbox told the admin to ask IT.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Group, Paper, Radio, Stack, Switch, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FormProvider, useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { hotFolderSettingsSchema, type HotFolderStatus, type ScanningSettings } from '../../../shared/contract/features/scanning';
import { call } from '../../api/client';
import { FolderField } from '../../components/form/fields';
import { SectionForm } from '../../components/form/SectionForm';
import { useSectionSave } from '../../components/form/useSectionSave';
import { LoadError, Loading } from '../../components/QueryState';
import { useCoreEvent } from '../documents/coreEvents';
import { documentKeys } from '../../api/queryKeys';

type Input = z.input<typeof hotFolderSettingsSchema>;
type Output = z.output<typeof hotFolderSettingsSchema>;
const PATHS = ['enabled', 'path', 'usePolling', 'pollIntervalSeconds', 'stableSeconds', 'afterTake'] as const;

export function HotFolderSettingsSection() {
  const qc = useQueryClient();
  const current = useQuery({ queryKey: documentKeys.scanningSettings, queryFn: () => call('scanning.settings.get', {}) });
  useCoreEvent('scanning.hotFolder.status', () => void qc.invalidateQueries({ queryKey: documentKeys.scanningSettings }));
  if (current.isPending) return <Loading />;
  if (current.isError) return <LoadError error={current.error} onRetry={() => void current.refetch()} />;
  return <HotFolderForm settings={current.data.settings} status={current.data.hotFolder} />;
}

function HotFolderForm({ settings, status }: { settings: ScanningSettings; status: HotFolderStatus }) {
  const { t } = useTranslation('documents');
  const { t: tApp } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<Input, unknown, Output>({ defaultValues: settings.hotFolder, resolver: zodResolver(hotFolderSettingsSchema), mode: 'onTouched' });
  const enabled = useController({ name: 'enabled', control: form.control });
  const polling = useController({ name: 'usePolling', control: form.control });
  const afterTake = useController({ name: 'afterTake', control: form.control });
  const state = useSectionSave(form, {
    save: async (hotFolder) => {
      // The preferred scanner is another screen's: sent back as it is.
      const saved = await call('scanning.settings.save', { ...settings, hotFolder });
      qc.setQueryData(documentKeys.scanningSettings, saved);
      return saved.settings.hotFolder;
    },
    paths: PATHS,
    prefix: 'hotFolder.',
    saved: t('hotFolder.saved'),
  });

  return (
    <FormProvider {...form}>
      <SectionForm label={tApp('settings.pages.pindaian.title')} state={state} testId="hot-folder-settings">
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
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
          </Stack>
        </Paper>
      </SectionForm>
    </FormProvider>
  );
}
