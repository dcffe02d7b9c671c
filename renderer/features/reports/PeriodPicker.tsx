/** The period picker: month, quarter, semester, year or custom dates (docs/reports.md "Period"). */
import { Button, Group, NumberInput, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS, type PeriodInput } from '../../../shared/domain/report';
import { DateField } from '../../components/DateField';
import { monthNames, periodContaining, switchKind, type PeriodKind } from './period';
import { bulanRomawi } from '../../../shared/dates';

/** Triwulan I–IV or semester I–II, as the report names them. */
function RomanSelect({ label, count, value, onChange }: { label: string; count: number; value: number; onChange: (n: number) => void }) {
  return (
    <Select
      label={label}
      w={110}
      allowDeselect={false}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
      data={Array.from({ length: count }, (_, i) => ({ value: String(i + 1), label: bulanRomawi(i + 1) }))}
    />
  );
}

export function PeriodPicker({ value, onChange, today }: { value: PeriodInput; onChange: (p: PeriodInput) => void; today: string }) {
  const { t, i18n } = useTranslation();
  const year = value.kind === 'custom' ? null : value.year;
  const setYear = (y: string | number) => {
    if (value.kind === 'custom' || typeof y !== 'number') return;
    onChange({ ...value, year: y });
  };
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" data-testid="report-period">
      <SegmentedControl
        aria-label={t('reports.period.kind')}
        value={value.kind}
        onChange={(k) => onChange(switchKind(k as PeriodKind, value, today))}
        data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`reports.period.kinds.${k}`) }))}
      />
      {value.kind === 'month' ? (
        <Select
          label={t('reports.period.month')}
          w={150}
          allowDeselect={false}
          value={String(value.month)}
          onChange={(m) => m && onChange({ ...value, month: Number(m) })}
          data={monthNames(i18n.language).map((name, i) => ({ value: String(i + 1), label: name }))}
        />
      ) : null}
      {value.kind === 'quarter' ? <RomanSelect label={t('reports.period.quarter')} count={4} value={value.quarter} onChange={(quarter) => onChange({ ...value, quarter })} /> : null}
      {value.kind === 'semester' ? <RomanSelect label={t('reports.period.semester')} count={2} value={value.semester} onChange={(semester) => onChange({ ...value, semester })} /> : null}
      {year !== null ? <NumberInput label={t('reports.period.year')} w={100} min={2000} max={2100} allowDecimal={false} thousandSeparator="" value={year} onChange={setYear} /> : null}
      {value.kind === 'custom' ? (
        <>
          <DateField label={t('reports.period.from')} w={170} value={value.from} onChange={(from) => onChange({ ...value, from })} />
          <DateField label={t('reports.period.to')} w={170} value={value.to} onChange={(to) => onChange({ ...value, to })} />
        </>
      ) : null}
      {/* The current month, quarter, semester or year (a custom range: this month so far). */}
      <Button variant="default" onClick={() => onChange(periodContaining(value.kind, today))}>
        {t(`reports.period.current.${value.kind}`)}
      </Button>
    </Group>
  );
}
