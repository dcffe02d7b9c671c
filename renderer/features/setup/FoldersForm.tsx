/**
 * The folders of the first start: the archive root on the shared drive (SOP step 9, BagIt bags),
 * the backup folder, and the folder the office scanner (MFP) saves to. Each may stay empty and be
 * set later in Settings; what is typed is checked by the core (it must exist and be writable) and a
 * refusal lands on its field in Indonesian.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { archiveSettingsInputSchema } from '../../../shared/domain/archive';
import { hotFolderSettingsSchema } from '../../../shared/contract/features/scanning';
import { call, errorMessage } from '../../api/client';
import { TextField } from '../../components/form/fields';
import { applyServerErrors } from '../../components/form/serverErrors';
import { archiveKeys, documentKeys } from '../../api/queryKeys';

const foldersSchema = z.object({
  archiveRoot: archiveSettingsInputSchema.shape.archiveRoot,
  backupRoot: archiveSettingsInputSchema.shape.backup.shape.root,
  scanFolder: hotFolderSettingsSchema.shape.path,
});
type FoldersInput = z.input<typeof foldersSchema>;
type Folders = z.output<typeof foldersSchema>;

/** A Windows network path (\\server\share): file events do not arrive from SMB, so the folder is polled. */
const isNetworkPath = (p: string) => p.startsWith('\\\\') || p.startsWith('//');

export function FoldersForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const form = useForm<FoldersInput, unknown, Folders>({
    defaultValues: { archiveRoot: '', backupRoot: '', scanFolder: '' },
    resolver: zodResolver(foldersSchema),
    mode: 'onTouched',
  });
  const [failure, setFailure] = useState<string | null>(null);

  const submit = form.handleSubmit(async ({ archiveRoot, backupRoot, scanFolder }) => {
    setFailure(null);
    // Two settings files, two saves: the field that was refused says why, the other stays saved.
    let refused = false;
    try {
      const current = await call('archive.settings.get', {});
      const { schemaVersion: _version, ...input } = current;
      await call('archive.settings.save', { ...input, archiveRoot, backup: { ...input.backup, root: backupRoot } });
      void qc.invalidateQueries({ queryKey: archiveKeys.all });
    } catch (e) {
      refused = true;
      if (applyServerErrors(form.setError, e, { archiveRoot: 'archiveRoot', 'backup.root': 'backupRoot' }) === 0) setFailure(errorMessage(e));
    }
    try {
      const current = await call('scanning.settings.get', {});
      const hotFolder = { ...current.settings.hotFolder, path: scanFolder, enabled: scanFolder !== '', usePolling: current.settings.hotFolder.usePolling || isNetworkPath(scanFolder) };
      await call('scanning.settings.save', { ...current.settings, hotFolder });
      void qc.invalidateQueries({ queryKey: documentKeys.scanningSettings });
    } catch (e) {
      refused = true;
      if (applyServerErrors(form.setError, e, { 'hotFolder.path': 'scanFolder' }) === 0) setFailure(errorMessage(e));
    }
    if (!refused) onDone();
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('setup.steps.folders')}>
        <Stack gap="md">
          {failure ? (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          ) : null}
          <TextField<FoldersInput> name="archiveRoot" label={t('setup.archiveRoot')} description={t('setup.archiveRootHint')} placeholder={t('setup.archiveRootExample')} spellCheck={false} />
          <TextField<FoldersInput> name="backupRoot" label={t('setup.backupRoot')} description={t('setup.backupRootHint')} placeholder={t('setup.backupRootExample')} spellCheck={false} />
          <TextField<FoldersInput> name="scanFolder" label={t('setup.scanFolder')} description={t('setup.scanFolderHint')} placeholder={t('setup.scanFolderExample')} spellCheck={false} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              {t('setup.skip')}
            </Button>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('setup.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
