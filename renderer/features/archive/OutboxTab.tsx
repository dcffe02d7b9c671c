/** Arsip → Antrean ekspor: closed cases whose bag is not on the shared drive yet (`archive.outbox`). */
import { Alert, Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZonaWaktu } from '../../../shared/dates';
import { errorMessage } from '../../api/client';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { hrefOf } from '../../router/routes';
import { useOutbox, useRetryAll } from './api';
import { ExportStateBadge } from './ExportStatusPanel';
import { when } from './format';
import { Pager } from './Pager';
import { pageWindow } from './paging';

export function OutboxTab({ zone }: { zone: ZonaWaktu }) {
  const { t } = useTranslation('archive');
  const outbox = useOutbox();
  const retry = useRetryAll();
  const [page, setPage] = useState(0);
  const items = outbox.data?.items ?? [];
  // A drive that stays down for weeks fills the queue: paged, so the table fits 1366×768.
  const w = pageWindow(items.length, page);
  return (
    <Section title={t('outbox.title')} description={t('outbox.intro')}>
      <Group>
        <Button onClick={() => retry.mutate()} loading={retry.isPending} disabled={!outbox.data || outbox.data.items.length === 0}>
          {t('outbox.retryAll')}
        </Button>
        {retry.data ? (
          <Text size="sm" data-testid="retry-result">
            {t('outbox.result', retry.data)}
          </Text>
        ) : null}
      </Group>
      {retry.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(retry.error)}
        </Alert>
      ) : null}
      {outbox.isPending ? (
        <Loading />
      ) : outbox.isError ? (
        <LoadError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="outbox-empty">
          {t('outbox.empty')}
        </Text>
      ) : (
        <Stack gap={4}>
          <Table striped withTableBorder verticalSpacing="xs" data-testid="outbox-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={230}>{t('common.caseNumber')}</Table.Th>
                <Table.Th>{t('common.name')}</Table.Th>
                <Table.Th w={150}>{t('outbox.state')}</Table.Th>
                <Table.Th ta="right">{t('outbox.attempts')}</Table.Th>
                <Table.Th w="34%">{t('outbox.lastError')}</Table.Th>
                <Table.Th w={130}>{t('outbox.nextRetry')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.slice(w.start, w.end).map((it) => (
                <Table.Tr key={it.caseId}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor href={hrefOf({ name: 'case', id: it.caseId })} size="xs" ff="monospace">
                      {it.caseNumber}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{it.name}</Table.Td>
                  <Table.Td>
                    <ExportStateBadge state={it.state} />
                  </Table.Td>
                  <Table.Td ta="right">{it.attempts}</Table.Td>
                  <Table.Td fz="sm">{it.lastError || '—'}</Table.Td>
                  <Table.Td fz="sm">{when(it.nextRetryAt, zone, '—')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager w={w} total={items.length} onPage={setPage} />
        </Stack>
      )}
    </Section>
  );
}
