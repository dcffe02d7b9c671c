/**
 * Arsip → Retensi: closed cases whose active retention (JRA, set in Arsip & cadangan) has ended as
 * of a date — to move to the records centre or handle per their final disposition.
 */
import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate, type ZonaWaktu } from '../../../shared/dates';
import { FINAL_DISPOSITION_LABELS } from '../../../shared/domain/archive';
import { DateField } from '../../components/DateField';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useRetentionDue } from './api';
import { Pager } from './Pager';
import { pageWindow } from './paging';
import { uiDate } from '../../i18n/dates';

export function RetentionTab({ zone }: { zone: ZonaWaktu }) {
  const { t } = useTranslation('archive');
  const today = localDate(new Date(), zone);
  const [asOf, setAsOf] = useState(today);
  const [page, setPage] = useState(0);
  const due = useRetentionDue(asOf || today);
  const rows = due.data?.items ?? [];
  const w = pageWindow(rows.length, page);
  return (
    <Section title={t('retention.title')} description={t('retention.intro')}>
      <DateField label={t('retention.asOf')} value={asOf} onChange={(v) => { setAsOf(v); setPage(0); }} w={200} />
      {due.isPending ? (
        <Loading />
      ) : due.isError ? (
        <LoadError error={due.error} onRetry={() => void due.refetch()} />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="retention-empty">
          {t('retention.empty')}
        </Text>
      ) : (
        <Stack gap={4}>
          <Table striped withTableBorder verticalSpacing={6} fz="sm" data-testid="retention-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={218}>{t('common.caseNumber')}</Table.Th>
                <Table.Th>{t('common.name')}</Table.Th>
                <Table.Th>{t('retention.closedAt')}</Table.Th>
                <Table.Th>{t('retention.activeUntil')}</Table.Th>
                <Table.Th>{t('retention.inactiveUntil')}</Table.Th>
                <Table.Th>{t('retention.disposition')}</Table.Th>
                <Table.Th>{t('retention.location')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.slice(w.start, w.end).map((r) => (
                <Table.Tr key={r.caseId}>
                  <Table.Td ff="monospace" fz="xs" style={{ whiteSpace: 'nowrap' }}>
                    {r.caseNumber}
                  </Table.Td>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td>{uiDate(r.closedAt.slice(0, 10))}</Table.Td>
                  <Table.Td>{uiDate(r.activeUntil)}</Table.Td>
                  <Table.Td>{uiDate(r.inactiveUntil)}</Table.Td>
                  <Table.Td>{FINAL_DISPOSITION_LABELS[r.finalDisposition]}</Table.Td>
                  <Table.Td fz="xs">{t('retention.locationValue', { box: r.box, folder: r.folder, shelf: r.shelf })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Pager w={w} total={rows.length} onPage={setPage} />
        </Stack>
      )}
    </Section>
  );
}
