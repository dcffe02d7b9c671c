/**
 * What every step form shares: the submit path to `workflow.complete` (with the overrun reason the
 * SOP's *Peringatan* requires past the standard time), the core's field errors put back under their
 * inputs, and inputs bound by name (instants in the office's zone, choices, check boxes).
 */
import { Alert, Button, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { createContext, useContext, useState, type FormEvent, type ReactNode } from 'react';
import { useController, useFormContext, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ZonaWaktu } from '../../../shared/dates';
import type { StepPayloadInput } from '../../../shared/domain/workflow';
import { ApiError, errorMessage } from '../../api/client';
import { applyServerErrors } from '../../components/form/serverErrors';
import { InstantField as SharedInstantField } from '../../components/InstantField';
import { requiredGroupProps, requiredProps } from '../../components/form/required';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { coreText } from '../../i18n/coreMessages';

export interface StepKit {
  zone: ZonaWaktu;
  /** The core's clock (useCoreClock): the default "when" of a step form, never the PC's own clock. */
  now: () => Date;
  /** Over the standard time now (live clock): the finish bar asks for a reason. */
  overrun: boolean;
  /** Sends the payload with the reason typed in the finish bar; rejects with ApiError. */
  complete: (payload: StepPayloadInput, overrunReason: string) => Promise<void>;
  /** Disables forms while locked or while a call runs. */
  busy: boolean;
}

export const StepKitContext = createContext<StepKit | null>(null);

export function useStepKit(): StepKit {
  const kit = useContext(StepKitContext);
  if (!kit) throw new Error('step form outside its StepKitContext');
  return kit;
}

/** The core names fields as "payload.checklist.sk_in_force"; the form as "checklist.sk_in_force". */
export function applyFieldErrors<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, e: unknown): void {
  applyServerErrors(form.setError, e, () => true, 'payload.');
}

/**
 * Submits a step: validates with the form's resolver (the shared schema), then calls the core.
 * Field errors from the core land under their inputs, the overrun reason under its box, any other
 * refusal (a forbidden move, a locked session) in the alert above the button.
 */
export function useStepSubmit<T extends FieldValues, O extends StepPayloadInput>(form: UseFormReturn<T, unknown, O>) {
  const kit = useStepKit();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [askReason, setAskReason] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  // What was typed into a step form is not lost to a stray click on the navbar. `dirtyFields`, not
  // `isDirty`: a radio group without a default registers as undefined, which `isDirty` counts as a change.
  const [saved, setSaved] = useState(false);
  const leave = useLeaveGuard(Object.keys(form.formState.dirtyFields).length > 0 && !saved);
  const submit = form.handleSubmit(async (payload) => {
    setFailure(null);
    setReasonError(null);
    try {
      await kit.complete(payload, reason);
      setSaved(true);
    } catch (e) {
      if (e instanceof ApiError && e.fields?.overrunReason) {
        setAskReason(true);
        setReasonError(e.fields.overrunReason);
      }
      applyFieldErrors(form, e);
      setFailure(e);
    }
  });
  const finish = (label?: string, color?: string) => (
    <>
      {leave.modal}
      <FinishBar
        showReason={kit.overrun || askReason}
        reason={reason}
        onReason={setReason}
        reasonError={reasonError}
        failure={failure}
        busy={kit.busy || form.formState.isSubmitting}
        label={label}
        color={color}
      />
    </>
  );
  return { onSubmit: (e: FormEvent) => void submit(e), finish };
}

function FinishBar(props: {
  showReason: boolean;
  reason: string;
  onReason: (r: string) => void;
  reasonError: string | null;
  failure: unknown;
  busy: boolean;
  label: string | undefined;
  color: string | undefined;
}) {
  const { t } = useTranslation('workflow');
  return (
    <Stack gap="sm" mt="xs">
      {props.showReason ? (
        <Alert color="orange" variant="light" title={t('step.overrunTitle')} data-testid="overrun">
          <Text size="sm" mb="xs">
            {props.failure instanceof ApiError && props.reasonError ? errorMessage(props.failure) : t('step.overrunBody')}
          </Text>
          <Textarea
            label={t('step.overrunReason')}
            {...requiredProps(true)}
            value={props.reason}
            onChange={(e) => props.onReason(e.currentTarget.value)}
            error={coreText(props.reasonError ?? undefined)}
            autosize
            minRows={2}
          />
        </Alert>
      ) : null}
      {props.failure && !(props.failure instanceof ApiError && props.failure.code === 'invalid_input' && props.reasonError) ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(props.failure)}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button type="submit" loading={props.busy} color={props.color}>
          {props.label ?? t('step.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A step form's instant: the shared date + time field, compact, the zone as the time box's label. */
export function InstantField<T extends FieldValues>({ name, label, zone }: { name: Path<T>; label: string; zone: ZonaWaktu }) {
  return <SharedInstantField<T> name={name} zone={zone} dateLabel={label} timeLabel={zone} timeAriaLabel={`${label} (${zone})`} />;
}

/** One choice among a few, as radio buttons bound by name. */
export function ChoiceField<T extends FieldValues>({
  name,
  label,
  options,
  inline = false,
}: {
  name: Path<T>;
  label: string;
  options: { value: string; label: ReactNode; disabled?: boolean }[];
  inline?: boolean;
}) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ name, control });
  const value: unknown = field.value;
  const items = options.map((o) => <Radio key={o.value} value={o.value} label={o.label} disabled={o.disabled} />);
  return (
    <Radio.Group label={label} {...requiredGroupProps()} value={typeof value === 'string' ? value : ''} onChange={field.onChange} error={coreText(fieldState.error?.message)} name={name}>
      {inline ? (
        <Group gap="lg" mt={6}>
          {items}
        </Group>
      ) : (
        <Stack gap={6} mt={6}>
          {items}
        </Stack>
      )}
    </Radio.Group>
  );
}

/** A yes/no check box bound by name. */
export function CheckField<T extends FieldValues>({ name, label }: { name: Path<T>; label: ReactNode }) {
  const { control } = useFormContext<T>();
  const { field, fieldState } = useController({ name, control });
  const value: unknown = field.value;
  return <Checkbox label={label} checked={value === true} onChange={(e) => field.onChange(e.currentTarget.checked)} error={coreText(fieldState.error?.message)} name={name} />;
}
