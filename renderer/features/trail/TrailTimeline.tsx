/**
 * The case's audit trail as a timeline (issue 3 §5): every event with its operator and time; for a
 * finished step, the outcome, the working time against the standard and the overrun reason; the
 * turnaround kept apart; and the verdict of the hash chain (workflow.trail).
 */
import { Alert, Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ZonaWaktu } from '../../../shared/dates';
import type { CaseRecord, RequestKind } from '../../../shared/domain/case';
import { DOCUMENT_TYPE_LABELS } from '../../../shared/domain/document';
import { DOCUMENT_ACTION_LABELS, TRAIL_EVENT_LABELS, type CaseEvent, type EventOf } from '../../../shared/domain/trail';
import type { StepTimer, WorkflowState } from '../../../shared/domain/workflow';
import { arrowOf, stepTitle, type StepNo } from '../../../shared/sop/definition';
import { Section } from '../../components/Section';
import { CorrectionList } from './CorrectionList';
import { useTrailVerdict, useWorkflowState } from '../workflow/api';
import { bi, formatDuration, formatMinutes } from '../workflow/format';
import { uiTime } from '../../i18n/dates';

/** The SOP step an event belongs to (registration, the step clock, a step judged); null for corrections, documents and hand-overs. */
function stepOf(e: CaseEvent): StepNo | null {
  return e.type === 'intake_corrected' || e.type === 'documents_changed' || e.type === 'handed_over' || e.type === 'handover_received' ? null : e.payload.step;
}

/** The timed visit an event closed (same step, completed at the event's time). */
function visitOf(e: CaseEvent, timers: StepTimer[]): StepTimer | undefined {
  const step = stepOf(e);
  return timers.find((v) => v.step === step && v.completedAt === e.at);
}

function Verdict({ id }: { id: string }) {
  const { t } = useTranslation('workflow');
  const verdict = useTrailVerdict(id);
  if (!verdict.data) return null;
  const v = verdict.data;
  return v.ok ? (
    <Badge color="teal" variant="light" tt="none" data-testid="trail-verdict">
      {t('trail.verified', { n: v.events })}
    </Badge>
  ) : (
    <Alert color="red" variant="light" title={t('trail.broken', { n: (v.brokenAt ?? 0) + 1 })} data-testid="trail-verdict">
      {v.message}
    </Alert>
  );
}

/** A document action: what was done, to how many documents (payload from core documents/trailPayload.ts). */
function DocumentAction({ payload, lang }: { payload: EventOf<'documents_changed'>['payload']; lang: string }) {
  const detail = payload.documents.map((d) => `${DOCUMENT_TYPE_LABELS[d.type]} (${d.pages.length} ${lang === 'en' ? 'p.' : 'hlm.'})`).join(', ');
  return (
    <Text size="xs" data-testid="trail-documents">
      {bi(DOCUMENT_ACTION_LABELS[payload.action], lang)}
      {detail ? `: ${detail}` : ''}
    </Text>
  );
}

function EventBody({ e, timers, zone }: { e: CaseEvent; timers: StepTimer[] | undefined; zone: ZonaWaktu }) {
  const { t, i18n } = useTranslation('workflow');
  const lang = i18n.language;
  const arrow = e.type === 'step_completed' ? arrowOf(e.payload.step, e.payload.outcome) : undefined;
  const visit = e.type === 'step_completed' && timers ? visitOf(e, timers) : undefined;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {uiTime(e.at, zone)} · {e.operator ? e.operator.name : t('trail.system')}
        {e.source ? ` · ${t('trail.via', { source: t(`trail.source.${e.source}`) })}` : ''}
        {arrow ? ` · ${t('trail.outcome', { label: bi(arrow.label, lang) })}` : ''}
      </Text>
      {visit ? (
        <Group gap="xs">
          <Text size="xs" c={visit.overrun ? 'red.8' : undefined} fw={500} data-testid="trail-duration">
            {visit.standardMinutes !== null
              ? t('trail.duration', { worked: formatDuration(visit.workedMs, t), standard: formatMinutes(visit.standardMinutes, t) })
              : t('trail.durationNoStd', { worked: formatDuration(visit.workedMs, t) })}
          </Text>
          {visit.overrun ? (
            <Badge color="red" size="xs" tt="none">
              {t('trail.overrun')}
            </Badge>
          ) : null}
        </Group>
      ) : null}
      {e.type === 'intake_corrected' ? <CorrectionList changes={e.payload.changes} /> : null}
      {e.type === 'documents_changed' ? <DocumentAction payload={e.payload} lang={lang} /> : null}
      {e.type === 'handed_over' ? <Text size="xs">{t('trail.handedOver', { to: e.payload.to, computer: e.payload.computer })}</Text> : null}
      {e.type === 'handover_received' ? <Text size="xs">{t('trail.handoverReceived', { from: e.payload.from, computer: e.payload.computer })}</Text> : null}
      {visit?.overrunReason ? (
        <Text size="xs" fs="italic" data-testid="trail-overrun-reason">
          {t('trail.overrunReason', { reason: visit.overrunReason })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The events as a timeline, with the labels of the SOP (also for an archived case read from its bag). */
export function TrailEvents({ events, kind, timers, zone }: { events: readonly CaseEvent[]; kind: RequestKind; timers: StepTimer[] | undefined; zone: ZonaWaktu }) {
  const { t, i18n } = useTranslation('workflow');
  if (events.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('trail.empty')}
      </Text>
    );
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="trail-timeline" styles={{ item: { marginTop: 10 } }}>
      {events.map((e) => {
        const step = stepOf(e);
        const title = `${bi(TRAIL_EVENT_LABELS[e.type], i18n.language)}${step !== null ? ` — ${t('trail.step', { n: step })}: ${bi(stepTitle(step, kind), i18n.language)}` : ''}`;
        return (
          <Timeline.Item key={e.seq} title={<Text size="sm" fw={600} lh={1.3}>{title}</Text>} color={e.type === 'step_completed' ? 'teal' : e.type === 'step_paused' ? 'gray' : 'blue'}>
            <EventBody e={e} timers={timers} zone={zone} />
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

/**
 * "Waktu layanan …": received → notified, the admin's working time and the wait for the Pokja apart.
 * Only once the requester was notified (SOP step 8): before that it would be a clock still running.
 */
export function Turnaround({ turnaround }: { turnaround: WorkflowState['turnaround'] | undefined }) {
  const { t } = useTranslation('workflow');
  if (!turnaround?.notifiedAt) return null;
  return (
    <Text size="xs" c="dimmed" maw={620} ta="right" data-testid="turnaround">
      {t('trail.turnaround', {
        elapsed: formatDuration(turnaround.elapsedMs, t),
        work: formatDuration(turnaround.adminWorkMs, t),
        waiting: formatDuration(turnaround.waitingMs, t),
      })}
    </Text>
  );
}

export function TrailTimeline({ record, zone }: { record: CaseRecord; zone: ZonaWaktu }) {
  const { t } = useTranslation('workflow');
  const state = useWorkflowState(record.id);
  return (
    <Section title={t('trail.title')}>
      <Group justify="space-between" align="flex-start">
        <Verdict id={record.id} />
        <Turnaround turnaround={state.data?.turnaround} />
      </Group>
      <TrailEvents events={record.events} kind={record.intake.kind} timers={state.data?.timers} zone={zone} />
    </Section>
  );
}
