/**
 * The per-step figures as charts (issue 11 §2: a chart library that fits Mantine — @mantine/charts
 * over Recharts): how many executions of each SOP step stayed within the standard, and the working
 * time (median, p90) against the standard in force. A bar opens the cases behind its step, as the
 * table's row does; the table below carries the same figures as text for screen readers.
 */
import { BarChart, CompositeChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../../shared/domain/report';
import { formatCount } from '../../i18n';
import { formatMinutes } from '../workflow/format';
import type { Drill } from './CasesDrawer';
import { stepTitle } from './StepTable';

interface StepPoint {
  step: string;
  within: number;
  over: number;
  median: number | null;
  p90: number | null;
  standard: number | null;
}

const toPoint = (s: Report['steps'][number]): StepPoint => ({
  step: String(s.step),
  within: s.withinStandard,
  over: s.executions - s.withinStandard,
  median: s.medianMinutes,
  p90: s.p90Minutes,
  standard: s.standardMinutes,
});

/** Recharts hands a clicked bar's datum back as `payload`; only its step is needed. */
function stepOf(bar: unknown): number | null {
  const payload = typeof bar === 'object' && bar !== null && 'payload' in bar ? (bar as { payload: unknown }).payload : null;
  const step = typeof payload === 'object' && payload !== null && 'step' in payload ? Number((payload as { step: unknown }).step) : NaN;
  return Number.isInteger(step) ? step : null;
}

export function StepCharts({ steps, onDrill }: { steps: Report['steps']; onDrill: (d: Drill) => void }) {
  const { t, i18n } = useTranslation();
  const { t: tw } = useTranslation('workflow');
  const lang = i18n.language;
  const done = steps.filter((s) => s.executions > 0);
  if (done.length === 0) return null;
  const data = done.map(toPoint);
  // A bar opens the cases behind it: the step's overruns for the red part, else the step's cases.
  const drill = (bar: unknown, over: boolean) => {
    const s = steps.find((x) => x.step === stepOf(bar));
    if (!s) return;
    const title = stepTitle(s.step, lang, s.title);
    if (over) onDrill({ what: t('reports.drill.stepOver', { step: s.step, title }), cases: [...new Set(s.overruns.map((o) => o.caseNumber))] });
    else onDrill({ what: t('reports.drill.step', { step: s.step, title }), cases: s.cases });
  };
  const clickable = (series: { name: string }) => ({ onClick: (bar: unknown) => drill(bar, series.name === 'over'), style: { cursor: 'pointer' } });
  const minutes = (m: number) => formatMinutes(m, tw);
  const shared = { h: 220, data, dataKey: 'step', withLegend: true, legendProps: { verticalAlign: 'bottom' as const, height: 28 }, xAxisLabel: t('reports.charts.stepAxis') };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="report-charts">
      <ChartPanel id="chart-within-title" title={t('reports.charts.within')} hint={t('reports.charts.withinHint')}>
        <BarChart
          {...shared}
          aria-labelledby="chart-within-title"
          type="stacked"
          valueFormatter={(v) => formatCount(v, lang)}
          series={[
            { name: 'within', label: t('reports.charts.withinSeries'), color: 'teal.8' },
            { name: 'over', label: t('reports.charts.overSeries'), color: 'red.8' },
          ]}
          barProps={clickable}
        />
      </ChartPanel>
      <ChartPanel id="chart-minutes-title" title={t('reports.charts.minutes')} hint={t('reports.charts.minutesHint')}>
        <CompositeChart
          {...shared}
          curveType="linear"
          aria-labelledby="chart-minutes-title"
          yAxisLabel={t('reports.charts.minutesAxis')}
          valueFormatter={minutes}
          yAxisProps={{ tickFormatter: (v: number) => formatCount(v, lang), width: 40 }}
          series={[
            { name: 'median', label: t('reports.charts.median'), color: 'blue.8', type: 'bar' },
            { name: 'p90', label: t('reports.charts.p90'), color: 'indigo.3', type: 'bar' },
            { name: 'standard', label: t('reports.charts.standard'), color: 'orange.9', type: 'line', strokeDasharray: '5 3' },
          ]}
          barProps={clickable}
        />
      </ChartPanel>
    </SimpleGrid>
  );
}

/** A chart's frame: its title (the chart's accessible name, by `id`) and a line on how to read it. */
function ChartPanel({ id, title, hint, children }: { id: string; title: string; hint: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Text size="sm" fw={600} id={id}>
        {title}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {hint}
      </Text>
      {children}
    </Paper>
  );
}
