/**
 * SOP steps 7–9: the rejection notice (failed checks + free text), the notification of the new
 * password / User ID information with the must-change-default-password reminder, and archiving
 * (box, folder, shelf; electronic archive status). A case closes only after step 9.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Checkbox, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { FormProvider, useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CaseRecord } from '../../../shared/domain/case';
import { messageToken } from '../../../shared/messages/format';
import { foldTrail, passwordWasReset } from '../../../shared/domain/workflowFold';
import {
  CHECKLIST_LABELS, NOTICE_CHANNELS, NOTICE_CHANNEL_LABELS, archiveSchema, notificationSchema, rejectionSchema, type WorkflowState,
} from '../../../shared/domain/workflow';
import { call, errorMessage } from '../../api/client';
import { TextareaField, TextField } from '../../components/form/fields';
import { hrefOf } from '../../router/routes';
import { bi } from '../workflow/format';
import { CheckField, ChoiceField, InstantField, useStepKit, useStepSubmit } from './stepKit';
import { StepLetters } from '../letters/StepLetters';
import { UnprintedLetters } from '../letters/UnprintedLetters';

type RejIn = z.input<typeof rejectionSchema>;
type RejOut = z.output<typeof rejectionSchema>;

/**
 * The failed checks a rejection can cite: step 5's mismatches and failed confirmations, and step 2's
 * failed lines. Worded in Indonesian whatever the UI language: they go into the record and the letter.
 */
function offeredChecks(state: WorkflowState): string[] {
  return [...state.lastValidityProblems, ...state.lastFailedLines.map((l) => `${CHECKLIST_LABELS[l].id}: tidak terpenuhi`)];
}

function FailedChecks({ offered }: { offered: string[] }) {
  const { t } = useTranslation('workflow');
  const { field } = useController<RejIn, 'failedChecks'>({ name: 'failedChecks' });
  const value: unknown = field.value;
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  if (offered.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('s7.noFailed')}
      </Text>
    );
  return (
    <Checkbox.Group label={t('s7.failedChecks')} value={list} onChange={field.onChange}>
      <Stack gap={4} mt={6}>
        {offered.map((c) => (
          <Checkbox key={c} value={c} label={c} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

export function RejectionForm({ state }: { state: WorkflowState }) {
  const { t, i18n } = useTranslation('workflow');
  const { zone, now } = useStepKit();
  const offered = offeredChecks(state);
  const form = useForm<RejIn, unknown, RejOut>({
    defaultValues: { step: 7, failedChecks: offered, reason: '', sentAt: now().toISOString() },
    resolver: zodResolver(rejectionSchema),
  });
  const { onSubmit, finish } = useStepSubmit(form);
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t('step.form', { n: 7 })}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('s7.intro')}
          </Text>
          <FailedChecks offered={offered} />
          <TextareaField<RejIn> name="reason" label={t('s7.reason')} mandatory autosize minRows={2} />
          <ChoiceField<RejIn>
            name="channel"
            label={t('s7.channel')}
            inline
            options={NOTICE_CHANNELS.map((c) => ({ value: c, label: bi(NOTICE_CHANNEL_LABELS[c], i18n.language) }))}
          />
          <InstantField<RejIn> name="sentAt" label={t('s7.sentAt')} zone={zone} />
          <StepLetters caseId={state.caseId} kinds={['completeness_result', 'validity_result', 'rejection_notice']} upcoming={['rejection_notice']} />
          {finish()}
        </Stack>
      </form>
    </FormProvider>
  );
}

type NotIn = z.input<typeof notificationSchema>;
type NotOut = z.output<typeof notificationSchema>;

function RevealPassword({ caseId }: { caseId: string }) {
  const { t } = useTranslation('workflow');
  // Memory only: the mutation's result is dropped as soon as this screen goes (gcTime 0).
  const reveal = useMutation({ mutationFn: () => call('workflow.password.reveal', { id: caseId }), gcTime: 0 });
  return (
    <Paper withBorder p="sm" radius="sm" bg="yellow.0">
      <Group gap="sm">
        {reveal.data ? (
          <Code fz="lg" fw={700} data-testid="revealed-password" style={{ letterSpacing: 1 }}>
            {reveal.data.password}
          </Code>
        ) : (
          <Button size="xs" variant="light" onClick={() => reveal.mutate()} loading={reveal.isPending}>
            {t('s8.reveal')}
          </Button>
        )}
        <Text size="xs" c="dimmed">
          {t('s8.revealHint')}
        </Text>
      </Group>
      {reveal.isError ? (
        <Text size="sm" c="orange.8" mt={4} role="alert">
          {t('s8.revealGone')} ({errorMessage(reveal.error)})
        </Text>
      ) : null}
    </Paper>
  );
}

export function NotificationForm({ record, state }: { record: CaseRecord; state: WorkflowState }) {
  const { t } = useTranslation('workflow');
  const { zone, now } = useStepKit();
  // The core asks for the reminder only when a password was reset (a User-ID-only change hands over none);
  // the form checks the same before sending, so the message stands under the box alone.
  const reset = passwordWasReset(foldTrail(record.events), record.intake.kind);
  const schema = useMemo(
    () => (reset ? notificationSchema.refine((v) => v.mustChangeReminder, { path: ['mustChangeReminder'], message: messageToken('schema.mustChangeReminder') }) : notificationSchema),
    [reset],
  );
  const form = useForm<NotIn, unknown, NotOut>({
    defaultValues: { step: 8, receivedBy: record.intake.requester.name, at: now().toISOString(), notes: '' },
    resolver: zodResolver(schema),
  });
  const { onSubmit, finish } = useStepSubmit(form);
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t('step.form', { n: 8 })}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('s8.intro')}
          </Text>
          {state.password.held ? <RevealPassword caseId={record.id} /> : null}
          <ChoiceField<NotIn>
            name="channel"
            label={t('s8.channel')}
            inline
            options={(['in_person', 'letter', 'email'] as const).map((c) => ({ value: c, label: t(`s8.${c}`) }))}
          />
          <Group grow align="flex-start">
            <TextField<NotIn> name="receivedBy" label={t('s8.receivedBy')} mandatory />
            <InstantField<NotIn> name="at" label={t('s8.at')} zone={zone} />
          </Group>
          {reset ? (
            <Alert color="red" variant="light" p="sm">
              <CheckField<NotIn> name="mustChangeReminder" label={<Text size="sm" fw={600}>{t('s8.reminder')}</Text>} />
            </Alert>
          ) : null}
          <TextareaField<NotIn> name="notes" label={t('s8.notes')} autosize minRows={1} />
          <StepLetters caseId={record.id} kinds={['reset_report', 'notification']} upcoming={['notification']} />
          {finish()}
        </Stack>
      </form>
    </FormProvider>
  );
}

