/**
 * Form inputs bound to react-hook-form by name: the `name` attribute, the accessible label and the
 * schema's Indonesian error message come out the same on every form (and e2e tests can find them).
 */
import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import { DateField } from '../DateField';
import { requiredProps } from './required';
import type { DateInputProps } from '@mantine/dates';
import { coreText } from '../../i18n/coreMessages';

type Named<T extends FieldValues> = { name: Path<T>; label: string; mandatory?: boolean };

/** The error message at a path, including an array's own ("root") error. */
function messageOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof e.message === 'string') return coreText(e.message);
  if (typeof e.root?.message === 'string') return coreText(e.root.message);
  return undefined;
}

export function useFieldError<T extends FieldValues>(name: Path<T>): string | undefined {
  const { getFieldState, formState } = useFormContext<T>();
  return messageOf(getFieldState(name, formState).error);
}

export function TextField<T extends FieldValues>({ name, label, mandatory, ...rest }: Named<T> & Omit<TextInputProps, 'name' | 'label' | 'error'>) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return <TextInput {...rest} {...requiredProps(mandatory)} {...register(name)} label={label} error={error} aria-invalid={error ? true : undefined} />;
}

export function TextareaField<T extends FieldValues>({ name, label, mandatory, ...rest }: Named<T> & Omit<TextareaProps, 'name' | 'label' | 'error'>) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return <Textarea {...rest} {...requiredProps(mandatory)} {...register(name)} label={label} error={error} aria-invalid={error ? true : undefined} />;
}

/** A "YYYY-MM-DD" date field ('' when empty). */
export function DateFieldControl<T extends FieldValues>({
  name,
  label,
  mandatory,
  ...rest
}: Named<T> & Omit<DateInputProps, 'name' | 'label' | 'error' | 'value' | 'onChange' | 'defaultValue' | 'dateParser' | 'valueFormat'>) {
  const { control } = useFormContext<T>();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name, control });
  const current: unknown = value;
  return (
    <DateField
      {...rest}
      ref={ref}
      name={name}
      label={label}
      mandatory={mandatory}
      value={typeof current === 'string' ? current : ''}
      onChange={(v) => onChange(v)}
      onBlur={onBlur}
      error={coreText(fieldState.error?.message)}
    />
  );
}
