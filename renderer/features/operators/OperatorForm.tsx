/**
 * Registers an operator (name, NIP, role, PIN): react-hook-form with the core's own
 * `operatorInputSchema`, so the same input passes or fails in both places.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { OPERATOR_ROLES, OPERATOR_ROLE_LABELS, operatorInputSchema, type OperatorInput } from '../../../shared/domain/operator';
import { errorMessage } from '../../api/client';
import { applyServerErrors } from '../../components/form/serverErrors';
import { requiredProps } from '../../components/form/required';
import { useCreateOperator } from '../workflow/api';
import { bi } from '../workflow/format';
import { coreText } from '../../i18n/coreMessages';

type Output = z.output<typeof operatorInputSchema>;

export function OperatorForm({ onDone, onCancel }: { onDone: (name: string) => void; onCancel?: () => void }) {
  const { t, i18n } = useTranslation('workflow');
  const create = useCreateOperator();
  const form = useForm<OperatorInput, unknown, Output>({
    defaultValues: { name: '', nip: '', role: 'admin_agency', pin: '', pinConfirm: '' },
    resolver: zodResolver(operatorInputSchema),
    mode: 'onTouched',
  });
  const { errors, isSubmitting } = form.formState;
  const role = useController({ name: 'role', control: form.control });
  const submit = form.handleSubmit(async (input) => {
    try {
      const saved = await create.mutateAsync(input);
      onDone(saved.name);
    } catch (e) {
      applyServerErrors(form.setError, e, (path) => path in input);
      throw e;
    }
  });
  return (
    <form onSubmit={(e) => void submit(e).catch(() => undefined)} noValidate aria-label={t('operator.addTitle')}>
      <Stack gap="sm">
        {create.isError ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <TextInput label={t('operator.name')} {...requiredProps(true)} {...form.register('name')} error={coreText(errors.name?.message)} data-autofocus />
        <TextInput label={t('operator.nip')} {...requiredProps(true)} {...form.register('nip')} error={coreText(errors.nip?.message)} inputMode="numeric" />
        <Select
          label={t('operator.role')}
          {...requiredProps(true)}
          data={OPERATOR_ROLES.map((r) => ({ value: r, label: bi(OPERATOR_ROLE_LABELS[r], i18n.language) }))}
          value={role.field.value}
          onChange={(v) => role.field.onChange(v ?? 'admin_agency')}
          allowDeselect={false}
          error={coreText(errors.role?.message)}
          comboboxProps={{ withinPortal: true }}
        />
        {/* The PIN's hint under its box, so the two boxes stand level (issue 10 walkthrough). */}
        <Group grow align="flex-start">
          <PasswordInput label={t('operator.pin')} {...requiredProps(true)} {...form.register('pin')} error={coreText(errors.pin?.message)} description={t('operator.pinHelp')} inputWrapperOrder={['label', 'input', 'description', 'error']} inputMode="numeric" autoComplete="new-password" />
          <PasswordInput label={t('operator.pinConfirm')} {...requiredProps(true)} {...form.register('pinConfirm')} error={coreText(errors.pinConfirm?.message)} inputMode="numeric" autoComplete="new-password" />
        </Group>
        <Group justify="flex-end" gap="sm">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('operator.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={isSubmitting}>
            {t('operator.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
