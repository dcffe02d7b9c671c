/**
 * The agency profile and this workstation's numbering, as fields of a `SettingsInput` form: the
 * Settings page and the first-run setup show the same inputs with the same checks (the shared
 * `settingsInputSchema`). Empty fields show an example as placeholder, never a made-up value.
 */
import { Code, Grid, List, Radio, Stack, Text } from '@mantine/core';
import { useController, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localDate, TIME_ZONES, type ZonaWaktu } from '../../../shared/dates';
import { formatCaseNumber, validateCaseNumberPattern } from '../../../shared/domain/caseNumber';
import type { SettingsInput } from '../../../shared/domain/settings';
import { TextField, useFieldError } from '../../components/form/fields';
import { useCoreClock } from '../workflow/api';
import { coreText } from '../../i18n/coreMessages';

/** Field paths of the agency profile (Pengaturan → Profil instansi). */
export const AGENCY_FIELD_PATHS = ['agency.institution', 'agency.unit', 'agency.address', 'agency.city', 'agency.headName', 'agency.headNip'] as const;
/** Field paths of this workstation's numbering and display (Pengaturan → Penomoran & tampilan). */
export const NUMBERING_FIELD_PATHS = ['workstationCode', 'caseNumberPattern', 'timeZone', 'language', 'defaultOperator'] as const;
/** Field paths of the settings form (the core's field errors land on these). */
export const SETTINGS_FIELD_PATHS = [...NUMBERING_FIELD_PATHS, ...AGENCY_FIELD_PATHS] as const;
export type SettingsFieldPath = (typeof SETTINGS_FIELD_PATHS)[number];

export function AgencyFields() {
  const { t } = useTranslation();
  const ex = (key: 'institution' | 'unit' | 'address' | 'city' | 'headName' | 'headNip') => t(`settings.examples.${key}`);
  return (
    <Grid gap="sm">
      <Grid.Col span={6}>
        <TextField<SettingsInput> name="agency.institution" label={t('settings.fields.institution')} placeholder={ex('institution')} mandatory />
      </Grid.Col>
      <Grid.Col span={6}>
        <TextField<SettingsInput> name="agency.unit" label={t('settings.fields.unit')} placeholder={ex('unit')} mandatory />
      </Grid.Col>
      <Grid.Col span={8}>
        <TextField<SettingsInput> name="agency.address" label={t('settings.fields.address')} placeholder={ex('address')} mandatory />
      </Grid.Col>
      <Grid.Col span={4}>
        {/* The hint under the box, so this box lines up with the address beside it; the example fits the narrow box. */}
        <TextField<SettingsInput> name="agency.city" label={t('settings.fields.city')} placeholder={ex('city')} description={t('settings.hints.city')} inputWrapperOrder={['label', 'input', 'description', 'error']} mandatory />
      </Grid.Col>
      <Grid.Col span={6}>
        <TextField<SettingsInput> name="agency.headName" label={t('settings.fields.headName')} placeholder={ex('headName')} mandatory />
      </Grid.Col>
      <Grid.Col span={6}>
        <TextField<SettingsInput> name="agency.headNip" label={t('settings.fields.headNip')} placeholder={ex('headNip')} mandatory inputMode="numeric" maxLength={24} />
      </Grid.Col>
    </Grid>
  );
}

export function NumberingFields() {
  const { t } = useTranslation();
  return (
    <Grid gap="sm">
      <Grid.Col span={3}>
        <TextField<SettingsInput>
          name="workstationCode"
          label={t('settings.fields.workstationCode')}
          description={t('settings.hints.workstationCode')}
          mandatory
          maxLength={8}
          styles={{ input: { textTransform: 'uppercase' } }}
        />
      </Grid.Col>
      <Grid.Col span={9}>
        <TextField<SettingsInput>
          name="caseNumberPattern"
          label={t('settings.fields.caseNumberPattern')}
          mandatory
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          description={<PatternPreview />}
        />
        <TokenHelp />
      </Grid.Col>
    </Grid>
  );
}

const ZONES = Object.keys(TIME_ZONES) as ZonaWaktu[];

/** Live example of the pattern: case no. 7 today, in the configured zone (shared formatCaseNumber). */
function PatternPreview() {
  const { t } = useTranslation();
  const now = useCoreClock();
  const [pattern, ws, zone] = useWatch<SettingsInput, ['caseNumberPattern', 'workstationCode', 'timeZone']>({
    name: ['caseNumberPattern', 'workstationCode', 'timeZone'],
  });
  const p = (pattern ?? '').trim();
  const problem = validateCaseNumberPattern(p);
  // After a save attempt the same problem is the field's error: say it once.
  const fieldError = useFieldError<SettingsInput>('caseNumberPattern');
  if (problem && fieldError) return null;
  const today = localDate(now(), zone ?? 'WIB');
  const example = problem
    ? null
    : formatCaseNumber(p, {
        seq: 7,
        workstation: (ws ?? '').trim().toUpperCase() || 'WS01',
        year: Number(today.slice(0, 4)),
        month: Number(today.slice(5, 7)),
      });
  return (
    <Text span size="sm" data-testid="pattern-preview">
      {t('settings.previewLabel')}:{' '}
      {example ? (
        <Text span ff="monospace" fw={700} c="blue.8" size="sm">
          {example}
        </Text>
      ) : (
        <Text span c="red" size="sm">
          {problem}
        </Text>
      )}
    </Text>
  );
}

function TokenHelp() {
  const { t } = useTranslation();
  const tokens = ['seq', 'ws', 'tahun', 'bulan', 'bulanRomawi'] as const;
  return (
    <Stack gap={2} mt="xs">
      <Text size="xs" c="dimmed">
        {t('settings.tokensTitle')}
      </Text>
      <List size="xs" c="dimmed" spacing={0} listStyleType="none" withPadding={false}>
        {tokens.map((k) => (
          <List.Item key={k}>
            <Code>{`{${k}}`}</Code> — {t(`settings.tokens.${k}`)}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function ZoneChoice() {
  const { t } = useTranslation();
  const { control } = useFormContext<SettingsInput>();
  const { field, fieldState } = useController({ name: 'timeZone', control });
  return (
    <Radio.Group name="timeZone" label={t('settings.fields.timeZone')} value={field.value} onChange={field.onChange} error={coreText(fieldState.error?.message)}>
      <Stack gap={6} mt={6}>
        {ZONES.map((z) => (
          <Radio key={z} value={z} label={t(`settings.zones.${z}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

export function LanguageChoice() {
  const { t } = useTranslation();
  const { control } = useFormContext<SettingsInput>();
  const { field, fieldState } = useController({ name: 'language', control });
  return (
    <Radio.Group name="language" label={t('settings.fields.language')} value={field.value} onChange={field.onChange} error={coreText(fieldState.error?.message)}>
      <Stack gap={6} mt={6}>
        <Radio value="id" label={t('language.id')} />
        <Radio value="en" label={t('language.en')} />
      </Stack>
    </Radio.Group>
  );
}
