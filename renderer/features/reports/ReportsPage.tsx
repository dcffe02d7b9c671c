/**
 * `#/reports`, Laporan (issue 11 §2; docs/reports.md): the SOP's *mutu baku* as figures over a
 * period — cards, per step, per officer, overruns with reasons — each figure opening the cases
 * behind it, and the period's workbooks. Every figure is the core's (reports.compute); "today"
 * for the default month is the core's clock, never the PC's.
 */
import { Alert, Button, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ApiError, errorMessage } from '../../api/client';
import { hrefOf } from '../../router/routes';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../shared/dates';
import type { PeriodInput, ReportSource } from '../../../shared/domain/report';
import { useSettings } from '../../api/hooks';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useCoreClock } from '../workflow/api';
import { useReport } from './api';
import { ArchivedCaseDialog, type ArchivedRef } from '../office/ArchivedCaseDialog';
import { CasesDrawer, type Drill } from './CasesDrawer';
import { Downloads } from './Downloads';
import { FigureCards } from './FigureCards';
import { LoopAndRejections } from './LoopAndRejections';
import { OperatorTable } from './OperatorTable';
import { OverrunTable } from './OverrunTable';
import { periodContaining, periodTitle, periodToAsk } from './period';
import { PeriodPicker } from './PeriodPicker';
import { StepTable } from './StepTable';
import { uiTime } from '../../i18n/dates';

/** The office report asked with no archive folder set (the core's office.noArchiveRoot). */
const noArchiveRoot = (e: unknown) => e instanceof ApiError && e.error.key === 'office.noArchiveRoot';

/** The period and source last picked, for this run of the app (not saved: a new day opens on this month). */
const remembered: { picked: PeriodInput | null; source: ReportSource } = { picked: null, source: 'store' };

// Recharts and d3 are loaded with the Laporan screen, not at start-up (the counter never waits for them).
const StepCharts = lazy(() => import('./StepCharts').then((m) => ({ default: m.StepCharts })));

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const zone = useSettings().data?.timeZone ?? 'WIB';
  const clock = useCoreClock();
  const today = localDate(clock(), zone);
  // What was picked stays when the admin comes back from a case opened from a figure.
  const [picked, setPickedState] = useState<PeriodInput>(() => remembered.picked ?? periodContaining('month', today));
  const [drill, setDrill] = useState<Drill | null>(null);
  const [archived, setArchived] = useState<ArchivedRef | null>(null);
  // Issue 11 §5: this PC's cases, or every workstation's bags on the shared drive.
  const [source, setSourceState] = useState<ReportSource>(() => remembered.source);
  const setPicked = (p: PeriodInput) => {
    remembered.picked = p;
    setPickedState(p);
  };
  const setSource = (s: ReportSource) => {
    remembered.source = s;
    setSourceState(s);
  };
  const period = periodToAsk(picked);
  const report = useReport(period, source);
  const r = report.data;

  return (
    <Stack gap="md" maw={1180}>
      <div>
        <Title order={2} size="h3">
          {t('reports.title')}
          {r ? ` — ${periodTitle(r.period, i18n.language, t)}` : ''}
          {r?.source === 'office' ? ` · ${t('reports.source.office')}` : ''}
        </Title>
        <Text c="dimmed" size="sm">
          {t('reports.intro')}
        </Text>
      </div>
      <Group gap="sm" align="center">
        <Text size="sm" fw={500} id="report-source-label">
          {t('reports.source.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="report-source-label"
          value={source}
          onChange={(v) => setSource(v === 'office' ? 'office' : 'store')}
          data={[
            { value: 'store', label: t('reports.source.store') },
            { value: 'office', label: t('reports.source.office') },
          ]}
        />
        {source === 'office' ? (
          <Text size="sm" c="dimmed">
            {t('reports.source.officeNote')}
          </Text>
        ) : null}
      </Group>
      <PeriodPicker value={picked} onChange={setPicked} today={today} />
      {noArchiveRoot(report.error) ? null : <Downloads period={period} source={source} />}
      {!period ? (
        <Text size="sm" c="dimmed">
          {t('reports.period.incomplete')}
        </Text>
      ) : report.isPending ? (
        <Loading />
      ) : report.isError ? (
        noArchiveRoot(report.error) ? (
          // The office source with no shared drive set: what to do, not a retry that cannot help.
          <Alert color="orange" variant="light" role="alert" title={t('reports.source.noShareTitle')}>
            <Text size="sm">{errorMessage(report.error)}</Text>
            <Button component="a" href={hrefOf({ name: 'settings', section: 'arsip' })} mt="sm" size="xs" variant="white">
              {t('reports.source.openSettings')}
            </Button>
          </Alert>
        ) : (
          <LoadError error={report.error} onRetry={() => void report.refetch()} />
        )
      ) : r ? (
        <Stack gap="md" data-testid="report" data-source={r.source} data-period-kind={r.period.kind} data-period-from={r.period.from} data-period-to={r.period.to} style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}>
          {r.unreadable.length > 0 ? (
            <Alert color="orange" variant="light" role="alert">
              {t('reports.unreadable', { n: r.unreadable.length, ids: r.unreadable.join(', ') })}
            </Alert>
          ) : null}
          <Group justify="space-between" gap="xs">
            <Title order={3} size="h5">
              {t('reports.figures.title')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('reports.period.asOf', { at: uiTime(r.period.asOf, zone) })}
            </Text>
          </Group>
          <FigureCards totals={r.totals} onDrill={setDrill} />
          <Section title={t('reports.steps.title')} description={t('reports.steps.description')}>
            <Stack gap="md">
              <Suspense fallback={<Skeleton h={290} radius="sm" />}>
                <StepCharts steps={r.steps} onDrill={setDrill} />
              </Suspense>
              <StepTable steps={r.steps} onDrill={setDrill} />
            </Stack>
          </Section>
          <Section title={t('reports.operators.title')}>
            <OperatorTable operators={r.operators} onDrill={setDrill} />
          </Section>
          <Section title={t('reports.loop.title')} description={t('reports.loop.description')}>
            <LoopAndRejections report={r} onDrill={setDrill} />
          </Section>
          <Section title={t('reports.overruns.title')} description={t('reports.overruns.description')}>
            <OverrunTable steps={r.steps} zone={zone} />
          </Section>
        </Stack>
      ) : null}
      {/* The office's cases live in bags on the share, not on this PC: each opens its bag's read-only view. */}
      <CasesDrawer
        drill={drill}
        targets={{ caseIds: r && r.source !== 'office' ? r.caseIds : {}, bags: r?.source === 'office' ? r.bags : {}, onOpenBag: setArchived }}
        onClose={() => setDrill(null)}
      />
      <ArchivedCaseDialog opened={archived} zone={zone} onClose={() => setArchived(null)} />
    </Stack>
  );
}
