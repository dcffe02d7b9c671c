/**
 * SOP step 5: the request side by side with (a) the SPSE account data the admin reads in SPSE and
 * types in and (b) earlier cases in the store for the same NIP or User ID; mismatches highlighted
 * (the same comparison the core records, shared/domain/workflowCompare.ts); a confirmation log
 * (telephone / in person); the decision.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FormProvider, useController, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { MethodOutput } from '../../../shared/contract/contract';
import type { CaseRecord } from '../../../shared/domain/case';
import { SPSE_FIELDS, SPSE_FIELD_LABELS, validitySchema, type SpseField } from '../../../shared/domain/workflow';
import { changeOf, compareWithSpse, sameValue, skStanding } from '../../../shared/domain/workflowCompare';
import { formatTanggal, localDate } from '../../../shared/dates';
import { formatNip } from '../../../shared/nip';
import { TextareaField, TextField } from '../../components/form/fields';
import { LoadError } from '../../components/QueryState';
import { useRelatedCases } from '../workflow/api';
import { bi } from '../workflow/format';
import { ChoiceField, InstantField, useStepKit, useStepSubmit } from './stepKit';
import { StepLetters } from '../letters/StepLetters';
import { coreText } from '../../i18n/coreMessages';
import { ArchivedCaseDialog, ArchivedCaseLink, type ArchivedRef } from '../office/ArchivedCaseDialog';

type In = z.input<typeof validitySchema>;
type Out = z.output<typeof validitySchema>;
type Related = MethodOutput<'workflow.relatedCases'>['items'][number];

/** The label stays for screen readers and tests; the column header says it for the eye. */
const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** A NIP is read in its groups ("19850312 201001 2 003"); a line break inside it misleads. */
const NOWRAP = { whiteSpace: 'nowrap' } as const;

const show = (field: SpseField, v: string) => (field === 'nip' && /^\d{18}$/.test(v) ? formatNip(v) : v);

function earlierValue(r: Related, field: SpseField): string {
  const v = r.requester[field];
  return typeof v === 'string' ? v : '';
}

