/**
 * Arsip → Cadangan (issue §7): open cases live only on this PC until archived, so the data folder
 * is backed up to the shared drive on a schedule and on demand (`backup.status`, `backup.run`).
 */
import { Button, DataList, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ZonaWaktu } from '../../../shared/dates';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { formatCount } from '../../i18n';
import { useBackupRun, useBackupStatus } from './api';
import { formatBytes, when } from './format';
import { RunState } from './RunState';
import { SettingsNeeded } from './SettingsNeeded';

export function BackupTab({ zone }: { zone: ZonaWaktu }) {
  const { t, i18n } = useTranslation('archive');
  const status = useBackupStatus();
  const run = useBackupRun();
  if (status.isPending) return <Loading />;
  if (status.isError) return <LoadError error={status.error} onRetry={() => void status.refetch()} />;
  const s = status.data;
  const lang = i18n.language;
  // Newest first.
  const backups = [...s.backups].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Section title={t('backup.title')} description={t('backup.intro')}>
      {!s.configured ? <SettingsNeeded text={t('backup.notConfigured')} testId="backup-not-configured" /> : null}
      <Group align="flex-start" justify="space-between">
        <DataList labelWidth={170} gap={4}>
          <DataList.Item>
            <DataList.ItemLabel>{t('backup.last')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="backup-last">{when(s.lastBackupAt, zone, t('backup.never'))}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('backup.next')}</DataList.ItemLabel>
            <DataList.ItemValue>{when(s.nextDueAt, zone, '—')}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
        <Button onClick={() => run.mutate()} loading={run.isPending} disabled={!s.configured || s.running}>
          {t('backup.runNow')}
        </Button>
      </Group>
      <RunState job="backup" running={s.running ? t('backup.running') : null} lastError={s.lastError} runError={run.error} />
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('backup.list')}
        </Text>
        {backups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('backup.empty')}
          </Text>
        ) : (
          <Table striped withTableBorder verticalSpacing={6} fz="sm" data-testid="backup-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backup.cols.name')}</Table.Th>
                <Table.Th>{t('backup.cols.at')}</Table.Th>
                <Table.Th ta="right">{t('backup.cols.cases')}</Table.Th>
                <Table.Th ta="right">{t('backup.cols.blobs')}</Table.Th>
                <Table.Th ta="right">{t('backup.cols.bytes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.map((b) => (
                <Table.Tr key={b.name}>
                  <Table.Td ff="monospace" fz="xs">
                    {b.name}
                  </Table.Td>
                  <Table.Td>{when(b.at, zone, '—')}</Table.Td>
                  <Table.Td ta="right">{formatCount(b.cases, lang)}</Table.Td>
                  <Table.Td ta="right">{formatCount(b.blobs, lang)}</Table.Td>
                  <Table.Td ta="right">{formatBytes(b.bytes, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Section>
  );
}
