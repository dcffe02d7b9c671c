/**
 * "Waktu diterima" as a date box and a time box read in the office's zone (WIB/WITA/WIT), stored
 * as one ISO instant (`receivedAt`), the moment the hardcopy was handed in (SOP step 1).
 */
import { Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ZonaWaktu } from '../../../shared/dates';
import { DateField } from '../../components/DateField';
import { requiredProps } from '../../components/form/required';
import { formatJam, joinInstant, parseJam, splitInstant } from '../../lib/dateInput';
import type { IntakeDraft } from './intakeDraft';

export function ReceivedAtField({ zone, maxDate }: { zone: ZonaWaktu; maxDate: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext<IntakeDraft>();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController({ name: 'receivedAt', control });
  // The two boxes keep what was typed even while it is incomplete; the field gets the joined instant.
  const [parts, setParts] = useState(() => splitInstant(value, zone));
  const [timeText, setTimeText] = useState(() => formatJam(parts.time));
  const update = (next: { date: string; time: string }) => {
    setParts(next);
    onChange(joinInstant(next.date, next.time, zone));
  };
  const error = fieldState.error?.message;
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <DateField
        ref={ref}
        name="receivedAtDate"
        label={t('intake.fields.receivedDate')}
        value={parts.date}
        onChange={(date) => update({ ...parts, date })}
        onBlur={onBlur}
        maxDate={maxDate}
        error={error}
        mandatory
        style={{ flex: '1 1 0' }}
      />
      <TextInput
        name="receivedAtTime"
        label={t('intake.fields.receivedTime', { zone })}
        placeholder="14.05"
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
        {...requiredProps(true)}
        inputMode="numeric"
        maxLength={5}
        w={140}
      />
    </Group>
  );
}
