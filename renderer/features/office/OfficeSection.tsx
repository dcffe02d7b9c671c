/**
 * Pengaturan → "Kantor di drive bersama" (issue 12 §1, §3), a section of actions saved at once: the workstation codes in use on the share
 * and which is this PC's, when the share was last read, the catalogue's problems, and — when this
 * PC's code is held by another PC — what that means and the take-over (the core refuses numbering
 * and export meanwhile; this only shows it).
 */
import { Alert, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../api/hooks';
import { errorMessage } from '../../api/client';
import { LoadError, Loading } from '../../components/QueryState';
import { hrefOf } from '../../router/routes';
import { useOfficeAction, useOfficeStatus } from './api';
import { uiTime } from '../../i18n/dates';

export function OfficeSection() {
  const { t } = useTranslation('archive');
  const status = useOfficeStatus();
  const zone = useSettings().data?.timeZone ?? 'WIB';
  const sync = useOfficeAction('office.sync');
  const claim = useOfficeAction('office.claim');
  const s = status.data;
  return (
    <Paper withBorder radius="md" p="md">
      {status.isPending ? <Loading /> : null}
      {status.isError ? <LoadError error={status.error} onRetry={() => void status.refetch()} /> : null}
      {s && !s.root ? (
        <Group justify="space-between" wrap="nowrap" data-testid="office-no-root">
          <Text size="sm" c="dimmed">
            {t('office.noRoot')}
          </Text>
          <Button size="xs" variant="light" component="a" href={hrefOf({ name: 'settings', section: 'arsip' })}>
            {t('office.openArchiveSettings')}
          </Button>
        </Group>
      ) : null}
      {s?.root ? (
        <Stack gap="sm" data-testid="office-section">
          {s.conflict ? (
            <Alert color="red" variant="light" title={t('office.conflictTitle')} role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{s.conflict}</Text>
                <Button
                  color="red"
                  variant="light"
                  size="xs"
                  loading={claim.isPending}
                  onClick={() => claim.mutate(true, { onSuccess: () => notifications.show({ color: 'teal', message: t('office.takeOverDone') }) })}
                >
                  {t('office.takeOver')}
                </Button>
              </Stack>
            </Alert>
          ) : null}
          {s.note ? (
            <Alert color="orange" variant="light" role="status">
              {s.note}
            </Alert>
          ) : null}
          {sync.error ?? claim.error ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(sync.error ?? claim.error)}
            </Alert>
          ) : null}
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" c="dimmed">
              {s.syncedAt ? t('office.syncedAt', { at: uiTime(s.syncedAt, zone) }) : t('office.neverSynced')}
            </Text>
            <Button variant="default" size="xs" loading={sync.isPending} onClick={() => sync.mutate(false, { onSuccess: () => notifications.show({ color: 'teal', message: t('office.synced') }) })}>
              {t('office.sync')}
            </Button>
          </Group>
          {s.workstations.length > 0 ? (
            <Table withTableBorder verticalSpacing={4} fz="sm" maw={640} data-testid="office-workstations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('office.code')}</Table.Th>
                  <Table.Th>{t('office.computer')}</Table.Th>
                  <Table.Th>{t('office.since')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.workstations.map((w) => (
                  <Table.Tr key={w.code} fw={w.mine ? 600 : undefined}>
                    <Table.Td ff="monospace">{w.code}</Table.Td>
                    <Table.Td>
                      {w.computer}
                      {w.mine ? ` (${t('office.thisPc')})` : ''}
                    </Table.Td>
                    <Table.Td>{uiTime(w.claimedAt, zone)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          <Text size="sm">{t('office.bags', { n: s.bags })}</Text>
          {s.uncataloguedCount > 0 ? (
            <Text size="sm" c="orange.9">
              {t('office.uncatalogued', { n: s.uncataloguedCount })}
            </Text>
          ) : null}
          {s.missingBags.length > 0 ? (
            <Text size="sm" c="red.8">
              {t('office.missing', { n: s.missingBags.length })}: {s.missingBags.slice(0, 5).join(', ')}
            </Text>
          ) : null}
          {s.damaged.length > 0 ? (
            <Text size="sm" c="red.8">
              {t('office.damaged', { list: s.damaged.join('; ') })}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Paper>
  );
}
