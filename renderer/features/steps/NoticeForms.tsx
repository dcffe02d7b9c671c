/**
 * SOP steps 3 and 4: the notice to complete the file (missing items taken from the failed checklist
 * lines, a deadline — default 14 days), the Pokja's waiting time with days left, supplementary
 * documents received (back to step 2), and, past the deadline, closing as *not completed*.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { FormProvider, useController, useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  CHECKLIST_MISSING, NOTICE_CHANNELS, NOTICE_CHANNEL_LABELS, completionNoticeSchema, expirySchema, supplementSchema, type WorkflowState,
} from '../../../shared/domain/workflow';
import { DateFieldControl, TextareaField } from '../../components/form/fields';
import { requiredProps } from '../../components/form/required';
import { useWorkflowSettings } from '../workflow/api';
import { bi } from '../workflow/format';
import { ChoiceField, InstantField, useStepKit, useStepSubmit } from './stepKit';
import { StepLetters } from '../letters/StepLetters';
import { coreText } from '../../i18n/coreMessages';
import { uiDate } from '../../i18n/dates';

type NoticeIn = z.input<typeof completionNoticeSchema>;
type NoticeOut = z.output<typeof completionNoticeSchema>;

export function NoticeForm({ state }: { state: WorkflowState }) {
  const settings = useWorkflowSettings();
  const { t, i18n } = useTranslation('workflow');
  const { zone, now } = useStepKit();
  const form = useForm<NoticeIn, unknown, NoticeOut>({
    defaultValues: {
      step: 3,
      missingItems: state.lastFailedLines,
      otherMissing: '',
      sentAt: now().toISOString(),
      // The core's suggestion: today + the configured waiting days (default 14), in the office's zone.
      deadline: state.suggestedDeadline,
      notes: '',
    },
    resolver: zodResolver(completionNoticeSchema),
  });
  const { onSubmit, finish } = useStepSubmit(form);
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t('step.form', { n: 3 })}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('s3.intro')}
          </Text>
          <Paper withBorder p="sm" radius="sm" bg="orange.0">
            <Text size="sm" fw={600} mb={4}>
              {t('s3.missing')}
            </Text>
            <List size="sm" spacing={2} data-testid="missing-items">
              {state.lastFailedLines.map((l) => (
                <List.Item key={l}>{bi(CHECKLIST_MISSING[l], i18n.language)}</List.Item>
              ))}
            </List>
          </Paper>
          <TextareaField<NoticeIn> name="otherMissing" label={t('s3.otherMissing')} autosize minRows={1} />
          <ChoiceField<NoticeIn>
            name="channel"
            label={t('s3.channel')}
            inline
            options={NOTICE_CHANNELS.map((c) => ({ value: c, label: bi(NOTICE_CHANNEL_LABELS[c], i18n.language) }))}
          />
          <Group grow align="flex-start">
            <InstantField<NoticeIn> name="sentAt" label={t('s3.sentAt')} zone={zone} />
            <DateFieldControl<NoticeIn> name="deadline" label={t('s3.deadline')} mandatory description={t('s3.deadlineHelp', { n: settings.data?.waitingDeadlineDays ?? 14 })} />
          </Group>
          <TextareaField<NoticeIn> name="notes" label={t('s3.notes')} autosize minRows={1} />
          <StepLetters caseId={state.caseId} kinds={['completeness_result', 'completion_notice']} upcoming={['completion_notice']} />
          {finish()}
        </Stack>
      </form>
    </FormProvider>
  );
}

type SupplementIn = z.input<typeof supplementSchema>;
type SupplementOut = z.output<typeof supplementSchema>;
type ExpiryIn = z.input<typeof expirySchema>;
type ExpiryOut = z.output<typeof expirySchema>;

/** One document per line; blank lines are not documents. */
const supplementResolver: Resolver<SupplementIn, unknown, SupplementOut> = (values, ctx, options) =>
  zodResolver(supplementSchema)({ ...values, items: (values.items ?? []).map((s) => s.trim()).filter((s) => s.length > 0) }, ctx, options);

