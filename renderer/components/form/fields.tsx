/**
 * Form inputs bound to react-hook-form by name: the `name` attribute, the accessible label and the
 * schema's Indonesian error message come out the same on every form (and e2e tests can find them).
 */
import { Button, NumberInput, Textarea, TextInput, type NumberInputProps, type TextareaProps, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useController, useFormContext, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import { folderPicker } from '../../api/client';
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

/**
 * A folder's path: typed, or picked with the desktop app's folder dialog where the host has one
 * (issue 10 §1). The path picked goes into the form like a typed one; the core checks it on save.
 */
export function FolderField<T extends FieldValues>({ name, label, mandatory, ...rest }: Named<T> & Omit<TextInputProps, 'name' | 'label' | 'error'>) {
  const { register, setValue, getValues } = useFormContext<T>();
  const { t } = useTranslation();
  const error = useFieldError<T>(name);
  const pick = folderPicker();
  const choose = async () => {
    const current: unknown = getValues(name);
    const picked = await pick?.({ title: label, defaultPath: typeof current === 'string' ? current : '' });
    if (picked) setValue(name, picked as PathValue<T, Path<T>>, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <TextInput
      {...rest}
      {...requiredProps(mandatory)}
      {...register(name)}
      label={label}
      error={error}
      aria-invalid={error ? true : undefined}
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      rightSectionWidth={pick ? 132 : undefined}
      rightSectionPointerEvents="all"
      rightSection={
        pick ? (
          <Button size="compact-sm" variant="light" onClick={() => void choose()} aria-label={t('common.pickFolderFor', { what: label })}>
            {t('common.pickFolder')}
          </Button>
        ) : null
      }
    />
  );
}

export function TextareaField<T extends FieldValues>({ name, label, mandatory, ...rest }: Named<T> & Omit<TextareaProps, 'name' | 'label' | 'error'>) {
  const { register } = useFormContext<T>();
  const error = useFieldError<T>(name);
  return <Textarea {...rest} {...requiredProps(mandatory)} {...register(name)} label={label} error={error} aria-invalid={error ? true : undefined} />;
}

/** A controlled input's binding by name: its value (unknown until the input checks it) and its error in the UI's language. */
function useBoundField<T extends FieldValues>(name: Path<T>) {
  const { control } = useFormContext<T>();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name, control });
  const current: unknown = value;
  return { ref, current, onChange, onBlur, error: coreText(fieldState.error?.message) };
}

/** A whole number; an emptied box is `undefined` (the schema says whether that is allowed). */
export function WholeNumberField<T extends FieldValues>({
  name,
  label,
  mandatory,
  ...rest
}: Named<T> & Omit<NumberInputProps, 'name' | 'label' | 'error' | 'value' | 'onChange' | 'onBlur' | 'allowDecimal'>) {
  const { ref, current, onChange, onBlur, error } = useBoundField<T>(name);
  return (
    <NumberInput
      {...rest}
      {...requiredProps(mandatory)}
      ref={ref}
      label={label}
      name={name}
      value={typeof current === 'number' ? current : ''}
      onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
      onBlur={onBlur}
      error={error}
      allowDecimal={false}
    />
  );
}

/** A "YYYY-MM-DD" date field ('' when empty). */
export function DateFieldControl<T extends FieldValues>({
  name,
  label,
  mandatory,
  ...rest
}: Named<T> & Omit<DateInputProps, 'name' | 'label' | 'error' | 'value' | 'onChange' | 'defaultValue' | 'dateParser' | 'valueFormat'>) {
  const { ref, current, onChange, onBlur, error } = useBoundField<T>(name);
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
      error={error}
    />
  );
}
