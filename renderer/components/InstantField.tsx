/**
 * An instant typed as a date box and a time box read in the office's zone (WIB/WITA/WIT), held in
 * the form as one ISO instant: when the hardcopy was received (SOP step 1), a notice sent, a reset
 * done. The two boxes keep what was typed even while it is incomplete; the field gets the joined instant.
 */
import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';
import type { ZonaWaktu } from '../../shared/dates';
import { formatJam, joinInstant, parseJam, splitInstant } from '../lib/dateInput';
import { DateField } from './DateField';
import { requiredProps } from './form/required';
import { coreText } from '../i18n/coreMessages';

interface Props<T extends FieldValues> {
  name: Path<T>;
  zone: ZonaWaktu;
  dateLabel: string;
  timeLabel: string;
  /** When the time box's visible label is short (just the zone), its accessible name. */
  timeAriaLabel?: string;
  /** Names of the two inputs (the form field itself is `name`). */
  inputNames?: { date: string; time: string };
  maxDate?: string;
  /** Form layout: a wider time box with a placeholder and a required mark; compact in step forms. */
  wide?: boolean;
}

export function InstantField<T extends FieldValues>({ name, zone, dateLabel, timeLabel, timeAriaLabel, inputNames, maxDate, wide = false }: Props<T>) {
  const { control } = useFormContext<T>();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name, control });
  const initial: unknown = value;
  const [parts, setParts] = useState(() => splitInstant(typeof initial === 'string' ? initial : '', zone));
  const [timeText, setTimeText] = useState(() => formatJam(parts.time));
  const update = (next: { date: string; time: string }) => {
    setParts(next);
    onChange(joinInstant(next.date, next.time, zone));
  };
  const error = coreText(fieldState.error?.message);
  return (
    <Group gap={wide ? 'sm' : 'xs'} align="flex-start" wrap="nowrap">
      <DateField
        ref={ref}
        name={inputNames?.date ?? `${name}.date`}
        label={dateLabel}
        value={parts.date}
        onChange={(date) => update({ ...parts, date })}
        onBlur={onBlur}
        {...(maxDate ? { maxDate } : {})}
        error={error}
        mandatory
        style={{ flex: '1 1 0' }}
      />
      <TextInput
        name={inputNames?.time ?? `${name}.time`}
        label={timeLabel}
        {...(timeAriaLabel ? { 'aria-label': timeAriaLabel } : {})}
        {...(wide ? { placeholder: '14.05', ...requiredProps(true) } : {})}
        value={timeText}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setTimeText(text);
          update({ ...parts, time: parseJam(text) ?? '' });
        }}
        onBlur={() => {
          // Show what was understood, the Indonesian way ("9" → "09.00").
          const parsed = parseJam(timeText);
          if (parsed) setTimeText(formatJam(parsed));
          onBlur();
        }}
        error={error ? true : undefined}
        inputMode="numeric"
        maxLength={5}
        w={wide ? 140 : 76}
      />
    </Group>
  );
}