function ItemsField() {
  const { t } = useTranslation('workflow');
  const { field, fieldState } = useController<SupplementIn, 'items'>({ name: 'items' });
  const value: unknown = field.value;
  const lines = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  return (
    <Textarea
      label={t('s4.items')}
      {...requiredProps(true)}
      value={lines.join('\n')}
      onChange={(e) => field.onChange(e.currentTarget.value.split('\n'))}
      onBlur={field.onBlur}
      error={coreText(fieldState.error?.message ?? (fieldState.error as { root?: { message?: string } } | undefined)?.root?.message)}
      autosize
      minRows={2}
      name="items"
    />
  );
}

export function WaitingPanel({ state, canExpire }: { state: WorkflowState; canExpire: boolean }) {
  const { t, i18n } = useTranslation('workflow');
  const w = state.waiting;
  return (
    <Stack gap="md">
      <Alert color={w?.overdue ? 'red' : 'orange'} variant="light" title={t('s4.waiting')} data-testid="waiting">
        <Stack gap={6}>
          <Text size="sm">{t('step.waitingPokja')}</Text>
          {w ? (
            <Group gap="sm">
              <Text size="sm" fw={600}>
                {t('s4.deadline', { date: uiDate(w.deadline) })}
              </Text>
              <Badge color={w.overdue ? 'red' : 'orange'} variant={w.overdue ? 'filled' : 'light'} tt="none">
                {w.daysLeft < 0 ? t('s4.overdue', { n: -w.daysLeft }) : t('s4.daysLeft', { n: w.daysLeft })}
              </Badge>
            </Group>
          ) : null}
          {w && w.missingItems.length > 0 ? (
            <div>
              <Text size="sm" fw={600}>
                {t('s4.missing')}
              </Text>
              <List size="sm" spacing={2}>
                {w.missingItems.map((l) => (
                  <List.Item key={l}>{bi(CHECKLIST_MISSING[l], i18n.language)}</List.Item>
                ))}
                {w.otherMissing ? <List.Item>{w.otherMissing}</List.Item> : null}
              </List>
            </div>
          ) : null}
        </Stack>
      </Alert>
      <StepLetters caseId={state.caseId} kinds={['completion_notice']} />
      <SupplementForm />
      <ExpiryForm canExpire={canExpire} />
    </Stack>
  );
}

function SupplementForm() {
  const { t } = useTranslation('workflow');
  const { zone, now } = useStepKit();
  const form = useForm<SupplementIn, unknown, SupplementOut>({
    defaultValues: { step: 4, outcome: 'supplemented', receivedAt: now().toISOString(), items: [], notes: '' },
    resolver: supplementResolver,
  });
  const { onSubmit, finish } = useStepSubmit(form);
  return (
    <Paper withBorder p="md" radius="md">
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate aria-label={t('s4.receivedTitle')}>
          <Stack gap="sm">
            <Title order={4} size="h5">
              {t('s4.receivedTitle')}
            </Title>
            <InstantField<SupplementIn> name="receivedAt" label={t('s4.receivedAt')} zone={zone} />
            <ItemsField />
            <TextareaField<SupplementIn> name="notes" label={t('s4.notes')} autosize minRows={1} />
            {finish(t('s4.received'))}
          </Stack>
        </form>
      </FormProvider>
    </Paper>
  );
}

function ExpiryForm({ canExpire }: { canExpire: boolean }) {
  const { t } = useTranslation('workflow');
  const form = useForm<ExpiryIn, unknown, ExpiryOut>({
    defaultValues: { step: 4, outcome: 'expired', reason: '' },
    resolver: zodResolver(expirySchema),
  });
  const { onSubmit, finish } = useStepSubmit(form);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} size="h5" mb="xs">
        {t('s4.expireTitle')}
      </Title>
      {canExpire ? (
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate aria-label={t('s4.expireTitle')}>
            <Stack gap="sm">
              <Text size="sm">{t('s4.expireBody')}</Text>
              <TextareaField<ExpiryIn> name="reason" label={t('s4.reason')} mandatory autosize minRows={2} />
              {finish(t('s4.expire'), 'red')}
            </Stack>
          </form>
        </FormProvider>
      ) : (
        <Text size="sm" c="dimmed">
          {t('s4.expireNotYet')}
        </Text>
      )}
    </Paper>
  );
}
