/**
 * Pengaturan → operators and the workflow settings kept in `workflow.json`: auto-lock minutes,
 * the deadline for the Pokja to complete a file (default 14 days) and the standard minutes per step
 * (a revised SOP is a data change, docs/architecture.md principle 3).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, NumberInput, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useController, useForm, type Control, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { OPERATOR_ROLE_LABELS } from '../../../shared/domain/operator';
import { workflowSettingsInputSchema, type WorkflowSettings } from '../../../shared/domain/workflow';
import { formatNip } from '../../../shared/nip';
import { SOP_STEPS } from '../../../shared/sop/definition';
import { errorMessage } from '../../api/client';
import { LoadError, Loading } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useOperators, useSaveWorkflowSettings, useWorkflowSettings } from '../workflow/api';
import { bi } from '../workflow/format';
import { OperatorForm } from './OperatorForm';
import { Dialog } from '../../components/Dialog';
import { coreText } from '../../i18n/coreMessages';

type SettingsIn = z.input<typeof workflowSettingsInputSchema>;
type SettingsOut = z.output<typeof workflowSettingsInputSchema>;
const TIMED_STEPS = SOP_STEPS.filter((s) => s.standardMinutes !== null);

export function OperatorsSettings() {
  const { t } = useTranslation('workflow');
  const settings = useWorkflowSettings();
  return (
    <Stack gap="md" maw={1120} mt="md">
      <OperatorsList />
      <Section title={t('operator.lockSettings')}>
        {settings.isPending ? <Loading /> : null}
        {settings.isError ? <LoadError error={settings.error} onRetry={() => void settings.refetch()} /> : null}
        {settings.data ? <WorkflowSettingsForm initial={settings.data} /> : null}
      </Section>
    </Stack>
  );
}

function OperatorsList() {
  const { t, i18n } = useTranslation('workflow');
  const operators = useOperators();
  const [adding, setAdding] = useState(false);
  const list = operators.data?.operators ?? [];
  return (
    <Section title={t('operator.listTitle')} description={t('operator.listIntro')}>
      {operators.isError ? <LoadError error={operators.error} onRetry={() => void operators.refetch()} /> : null}
      {list.length === 0 && operators.isSuccess ? <Text size="sm" c="dimmed">{t('operator.noOperators')}</Text> : null}
      {list.length > 0 ? (
        <Table withTableBorder striped verticalSpacing={6} data-testid="operators-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('operator.name')}</Table.Th>
              <Table.Th>{t('operator.nip')}</Table.Th>
              <Table.Th>{t('operator.role')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td fw={600}>{o.name}</Table.Td>
                <Table.Td ff="monospace">{formatNip(o.nip)}</Table.Td>
                <Table.Td>{bi(OPERATOR_ROLE_LABELS[o.role], i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={o.active ? 'teal' : 'gray'} tt="none">
                    {o.active ? t('operator.active') : t('operator.inactive')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <Group>
        <Button variant="light" onClick={() => setAdding(true)}>
          {t('operator.add')}
        </Button>
      </Group>
      <Dialog opened={adding} onClose={() => setAdding(false)} title={t('operator.addTitle')} size="lg" centered>
        <OperatorForm
          onCancel={() => setAdding(false)}
          onDone={(name) => {
            notifications.show({ color: 'teal', message: t('operator.saved', { name }) });
            setAdding(false);
          }}
        />
      </Dialog>
    </Section>
  );
}

function MinutesField({ control, name, label, description, placeholder }: { control: Control<SettingsIn>; name: Path<SettingsIn>; label: string; description?: string; placeholder?: string }) {
  const { field, fieldState } = useController({ control, name });
  const value: unknown = field.value;
  return (
    <NumberInput
      label={label}
      description={description}
      placeholder={placeholder}
      styles={{ description: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } }}
      value={typeof value === 'number' ? value : ''}
      onChange={(v) => field.onChange(typeof v === 'number' ? v : undefined)}
      onBlur={field.onBlur}
      error={coreText(fieldState.error?.message)}
      allowDecimal={false}
      min={1}
      name={name}
    />
  );
}

/** An emptied minutes box means "the SOP's value": drop it rather than send a blank override. */
const settingsResolver: Resolver<SettingsIn, unknown, SettingsOut> = (values, ctx, options) => {
  const overrides = Object.fromEntries(Object.entries(values.standardMinutes ?? {}).filter(([, v]) => typeof v === 'number'));
  return zodResolver(workflowSettingsInputSchema)({ ...values, standardMinutes: overrides }, ctx, options);
};

function WorkflowSettingsForm({ initial }: { initial: WorkflowSettings }) {
  const { t, i18n } = useTranslation('workflow');
  const save = useSaveWorkflowSettings();
  const form = useForm<SettingsIn, unknown, SettingsOut>({
    defaultValues: { standardMinutes: initial.standardMinutes, waitingDeadlineDays: initial.waitingDeadlineDays, autoLockMinutes: initial.autoLockMinutes },
    resolver: settingsResolver,
  });
  const submit = form.handleSubmit((input) =>
    save.mutateAsync(input).then(
      () => notifications.show({ color: 'teal', message: t('operator.settingsSaved') }),
      () => undefined,
    ),
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('operator.lockSettings')}>
      <Stack gap="sm">
        {save.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={2}>
          <MinutesField control={form.control} name="autoLockMinutes" label={t('operator.autoLockMinutes')} />
          <MinutesField control={form.control} name="waitingDeadlineDays" label={t('operator.waitingDeadlineDays')} />
        </SimpleGrid>
        <SimpleGrid cols={4}>
          {TIMED_STEPS.map((s) => (
            <MinutesField
              key={s.no}
              control={form.control}
              name={`standardMinutes.${s.no}` as Path<SettingsIn>}
              label={t('operator.stepMinutes', { n: s.no })}
              description={bi(s.title, i18n.language)}
              placeholder={t('operator.sopMinutes', { n: s.standardMinutes ?? 0 })}
            />
          ))}
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('operator.saveSettings')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