type ArcIn = z.input<typeof archiveSchema>;
type ArcOut = z.output<typeof archiveSchema>;

export function ArchiveForm() {
  const { t } = useTranslation('workflow');
  const form = useForm<ArcIn, unknown, ArcOut>({
    defaultValues: { step: 9, physical: { box: '', folder: '', shelf: '' }, electronic: 'pending', electronicRef: '', notes: '' },
    resolver: zodResolver(archiveSchema),
  });
  const { onSubmit, finish } = useStepSubmit(form);
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t('step.form', { n: 9 })}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('step9.intro', { ns: 'archive' })}
          </Text>
          <div>
            <Title order={4} size="h6" mb={4}>
              {t('s9.physical')}
            </Title>
            <SimpleGrid cols={3} spacing="sm">
              <TextField<ArcIn> name="physical.box" label={t('s9.box')} mandatory />
              <TextField<ArcIn> name="physical.folder" label={t('s9.folder')} mandatory />
              <TextField<ArcIn> name="physical.shelf" label={t('s9.shelf')} mandatory />
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt={4} data-testid="physical-hint">
              {t('step9.physicalHint', { ns: 'archive' })}{' '}
              <Anchor href={hrefOf({ name: 'archive', tab: 'labels' })} size="xs">
                {t('step9.labelsLink', { ns: 'archive' })}
              </Anchor>
              .
            </Text>
          </div>
          {/* The electronic archive is the export's job now (issue 5 §4): the step records 'pending' and the
              case page's "Arsip elektronik" panel follows the bag to the shared drive. */}
          <Alert color="blue" variant="light" p="sm" title={t('step9.electronic', { ns: 'archive' })}>
            <Text size="sm">{t('step9.automatic', { ns: 'archive' })}</Text>
          </Alert>
          <TextareaField<ArcIn> name="notes" label={t('s9.notes')} autosize minRows={1} />
          <StepLetters kinds={['rejection_notice', 'notification', 'control_sheet']} />
          <UnprintedLetters />
          {/* The last step: saving closes the case (read-only from then on), and the button says so. */}
          {finish(t('s9.submit'))}
        </Stack>
      </form>
    </FormProvider>
  );
}
