/** Every execution over the standard in the period, with the officer's written reason (docs/reports.md `steps[].overruns[]`). */
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ZonaWaktu } from '../../../shared/dates';
import type { Report } from '../../../shared/domain/report';
import { hrefOf } from '../../router/routes';
import { Pager } from '../archive/Pager';
import { pageWindow } from '../archive/paging';
import { formatMinutes } from '../workflow/format';
import { useState } from 'react';
import { uiTime } from '../../i18n/dates';

export function OverrunTable({ steps, zone }: { steps: Report['steps']; zone: ZonaWaktu }) {
  const { t } = useTranslation();
  const { t: tw } = useTranslation('workflow');
  const [page, setPage] = useState(0);
  const rows = steps.flatMap((s) => s.overruns.map((o) => ({ ...o, step: s.step }))).sort((a, b) => (a.completedAt < b.completedAt ? -1 : a.completedAt > b.completedAt ? 1 : 0));
  if (rows.length === 0) return <Text size="sm" c="dimmed">{t('reports.overruns.empty')}</Text>;
  const w = pageWindow(rows.length, page);
  return (
    <>
      <Table striped withTableBorder verticalSpacing={6} fz="sm" data-testid="report-overruns" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={72}>{t('reports.overruns.step')}</Table.Th>
            <Table.Th w={240}>{t('reports.overruns.caseNumber')}</Table.Th>
            <Table.Th w={104} ta="right">{t('reports.overruns.minutes')}</Table.Th>
            <Table.Th w={96} ta="right">{t('reports.overruns.standard')}</Table.Th>
            <Table.Th>{t('reports.overruns.reason')}</Table.Th>
            <Table.Th w={170}>{t('reports.overruns.operator')}</Table.Th>
            <Table.Th w={150}>{t('reports.overruns.completedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(w.start, w.end).map((o) => (
            <Table.Tr key={`${o.caseId}-${o.step}-${o.visit}`}>
              <Table.Td>{o.step}</Table.Td>
              <Table.Td ff="monospace" fz="xs" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={o.caseNumber}>
                <Anchor href={hrefOf({ name: 'case', id: o.caseId })} fz="xs" ff="monospace">{o.caseNumber}</Anchor>
              </Table.Td>
              <Table.Td ta="right">{formatMinutes(o.minutes, tw)}</Table.Td>
              <Table.Td ta="right">{formatMinutes(o.standardMinutes, tw)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'break-word' }}>{o.reason || t('common.none')}</Table.Td>
              <Table.Td>{o.operator?.name ?? t('common.none')}</Table.Td>
              <Table.Td fz="xs">{uiTime(o.completedAt, zone)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Pager w={w} total={rows.length} onPage={setPage} />
    </>
  );
}