function ComparisonTable({ record, related }: { record: CaseRecord; related: Related[] }) {
  const { t, i18n } = useTranslation('workflow');
  const spse = useWatch<In, 'spse'>({ name: 'spse' });
  const rows = compareWithSpse(record.intake, { name: '', nip: '', userId: '', email: '', phone: '', agency: '', ...spse });
  const mismatches = rows.filter((r) => r.match === false).length;
  const requested = (field: SpseField) => changeOf(record.intake, field)?.requested ?? '';
  const filled = rows.some((r) => r.match !== null);
  return (
    <Stack gap="xs">
      <Table withTableBorder withColumnBorders verticalSpacing={4} data-testid="comparison" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="14%">{t('s5.field')}</Table.Th>
            <Table.Th w="30%">{t('s5.request')}</Table.Th>
            <Table.Th w="32%">{t('s5.spse')}</Table.Th>
            <Table.Th>{t('s5.earlier')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const label = bi(SPSE_FIELD_LABELS[r.field], i18n.language);
            const bad = r.match === false;
            // Same person/value, written differently (case, spacing, punctuation, gelar): not a mismatch.
            const variant = r.match === true && r.variant;
            return (
              <Table.Tr key={r.field} data-field={r.field} data-mismatch={bad ? 'true' : undefined} data-variant={variant ? 'true' : undefined} style={bad ? { background: 'var(--mantine-color-red-0)' } : undefined}>
                <Table.Td fw={600}>
                  <Stack gap={2} align="flex-start">
                    {label}
                    {bad ? (
                      <Badge color="red" size="xs" tt="none">
                        {t('s5.mismatch')}
                      </Badge>
                    ) : null}
                    {variant ? (
                      <Badge color="teal" variant="light" size="xs" tt="none" data-testid="same-variant">
                        {t('s5.sameVariant')}
                      </Badge>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td style={{ overflowWrap: r.field === 'nip' ? 'normal' : 'anywhere' }}>
                  <Text size="sm" ff={r.field === 'nip' || r.field === 'userId' ? 'monospace' : undefined} style={r.field === 'nip' ? NOWRAP : undefined}>
                    {show(r.field, r.expected)}
                  </Text>
                  {/* SPSE should still hold the current value; the new one the request asks for follows. */}
                  {requested(r.field) ? (
                    <Text size="xs" c="dimmed" style={r.field === 'nip' ? NOWRAP : undefined} data-testid="requested-value">
                      {t('s5.requested', { value: show(r.field, requested(r.field)) })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <TextField<In> name={`spse.${r.field}`} label={`${label} (SPSE)`} size="xs" styles={{ label: VISUALLY_HIDDEN, input: bad ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined }} />
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {related.length === 0 ? (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  ) : (
                    related.map((c) => {
                      const v = earlierValue(c, r.field);
                      const differs = v !== '' && !sameValue(r.field, r.expected, v) && !sameValue(r.field, r.request, v);
                      return (
                        <Text
                          key={c.summary.id}
                          size="xs"
                          c={differs ? 'red.8' : undefined}
                          fw={differs ? 700 : undefined}
                          data-differs={differs ? 'true' : undefined}
                          style={r.field === 'nip' ? NOWRAP : undefined}
                        >
                          {v ? show(r.field, v) : '—'}
                        </Text>
                      );
                    })
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {filled ? (
        <Text size="sm" c={mismatches > 0 ? 'red.8' : 'teal.8'} fw={600} data-testid="mismatch-count">
          {mismatches > 0 ? t('s5.mismatches', { n: mismatches }) : t('s5.noMismatch')}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Earlier cases from this PC and from the bags on the shared drive (docs/sop.md §Decided: Step 5 sources). */
function RelatedList({ related, archiveNote }: { related: Related[]; archiveNote: string }) {
  const { t } = useTranslation('workflow');
  const { zone } = useStepKit();
  // A case from the office archive opens read-only, over the form (the step's input stays as typed).
  const [viewing, setViewing] = useState<ArchivedRef | null>(null);
  const note = archiveNote ? (
    <Text size="xs" c="orange.9" data-testid="archive-note">
      {archiveNote}
    </Text>
  ) : null;
  if (related.length === 0)
    return (
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {archiveNote ? t('s5.noEarlier') : t('s5.noEarlier2')}
        </Text>
        {note}
      </Stack>
    );
  return (
    <Stack gap={2} data-testid="related-list">
      {note}
      {related.map((c) => (
        <Text key={c.summary.id} size="xs">
          {c.source === 'archive' && c.bag ? (
            <ArchivedCaseLink bag={c.bag} caseNumber={c.summary.caseNumber} onOpen={setViewing} />
          ) : (
            <Text span ff="monospace" size="xs" fw={600}>
              {c.summary.caseNumber}
            </Text>
          )}{' '}
          · {c.summary.name} · {t('s5.matchedOn', { fields: c.matchedOn.map((m) => (m === 'nip' ? 'NIP' : 'User ID')).join(', ') })}
          {c.source === 'archive' ? ` · ${t('s5.fromArchive', { bag: c.bag, workstation: c.workstation })}` : ''}
        </Text>
      ))}
      <ArchivedCaseDialog opened={viewing} zone={zone} onClose={() => setViewing(null)} />
    </Stack>
  );
}

/** The SK not in force on the day of the check: the core counts it as a failed check (docs/sop.md step 5). */
function SkStandingAlert({ record }: { record: CaseRecord }) {
  const { t, i18n } = useTranslation('workflow');
  const { zone, now } = useStepKit();
  const s = skStanding(record.intake.sk, localDate(now(), zone));
  if (s.state === 'in_force') return null;
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Alert color="orange" variant="light" data-testid="sk-standing" data-state={s.state} title={s.state === 'ended' ? t('s5.skEnded', { date: formatTanggal(s.until, lang) }) : t('s5.skNotYet', { date: formatTanggal(s.from, lang) })}>
      {t('s5.skHint')}
    </Alert>
  );
}

function ConfirmationLog() {
  const { t } = useTranslation('workflow');
  const { zone, now } = useStepKit();
  const { fields, append, remove } = useFieldArray<In, 'confirmations'>({ name: 'confirmations' });
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap="xs">
        <div>
          <Title order={4} size="h6">
            {t('s5.confirmTitle')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('s5.confirmIntro')}
          </Text>
        </div>
        {fields.map((f, i) => (
          <Paper key={f.id} withBorder p="xs" radius="sm" bg="gray.0" role="group" aria-label={`${t('s5.confirmTitle')} ${i + 1}`}>
            <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
              <PickField name={`confirmations.${i}.channel`} label={t('s5.channel')} options={[['phone', t('s5.phone')], ['in_person', t('s5.in_person')]]} />
              <TextField<In> name={`confirmations.${i}.contact`} label={t('s5.contact')} mandatory />
              <InstantField<In> name={`confirmations.${i}.at`} label={t('s5.at')} zone={zone} />
              <PickField
                name={`confirmations.${i}.result`}
                label={t('s5.result')}
                options={[['confirmed', t('s5.confirmed')], ['denied', t('s5.denied')], ['unreachable', t('s5.unreachable')]]}
              />
            </SimpleGrid>
            <Group align="flex-end" mt={4} wrap="nowrap">
              <TextField<In> name={`confirmations.${i}.notes`} label={t('s5.notes')} style={{ flex: 1 }} />
              <Button variant="subtle" color="red" onClick={() => remove(i)}>
                {t('s5.removeConfirm')}
              </Button>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => append({ channel: 'phone', contact: '', at: now().toISOString(), result: 'confirmed', notes: '' })}>
            {t('s5.addConfirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PickField({ name, label, options }: { name: `confirmations.${number}.channel` | `confirmations.${number}.result`; label: string; options: [string, string][] }) {
  const { field, fieldState } = useController<In>({ name });
  const value: unknown = field.value;
  return (
    <Select
      label={label}
      data={options.map(([value, l]) => ({ value, label: l }))}
      value={typeof value === 'string' ? value : null}
      onChange={(v) => field.onChange(v)}
      allowDeselect={false}
      error={coreText(fieldState.error?.message)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

export function ValidityForm({ record }: { record: CaseRecord }) {
  const { t } = useTranslation('workflow');
  const related = useRelatedCases(record.id);
  const items = related.data?.items ?? [];
  const form = useForm<In, unknown, Out>({
    defaultValues: {
      step: 5,
      spse: Object.fromEntries(SPSE_FIELDS.map((f) => [f, ''])),
      comparedCases: [],
      confirmations: [],
      notes: '',
    },
    resolver: zodResolver(validitySchema),
  });
  const ids = items.map((i) => i.summary.id).join(',');
  useEffect(() => {
    form.setValue('comparedCases', ids ? ids.split(',') : []);
  }, [ids, form]);
  const { onSubmit, finish } = useStepSubmit(form);
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={t('step.form', { n: 5 })}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('s5.intro')}
          </Text>
          {related.isError ? <LoadError error={related.error} /> : null}
          <SkStandingAlert record={record} />
          <ComparisonTable record={record} related={items} />
          <RelatedList related={items} archiveNote={related.data?.archiveNote ?? ''} />
          <ConfirmationLog />
          <ChoiceField<In>
            name="decision"
            label={t('s5.decisionLabel')}
            options={[
              { value: 'valid', label: t('s5.valid') },
              { value: 'invalid', label: t('s5.invalid') },
            ]}
          />
          <TextareaField<In> name="notes" label={t('s5.notesMismatch')} autosize minRows={1} />
          <StepLetters caseId={record.id} kinds={['completeness_result']} />
          {finish()}
        </Stack>
      </form>
    </FormProvider>
  );
}

