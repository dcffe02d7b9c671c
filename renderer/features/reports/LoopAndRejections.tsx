/**
 * The incomplete loop (SOP steps 3–4) and the rejections (step 7) of the period (docs/reports.md
 * `incompleteLoop`, `rejections`, `expiredDeadlines`): how often, for which checklist lines and
 * reasons; every figure and row opens its cases.
 */
import { SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../shared/domain/report';
import { CHECKLIST_LABELS } from '../../../shared/domain/workflow';
import { formatCount } from '../../i18n';
import { bi } from '../workflow/format';
import type { Drill } from './CasesDrawer';
import { FigureCard } from './FigureCards';

function CountTable({ rows, head, testId, onDrill }: { rows: { label: string; count: number; cases: readonly string[] }[]; head: string; testId: string; onDrill: (d: Drill) => void }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Table striped highlightOnHover withTableBorder verticalSpacing={4} fz="sm" data-testid={testId} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{head}</Table.Th>
          <Table.Th w={90} ta="right">{t('reports.loop.cases')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.label} onClick={() => onDrill({ what: r.label, cases: r.cases })} style={{ cursor: 'pointer' }}>
            <Table.Td>
              <UnstyledButton fz="sm" style={{ textAlign: 'left' }} onClick={(e) => { e.stopPropagation(); onDrill({ what: r.label, cases: r.cases }); }}>
                {r.label}
              </UnstyledButton>
            </Table.Td>
            <Table.Td ta="right">{formatCount(r.count, i18n.language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function LoopAndRejections({ report, onDrill }: { report: Report; onDrill: (d: Drill) => void }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatCount(x, i18n.language);
  const loop = report.incompleteLoop;
  const rej = report.rejections;
  const overdue = report.expiredDeadlines.overdueWaiting;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={4} spacing="sm">
        <FigureCard testId="fig-notices" label={t('reports.loop.notices')} value={n(loop.noticesSent)} detail={t('reports.loop.noticesDetail', { n: n(loop.notices.count) })} cases={loop.notices.cases} onDrill={onDrill} />
        <FigureCard testId="fig-supplemented" label={t('reports.loop.supplemented')} value={n(loop.supplemented.count)} cases={loop.supplemented.cases} onDrill={onDrill} />
        <FigureCard testId="fig-expired" label={t('reports.loop.expired')} value={n(loop.expired.count)} detail={t('reports.loop.overdue', { n: n(overdue.length) })} cases={loop.expired.cases} onDrill={onDrill} />
        <FigureCard testId="fig-rejections" label={t('reports.loop.rejections')} value={n(rej.total.count)} cases={rej.total.cases} onDrill={onDrill} />
      </SimpleGrid>
      {loop.lines.length === 0 && rej.byReason.length === 0 ? (
        <Text size="sm" c="dimmed">{t('reports.loop.none')}</Text>
      ) : (
        <SimpleGrid cols={2} spacing="sm">
          <CountTable testId="report-loop-lines" head={t('reports.loop.lines')} rows={loop.lines.map((l) => ({ label: bi(CHECKLIST_LABELS[l.line], i18n.language), count: l.count, cases: l.cases }))} onDrill={onDrill} />
          <CountTable testId="report-rejection-reasons" head={t('reports.loop.reasons')} rows={rej.byReason.map((r) => ({ label: r.reason, count: r.count, cases: r.cases }))} onDrill={onDrill} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
