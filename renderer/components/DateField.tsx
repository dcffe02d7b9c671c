/**
 * A calendar-date box that can be typed into (e2e tests and fast typists) or picked from a
 * calendar. Holds "YYYY-MM-DD" strings, '' when empty, as the intake schema expects.
 */
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useMergedRef } from '@mantine/hooks';
import { useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTanggal } from '../lib/dateInput';
import { requiredProps } from './form/required';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue' | 'dateParser' | 'valueFormat'> & {
  value: string | undefined;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
  /** Required: marked on the label (see requiredProps). */
  mandatory?: boolean;
};

export function DateField({ value, onChange, ref, mandatory, ...rest }: Props) {
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
      value={value ? value : null}
      onChange={(v) => onChange(v ?? '')}
      // "25 November 2026": dayjs with the Indonesian locale (DatesProvider) prints the same as formatTanggal.
      valueFormat="D MMMM YYYY"
      dateParser={parseTanggal}
      popoverProps={{ withinPortal: true }}
    />
  );
}
