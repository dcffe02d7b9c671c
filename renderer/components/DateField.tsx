/**
 * A calendar-date box that can be typed into (e2e tests and fast typists) or picked from a
 * calendar. Holds "YYYY-MM-DD" strings, '' when empty, as the intake schema expects.
 *
 * What was typed is never lost (issue 10): text that is no date ("31/02/2026") stays in the box and
 * goes to the form as typed, so the schema answers "… tidak valid" under it; a date after today
 * stays too and the schema's rule says so. Mantine's own behaviour (put the last valid date back on
 * blur, ignore an emptied non-clearable box) is switched off here, except that a date it can read is
 * written out in full on leaving the box.
 */
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useMergedRef } from '@mantine/hooks';
import { useRef, useState, type FocusEvent, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../shared/dates';
import { parseTanggal } from '../lib/dateInput';
import { requiredProps } from './form/required';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue' | 'dateParser' | 'valueFormat' | 'fixOnBlur'> & {
  value: string | undefined;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
  /** Required: marked on the label (see requiredProps). */
  mandatory?: boolean;
};

export function DateField({ value, onChange, ref, mandatory, onBlur, ...rest }: Props) {
  const current = value ?? '';
  // While the box holds text that is no date, Mantine keeps its last date: changing it to null
  // would make Mantine rewrite the box (and wipe what was typed).
  const [lastDate, setLastDate] = useState<string | null>(null);
  const known = isIsoDate(current) ? current : current === '' ? null : lastDate;
  if (known !== lastDate) setLastDate(known);
  const shown = known;
  // What is in the box right now: a date it can read is rewritten in full on leaving it
  // ("18/11/2026" → "18 November 2026"), anything else stays as typed.
  const [typed, setTyped] = useState('');
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const refs = useMergedRef(input, ref);
  return (
    <DateInput
      {...rest}
      {...requiredProps(mandatory)}
      ref={refs}
      // The clear button disappears with the value: focus goes back to the box, not to the page (WCAG 2.4.3).
      clearButtonProps={{ 'aria-label': t('app.clearField'), onClickCapture: () => input.current?.focus() }}
      value={shown}
      onChange={(v) => onChange(v ?? '')}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        const text = e.currentTarget.value.trim();
        if (text === '') {
          if (current !== '') onChange('');
        } else {
          const parsed = parseTanggal(text);
          // A date the calendar gave is already in the form; anything else goes in as typed.
          if (parsed === null && current !== text) onChange(text);
          else if (parsed !== null && parsed !== current) onChange(parsed);
        }
        onBlur?.(e);
      }}
      onInput={(e: FormEvent<HTMLInputElement>) => setTyped(e.currentTarget.value)}
      fixOnBlur={typed.trim() !== '' && parseTanggal(typed.trim()) !== null}
      // "25 November 2026": dayjs with the Indonesian locale (DatesProvider) prints the same as formatTanggal.
      valueFormat="D MMMM YYYY"
      dateParser={parseTanggal}
      popoverProps={{ withinPortal: true }}
    />
  );
}
