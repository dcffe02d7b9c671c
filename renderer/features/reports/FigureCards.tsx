/** The period's figures as cards (docs/reports.md `totals`); each opens the cases behind it. */
import { Paper, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../shared/domain/report';
import { formatCount } from '../../i18n';
import { formatMinutes } from '../workflow/format';
import type { Drill } from './CasesDrawer';

type Totals = Report['totals'];

/** A button whose name is what it shows (WCAG 2.5.3): the label, the figure and its detail. */
export function FigureCard({ label, value, detail, cases, testId, onDrill }: { label: string; value: string; detail?: string; cases: readonly string[]; testId: string; onDrill: (d: Drill) => void }) {
  return (
    <UnstyledButton onClick={() => onDrill({ what: label, cases })} data-testid={testId}>
      <Paper withBorder radius="md" p="sm" h="100%" style={{ cursor: 'pointer' }}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {label}
        </Text>
        <Text fz={26} fw={700} lh={1.2} data-testid={`${testId}-value`}>
          {value}
        </Text>
        {detail ? (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        ) : null}
      </Paper>
    </UnstyledButton>
  );
}

export function FigureCards({ totals, onDrill }: { totals: Totals; onDrill: (d: Drill) => void }) {
  const { t, i18n } = useTranslation();
  const { t: tw } = useTranslation('workflow');
  const n = (x: number) => formatCount(x, i18n.language);
  const minutes = (m: number | null) => (m === null ? t('common.none') : formatMinutes(m, tw));
  const c = totals.closed;
  const ta = totals.turnaround;
  return (
    <SimpleGrid cols={4} spacing="sm" data-testid="report-figures">
      <FigureCard testId="fig-received" label={t('reports.figures.received')} value={n(totals.received.count)} cases={totals.received.cases} onDrill={onDrill} />
      <FigureCard
        testId="fig-closed"
        label={t('reports.figures.closed')}
        value={n(c.total.count)}
        detail={t('reports.figures.closedDetail', { completed: n(c.completed.count), rejected: n(c.rejected.count), notCompleted: n(c.notCompleted.count) })}
        cases={c.total.cases}
        onDrill={onDrill}
      />
      <FigureCard
        testId="fig-open"
        label={t('reports.figures.open')}
        value={n(totals.open.count)}
        detail={t('reports.figures.openDetail', { waiting: n(totals.waiting.count) })}
        cases={totals.open.cases}
        onDrill={onDrill}
      />
      <FigureCard
        testId="fig-turnaround"
        label={t('reports.figures.turnaround')}
        value={minutes(ta.medianMinutes)}
        detail={ta.count === 0 ? t('reports.figures.turnaroundNone') : t('reports.figures.turnaroundDetail', { p90: minutes(ta.p90Minutes), max: minutes(ta.maxMinutes), n: n(ta.count) })}
        cases={ta.cases}
        onDrill={onDrill}
      />
      <FigureCard testId="fig-completed" label={t('reports.figures.completed')} value={n(c.completed.count)} cases={c.completed.cases} onDrill={onDrill} />
      <FigureCard testId="fig-rejected" label={t('reports.figures.rejected')} value={n(c.rejected.count)} cases={c.rejected.cases} onDrill={onDrill} />
      <FigureCard testId="fig-notCompleted" label={t('reports.figures.notCompleted')} value={n(c.notCompleted.count)} cases={c.notCompleted.cases} onDrill={onDrill} />
      <FigureCard testId="fig-waiting" label={t('reports.figures.waiting')} value={n(totals.waiting.count)} cases={totals.waiting.cases} onDrill={onDrill} />
    </SimpleGrid>
  );
}
