/**
 * The guided SOP on the case page: the panel of the step the case is at (its requirement, output,
 * timer and form) beside the flowchart. What may be done is decided by the core (`workflow.state`
 * actions); this panel only offers it.
 */
import { Alert, Badge, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZonaWaktu } from '../../../shared/dates';
import type { CaseRecord, RequestKind } from '../../../shared/domain/case';
import type { StepPayloadInput, WorkflowState } from '../../../shared/domain/workflow';
import { sopStep, stepNote, stepTitle, type StepNo } from '../../../shared/sop/definition';
import { errorMessage } from '../../api/client';
import { LoadError, Loading } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useFocusOnChange } from '../../components/useFocusOnChange';
import { ArchiveForm, NotificationForm, RejectionForm } from '../steps/CloseForms';
import { CompletenessForm } from '../steps/CompletenessForm';
import { NoticeForm, WaitingPanel } from '../steps/NoticeForms';
import { ResetForm } from '../steps/ResetForm';
import { StepKitContext, type StepKit } from '../steps/stepKit';
import { ValidityForm } from '../steps/ValidityForm';
import { useCoreClock, useSession, useWorkflowAction, useWorkflowState } from './api';
import { HandedOverNotice } from '../office/HandOver';
import { Flowchart } from './Flowchart';
import { bi, formatDuration, formatMinutes } from './format';
import { StepTimer } from './StepTimer';

/** Scrolled into view under the app's fixed header (AppLayout header height + a little air). */
const PANEL_SCROLL_MARGIN = { scrollMarginTop: 72 } as const;

/** Steps whose form needs the page's width at 1366×768 (step 5's comparison table); the flowchart goes below. */
const WIDE_STEPS: ReadonlySet<number> = new Set([5]);

export function WorkflowPanel({ record, zone }: { record: CaseRecord; zone: ZonaWaktu }) {
  const { t } = useTranslation('workflow');
  const state = useWorkflowState(record.id);
  const wide = state.data?.step != null && WIDE_STEPS.has(state.data.step) && state.data.current !== null;
  return (
    // 24 columns: the flowchart gets 11/24 at 1366×768 so its whole titles read at about 10 px.
    <Grid gap="md" align="stretch" columns={24}>
      <Grid.Col span={wide ? 24 : 13}>
        {state.isPending ? <Loading /> : null}
        {state.isError ? <LoadError error={state.error} onRetry={() => void state.refetch()} /> : null}
        {state.data ? <StepPanel record={record} state={state.data} fetchedAt={state.dataUpdatedAt} zone={zone} /> : null}
      </Grid.Col>
      <Grid.Col span={wide ? 24 : 11}>
        <Section title={t('flow.title')}>{state.data ? <Flowchart state={state.data} kind={record.intake.kind} /> : null}</Section>
      </Grid.Col>
    </Grid>
  );
}

/** Flips to true when the open step's clock passes its standard time (no re-render every second). */
function useOverrun(state: WorkflowState, fetchedAt: number): boolean {
  const timer = state.current;
  const standardMs = timer?.standardMinutes == null ? null : timer.standardMinutes * 60_000;
  const [now, setNow] = useState(() => Date.now());
  const overAt = timer && standardMs !== null && timer.running ? fetchedAt + (standardMs - timer.workedMs) + 500 : null;
  useEffect(() => {
    if (overAt === null || overAt <= Date.now()) return;
    const id = window.setTimeout(() => setNow(Date.now()), Math.min(overAt - Date.now(), 2_147_000_000));
    return () => window.clearTimeout(id);
  }, [overAt]);
  if (!timer || standardMs === null) return false;
  return timer.overrun || timer.workedMs > standardMs || (overAt !== null && now >= overAt);
}

