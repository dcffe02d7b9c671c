/** A job the core runs on a schedule and on demand (backup, fixity audit): running now, its last failure, and this click's error. */
import { Alert, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';

export interface RunStateProps {
  /** What the running line says, or null when nothing runs. */
  running: string | null;
  lastError: string;
  /** `backup` / `audit`: names the texts and the test ids. */
  job: 'backup' | 'audit';
  /** The error of the "now" button's call, if it failed. */
  runError: unknown;
}

export function RunState({ running, lastError, job, runError }: RunStateProps) {
  const { t } = useTranslation('archive');
  return (
    <>
      {running !== null ? (
        <Group gap="xs" data-testid={`${job}-running`}>
          <Loader size="xs" />
          <Text size="sm">{running}</Text>
        </Group>
      ) : null}
      {lastError ? (
        <Alert color="red" variant="light" title={t(`${job}.lastError`)} data-testid={`${job}-error`}>
          {lastError}
        </Alert>
      ) : null}
      {runError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(runError)}
        </Alert>
      ) : null}
    </>
  );
}
