/**
 * A react-hook-form form saved the Settings way (SectionForm): the schema checks it first; the
 * core's answer either becomes the form's new saved state (toast) or lands on the fields
 * (applyServerErrors) and at the top of the section, with any field message no field shows.
 */
import { Stack, Text } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { DefaultValues, FieldErrors, FieldValues, UseFormReturn } from 'react-hook-form';
import { errorMessage } from '../../api/client';
import { coreText } from '../../i18n/coreMessages';
import { applyServerErrors, unplacedServerErrors, type ServerErrorPaths } from './serverErrors';
import { showSaved, type SectionFormState } from './SectionForm';

export interface SectionSaveOptions<T extends FieldValues, O> {
  /** Sends the checked values; resolves to the form's values as saved. */
  save: (values: O) => Promise<DefaultValues<T>>;
  /** Which of the core's field paths are this form's fields. */
  paths: ServerErrorPaths<T>;
  /** Removed from the core's paths first (a form that is part of a larger payload, e.g. "hotFolder."). */
  prefix?: string;
  /** The toast after a save. */
  saved: string;
  /** What to say at the top when the schema refuses the form (e.g. fields this section does not show); nothing by default. */
  invalidNote?: (errors: FieldErrors<T>) => ReactNode;
}

export function useSectionSave<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, options: SectionSaveOptions<T, O>): SectionFormState {
  const { save, paths, prefix = '', saved, invalidNote } = options;
  const [failure, setFailure] = useState<ReactNode>(null);
  const submit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        form.reset(await save(values));
        showSaved(saved);
      } catch (e) {
        applyServerErrors(form.setError, e, paths, prefix);
        setFailure(messagesNode([errorMessage(e), ...unplacedServerErrors(e, paths, prefix).map((m) => coreText(m) ?? m)]));
      }
    },
    (errors) => setFailure(invalidNote?.(errors) ?? null),
  );
  return {
    dirty: form.formState.isDirty,
    saving: form.formState.isSubmitting,
    failure,
    submit: (e: FormEvent<HTMLFormElement>) => void submit(e),
    discard: () => {
      form.reset();
      setFailure(null);
    },
  };
}

/** One message as text, several one per line (each once). */
function messagesNode(messages: string[]): ReactNode {
  const unique = [...new Set(messages)];
  if (unique.length === 1) return unique[0];
  return (
    <Stack gap={2}>
      {unique.map((m) => (
        <Text key={m} size="sm">
          {m}
        </Text>
      ))}
    </Stack>
  );
}