/** Each timed visit of a closed case against its standard: the SOP's *mutu baku* at a glance. */
function StepTimes({ state, kind }: { state: WorkflowState; kind: RequestKind }) {
  const { t, i18n } = useTranslation('workflow');
  if (state.timers.length === 0) return null;
  return (
    <Table mt="md" withTableBorder verticalSpacing={4} fz="sm" data-testid="step-times">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('times.step')}</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('times.worked')}
          </Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t('times.standard')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {state.timers.map((v) => (
          <Table.Tr key={`${v.step}-${v.visit}`} c={v.overrun ? 'red.8' : undefined}>
            <Table.Td>
              {v.step}. {bi(stepTitle(v.step, kind), i18n.language)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {formatDuration(v.workedMs, t)}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {v.standardMinutes === null ? '—' : formatMinutes(v.standardMinutes, t)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function StepHeader({ step, kind, standard, titleRef }: { step: StepNo; kind: RequestKind; standard: number | undefined; titleRef: RefObject<HTMLHeadingElement | null> }) {
  const { t, i18n } = useTranslation('workflow');
  const def = sopStep(step);
  const note = stepNote(step, kind);
  // The standard in force (workflow settings may override the SOP's figure).
  const minutes = standard ?? def.standardMinutes;
  const lang = i18n.language;
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} size="h4" data-testid="step-title" ref={titleRef} tabIndex={-1} style={{ outline: 'none' }}>
          {t('step.title', { n: step, title: bi(stepTitle(step, kind), lang) })}
        </Title>
        {minutes !== null ? (
          <Badge variant="light" color="blue" size="lg" tt="none" style={{ flexShrink: 0 }}>
            {t('step.standard')}: {formatMinutes(minutes, t)}
          </Badge>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        <b>{t('step.requirement')}:</b> {bi(def.requirement, lang)} · <b>{t('step.output')}:</b> {bi(def.output, lang)}
      </Text>
      {note ? (
        <Text size="xs" c="blue.9">
          <b>{t('step.noteSop')}:</b> {bi(note, lang)}
        </Text>
      ) : null}
    </Stack>
  );
}

function StepPanel({ record, state, fetchedAt, zone }: { record: CaseRecord; state: WorkflowState; fetchedAt: number; zone: ZonaWaktu }) {
  const { t } = useTranslation('workflow');
  const session = useSession();
  const open = useWorkflowAction('workflow.open');
  const pause = useWorkflowAction('workflow.pause');
  const resume = useWorkflowAction('workflow.resume');
  const complete = useWorkflowAction('workflow.complete');
  const clock = useCoreClock();
  const overrun = useOverrun(state, fetchedAt);
  const step = state.step;
  const panelRef = useRef<HTMLDivElement>(null);
  const saved = useRef(false);
  const visit = state.current?.visit ?? 0;
  useEffect(() => {
    if (!saved.current) return;
    saved.current = false;
    panelRef.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [step, visit, state.closed]);
  // After a save (the next step) or "Mulai langkah ini" (the form), focus goes to the step's title.
  const title = useRef<HTMLHeadingElement>(null);
  useFocusOnChange(`${step}/${state.current?.visit ?? '-'}`, title);
  const kit = useMemo<StepKit>(
    () => ({
      zone,
      now: clock,
      overrun,
      busy: complete.isPending,
      complete: async (payload: StepPayloadInput, overrunReason: string) => {
        // "Simpan dan lanjutkan" also starts the next admin step (its clock too), in the same write.
        await complete.mutateAsync({ id: record.id, revision: state.revision, payload, overrunReason, openNext: true });
        notifications.show({ color: 'teal', message: t('step.saved', { n: payload.step }) });
        // The next step's panel, not the middle of the page, is what the admin looks at after a save.
        saved.current = true;
      },
    }),
    [zone, clock, overrun, complete, record.id, state.revision, t],
  );

  if (state.closed || step === null)
    return (
      <Paper withBorder radius="md" p="md" data-testid="step-panel" ref={panelRef} style={PANEL_SCROLL_MARGIN}>
        <Title order={2} size="h4">
          {t('step.closedTitle')}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t('step.closedBody')}
        </Text>
        {state.result ? (
          <Badge mt="sm" size="lg" tt="none" color={state.result === 'completed' ? 'teal' : 'gray'} data-testid="case-result">
            {t(`queue.result.${state.result}`)}
          </Badge>
        ) : null}
        <StepTimes state={state} kind={record.intake.kind} />
      </Paper>
    );

  const actionError = open.error ?? pause.error ?? resume.error;
  let body: ReactNode;
  if (state.handedOverTo) {
    body = <HandedOverNotice id={record.id} caseNumber={record.caseNumber} to={state.handedOverTo} />;
  } else if (step === 4) {
    const canExpire = state.actions.some((a) => a.action === 'complete' && a.step === 4 && a.outcomes.includes('expired'));
    body = <WaitingPanel state={state} canExpire={canExpire} />;
  } else if (!state.current) {
    body = (
      <Stack gap="xs" align="flex-start">
        <Text size="sm" c="dimmed">
          {t('step.startHint')}
        </Text>
        <Button onClick={() => open.mutate({ id: record.id, step })} loading={open.isPending} disabled={session.data?.setupNeeded}>
          {t('step.start')}
        </Button>
      </Stack>
    );
  } else {
    const timer = state.current;
    body = (
      <Stack gap="sm">
        <StepTimer
          timer={timer}
          fetchedAt={fetchedAt}
          busy={pause.isPending || resume.isPending}
          onPause={() => pause.mutate({ id: record.id, step })}
          onResume={() => resume.mutate({ id: record.id, step })}
        />
        <StepForm key={`${step}-${timer.visit}`} step={step} record={record} state={state} />
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('step.title', { n: step, title: '' })} data-testid="step-panel" ref={panelRef} style={PANEL_SCROLL_MARGIN}>
      <Stack gap="md">
        <StepHeader step={step} kind={record.intake.kind} standard={state.standardMinutes[String(step)]} titleRef={title} />
        {actionError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(actionError)}
          </Alert>
        ) : null}
        <StepKitContext.Provider value={kit}>{body}</StepKitContext.Provider>
      </Stack>
    </Paper>
  );
}

function StepForm({ step, record, state }: { step: StepNo; record: CaseRecord; state: WorkflowState }) {
  switch (step) {
    case 2:
      return <CompletenessForm kind={record.intake.kind} />;
    case 3:
      return <NoticeForm state={state} />;
    case 5:
      return <ValidityForm record={record} />;
    case 6:
      return <ResetForm record={record} state={state} />;
    case 7:
      return <RejectionForm state={state} />;
    case 8:
      return <NotificationForm record={record} state={state} />;
    case 9:
      return <ArchiveForm />;
    case 1:
    case 4:
      return null;
  }
}
