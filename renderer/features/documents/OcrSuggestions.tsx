/**
 * OCR field suggestions in the intake form: the request's key fields read from the scanned letter
 * and SK (NIP, User ID, name, letter and SK number/date), each with the text it was read from and
 * a "Gunakan" button. A field changes only when the admin accepts it — never silently (issue 4,
 * part 6) — and stays unsaved until the form is saved.
 */
import { Alert, Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldSuggestion, SuggestionField } from '../../../shared/domain/document';
import { formatNip } from '../../../shared/nip';
import { call, errorMessage } from '../../api/client';
import type { IntakeDraft } from '../intake/intakeDraft';
import { newTaskId, useDocuments, useTaskProgress } from './hooks';
import { IconCheck, IconSparkles } from './icons';
import { uiDate } from '../../i18n/dates';

/** The intake form's own label of each field (one wording for the form and its suggestions). */
const FIELD_LABEL = {
  'requester.nip': 'intake.fields.nip',
  'requester.userId': 'intake.fields.userId',
  'requester.name': 'intake.fields.name',
  'letter.number': 'intake.fields.letterNumber',
  'letter.date': 'intake.fields.letterDate',
  'sk.number': 'intake.fields.skNumber',
  'sk.date': 'intake.fields.skDate',
} as const satisfies Record<SuggestionField, string>;

function display(s: Pick<FieldSuggestion, 'field' | 'value'>): string {
  if (s.field === 'requester.nip') return formatNip(s.value);
  if (s.field === 'letter.date' || s.field === 'sk.date') return uiDate(s.value);
  return s.value;
}

export function OcrSuggestions({ caseId }: { caseId: string }) {
  const { t } = useTranslation('documents');
  const { t: tm } = useTranslation();
  const form = useFormContext<IntakeDraft>();
  const values = useWatch({ control: form.control });
  const docs = useDocuments(caseId);
  const { percentOf } = useTaskProgress();
  const [taskId, setTaskId] = useState<string | null>(null);
  const [used, setUsed] = useState<Set<string>>(new Set());
  const read = useMutation({
    mutationFn: (id: string) => {
      setTaskId(id);
      return call('documents.suggestFields', { caseId, taskId: id });
    },
  });
  const documents = docs.data?.documents ?? [];
  const hasPages = documents.some((d) => d.pages.length > 0);

  // Read once when the form opens on a case with scans; OCR of a page is kept by the core.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !hasPages) return;
    started.current = true;
    read.mutate(newTaskId());
  }, [hasPages, read]);

  if (!hasPages) return null;
  const suggestions = read.data?.suggestions ?? [];
  const percent = percentOf(taskId);

  const current = (field: SuggestionField): string => {
    const [group, key] = field.split('.') as [keyof IntakeDraft, string];
    const g: unknown = values[group];
    return typeof g === 'object' && g !== null && key in g ? String((g as Record<string, unknown>)[key] ?? '') : '';
  };
  const source = (s: FieldSuggestion) => {
    const d = documents.find((x) => x.id === s.documentId);
    const page = (d?.pages.findIndex((p) => p.id === s.pageId) ?? -1) + 1;
    return d && page > 0 ? t('ocr.from', { type: t(`documentTypes.${d.type}`), page }) : '';
  };
  const use = (s: FieldSuggestion) => {
    form.setValue(s.field, s.value, { shouldDirty: true, shouldValidate: true, shouldTouch: true });
    setUsed((u) => new Set(u).add(`${s.field}|${s.value}`));
    notifications.show({ color: 'blue', message: t('ocr.applied', { field: tm(FIELD_LABEL[s.field]), value: display(s) }) });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('ocr.title')} bg="var(--mantine-color-blue-0)" data-testid="ocr-suggestions">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Group gap={6}>
              <IconSparkles size={16} color="var(--mantine-color-blue-7)" />
              <Title order={3} size="h5">
                {t('ocr.title')}
              </Title>
            </Group>
            <Text size="sm" c="dimmed">
              {t('ocr.description')}
            </Text>
          </div>
          <Button size="xs" variant="default" onClick={() => read.mutate(newTaskId())} loading={read.isPending}>
            {t('ocr.read')}
          </Button>
        </Group>
        {read.isPending ? (
          <Stack gap={2}>
            <Text size="xs">{t('ocr.reading', { percent: percent ?? 0 })}</Text>
            <Progress value={percent ?? 0} size="sm" animated aria-label={t('ocr.reading', { percent: percent ?? 0 })} />
          </Stack>
        ) : null}
        {read.isError ? (
          <Alert color="red" variant="light" title={t('ocr.failedTitle')} role="alert">
            <Text size="sm">{errorMessage(read.error)}</Text>
          </Alert>
        ) : null}
        {read.isSuccess && suggestions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('ocr.none')}
          </Text>
        ) : null}
        {suggestions.length > 0 ? (
          <Table verticalSpacing={4} withRowBorders bg="white" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={130}>{t('ocr.field')}</Table.Th>
                <Table.Th w={230}>{t('ocr.value')}</Table.Th>
                <Table.Th>{t('ocr.snippet')}</Table.Th>
                <Table.Th w={140} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {suggestions.map((s) => {
                const label = tm(FIELD_LABEL[s.field]);
                const same = current(s.field) === s.value;
                const wasUsed = used.has(`${s.field}|${s.value}`);
                return (
                  <Table.Tr key={`${s.field}|${s.value}|${s.pageId}`} data-testid="ocr-suggestion" data-field={s.field}>
                    <Table.Td fw={600}>
                      <Text size="sm" fw={600}>
                        {label}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('ocr.confidence', { n: Math.round(s.confidence * 100) })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff={s.field === 'requester.nip' || s.field === 'requester.userId' ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }}>
                        {display(s)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace" c="dark.4" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={3}>
                        {s.snippet}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {source(s)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {same ? (
                        <Badge color={wasUsed ? 'green' : 'gray'} variant="light" tt="none" leftSection={<IconCheck size={10} />}>
                          {wasUsed ? t('ocr.used') : t('ocr.same')}
                        </Badge>
                      ) : (
                        <Button size="compact-sm" onClick={() => use(s)} aria-label={t('ocr.useLabel', { value: display(s), field: label })}>
                          {t('ocr.use')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Paper>
  );
}
