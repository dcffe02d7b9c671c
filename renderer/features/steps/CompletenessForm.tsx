/**
 * SOP step 2: the completeness checklist. The decision follows from the lines (any "Tidak" →
 * incomplete); it is pre-set from them and the admin confirms it (issue 3 §3).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { FormProvider, useController, useForm, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RequestKind } from '../../../shared/domain/case';
import {
  CHECKLIST_LABELS, CHECKLIST_LINES, applicableLines, completenessSchema, failedLines, type ChecklistLine,
} from '../../../shared/domain/workflow';
import { TextareaField } from '../../components/form/fields';
import { bi } from '../workflow/format';
import { ChoiceField, useStepSubmit } from './stepKit';
import { StepLetters } from '../letters/StepLetters';
import { IconCheck } from '../documents/icons';
import { coreText } from '../../i18n/coreMessages';

type In = z.input<typeof completenessSchema>;
type Out = z.output<typeof completenessSchema>;

function ChecklistRow({ line }: { line: ChecklistLine }) {
  const { t, i18n } = useTranslation('workflow');
  const { control } = useFormContext<In>();
  const { field, fieldState } = useController({ name: `checklist.${line}`, control });
  const value: unknown = field.value;
  const label = bi(CHECKLIST_LABELS[line], i18n.language);
  const failed = value === 'no';
  return (
    <Group justify="space-between" wrap="nowrap" px="xs" py={6} role="group" aria-label={label} data-line={line} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', background: failed ? 'var(--mantine-color-red-0)' : undefined }}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Radio.Group value={typeof value === 'string' ? value : ''} onChange={field.onChange} aria-label={label} error={coreText(fieldState.error?.message)} name={field.name}>
        <Group gap="md" wrap="nowrap">
          <Radio value="yes" label={t('s2.yes')} color="teal" />
          <Radio value="no" label={t('s2.no')} color="red" />
        </Group>
      </Radio.Group>
    </Group>
  );
}

export function CompletenessForm({ kind }: { kind: RequestKind }) {
  const { t } = useTranslation('workflow');
  const lines = applicableLines(kind);
  const form = useForm<In, unknown, Out>({
    defaultValues: {
      step: 2,
      // Lines that do not apply to this kind of request are "na" (a reset-only request states no changes).
      checklist: Object.fromEntries(CHECKLIST_LINES.filter((l) => !lines.includes(l)).map((l) => [l, 'na'])),
      notes: '',
    },
    resolver: zodResolver(completenessSchema),
  });
  const { onSubmit, finish } = useStepSubmit(form);
  const checklist = useWatch({ control: form.control, name: 'checklist' });
  const answered = lines.every((l) => checklist?.[l] === 'yes' || checklist?.[l] === 'no');
  const derived = failedLines(kind, checklist ?? {}).length === 0 ? 'complete' : 'incomplete';
  const decision = useWatch({ control: form.control, name: 'decision' });
  useEffect(() => {
    if (answered) form.setValue('decision', derived, { shouldValidate: form.formState.isSubmitted });
  }, [answered, derived, form]);

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t('step.form', { n: 2 })}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('s2.intro')}
          </Text>
          <Group justify="flex-end">
            {/* The usual case at the counter: everything is there. One click, then untick what is not. */}
            {/* An action, so it looks like one (outlined, a tick, a verb): a light teal "Semua terpenuhi" read as a status. */}
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCheck size={14} />}
              onClick={() => {
                for (const l of lines) form.setValue(`checklist.${l}`, 'yes', { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
              }}
            >
              {t('s2.allYes')}
            </Button>
          </Group>
          <Paper withBorder radius="sm" role="group" aria-label={t('s2.checklist')}>
            {lines.map((l) => (
              <ChecklistRow key={l} line={l} />
            ))}
          </Paper>
          {answered ? (
            <Alert color={derived === 'complete' ? 'teal' : 'orange'} variant="light" py="xs">
              {t('s2.follows', { result: derived === 'complete' ? t('s2.resultComplete') : t('s2.resultIncomplete') })}
            </Alert>
          ) : null}
          <ChoiceField<In>
            name="decision"
            label={t('s2.decisionLabel')}
            options={[
              { value: 'complete', label: t('s2.complete') },
              { value: 'incomplete', label: t('s2.incomplete') },
            ]}
          />
          {answered && decision && decision !== derived ? (
            <Text size="sm" c="red">
              {t('s2.contradiction')}
            </Text>
          ) : null}
          <TextareaField<In> name="notes" label={t('s2.notes')} autosize minRows={2} />
          <StepLetters kinds={['receipt']} />
          {finish()}
        </Stack>
      </form>
    </FormProvider>
  );
}
