/** `#/settings`: agency profile, workstation code, case-number pattern, zone, language, operator. */
import { Alert, Button, Code, DataList, Grid, Group, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useController, useForm, useFormContext, useWatch, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { localDate, TIME_ZONES, type ZonaWaktu } from '../../../shared/dates';
import { formatCaseNumber, validateCaseNumberPattern } from '../../../shared/domain/caseNumber';
import { settingsInputSchema, type Settings, type SettingsInput } from '../../../shared/domain/settings';
import { ApiError, errorMessage } from '../../api/client';
import { useAppInfo, useSaveSettings, useSettings } from '../../api/hooks';
import { TextField, useFieldError } from '../../components/form/fields';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { formatCount } from '../../i18n';
import { settingsInputOf } from './settingsInput';
import { OperatorsSettings } from '../operators/OperatorsSettings';
import { ArchiveSettingsSection } from '../archive/ArchiveSettingsSection';
import { LetterSettingsSection } from '../letters/LetterSettingsSection';

type SettingsOutput = ReturnType<typeof settingsInputSchema.parse>;

export function SettingsPage() {
  const settings = useSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <SettingsForm settings={settings.data} />;
}

const SETTINGS_PATH =
  /^(workstationCode|caseNumberPattern|timeZone|language|defaultOperator|agency\.(institution|unit|address|city|headName|headNip))$/;
/** A field path of the core's invalid_input answer that names a field of this form. */
function isSettingsPath(name: string): name is Path<SettingsInput> {
  return SETTINGS_PATH.test(name);
}

const ZONES = Object.keys(TIME_ZONES) as ZonaWaktu[];

function SettingsForm({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const save = useSaveSettings();
  const form = useForm<SettingsInput, unknown, SettingsOutput>({
    // Until the first save the UI language may have been switched in the header only: keep it.
    defaultValues: settings.configured ? settingsInputOf(settings) : { ...settingsInputOf(settings), language: i18n.language === 'en' ? 'en' : 'id' },
    resolver: zodResolver(settingsInputSchema),
    mode: 'onTouched',
  });
  const [failure, setFailure] = useState<string | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) failureRef.current?.scrollIntoView({ block: 'center' });
  }, [failure]);
  const leave = useLeaveGuard(form.formState.isDirty);
  // The header's ID/EN switch saves the language on its own while this form is open: follow it,
  // or saving the form would send the old choice back and undo the switch.
  const uiLanguage = i18n.language === 'en' ? 'en' : 'id';
  useEffect(() => {
    if (form.getValues('language') !== uiLanguage) form.resetField('language', { defaultValue: uiLanguage });
  }, [uiLanguage, form]);

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = await save.mutateAsync(values);
      form.reset(settingsInputOf(saved));
      void i18n.changeLanguage(saved.language);
      notifications.show({ color: 'green', title: t('intake.savedTitle'), message: t('settings.saved') });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_input' && e.fields) {
        for (const [name, message] of Object.entries(e.fields))
          if (isSettingsPath(name)) form.setError(name, { type: 'server', message });
      }
      setFailure(errorMessage(e));
    }
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('settings.title')}>
        <Stack gap="md" maw={1120} pb={72}>
          <div>
            <Title order={2} size="h3">
              {t('settings.title')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('settings.subtitle')}
            </Text>
          </div>
          {failure ? (
            <Alert ref={failureRef} color="red" variant="light" title={t('settings.saveFailedTitle')} role="alert">
              {failure}
            </Alert>
          ) : null}

          <Section title={t('settings.sections.agency')} description={t('settings.hints.agency')}>
            <Grid gap="sm">
              <Grid.Col span={6}>
                <TextField<SettingsInput> name="agency.institution" label={t('settings.fields.institution')} mandatory placeholder={t('settings.examples.institution')} />
              </Grid.Col>
              <Grid.Col span={6}>
                <TextField<SettingsInput> name="agency.unit" label={t('settings.fields.unit')} mandatory placeholder={t('settings.examples.unit')} />
              </Grid.Col>
              <Grid.Col span={8}>
                <TextField<SettingsInput> name="agency.address" label={t('settings.fields.address')} mandatory placeholder={t('settings.examples.address')} />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextField<SettingsInput> name="agency.city" label={t('settings.fields.city')} mandatory placeholder={t('settings.examples.city')} />
              </Grid.Col>
              <Grid.Col span={6}>
                <TextField<SettingsInput> name="agency.headName" label={t('settings.fields.headName')} mandatory placeholder={t('settings.examples.headName')} />
              </Grid.Col>
              <Grid.Col span={6}>
                <TextField<SettingsInput> name="agency.headNip" label={t('settings.fields.headNip')} mandatory placeholder={t('settings.examples.headNip')} inputMode="numeric" maxLength={24} />
              </Grid.Col>
            </Grid>
          </Section>

          <Section title={t('settings.sections.numbering')}>
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
          </Section>

          <Section title={t('settings.sections.display')}>
            <Grid gap="sm">
              <Grid.Col span={5}>
                <ZoneChoice />
              </Grid.Col>
              <Grid.Col span={3}>
                <LanguageChoice />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextField<SettingsInput>
                  name="defaultOperator"
                  label={t('settings.fields.defaultOperator')}
                  description={t('settings.hints.defaultOperator')}
                />
              </Grid.Col>
            </Grid>
          </Section>

          <AboutSection />
        </Stack>

        <Paper withBorder shadow="sm" p="sm" pos="sticky" bottom={0} maw={1120} style={{ zIndex: 2 }}>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.formState.isDirty}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('settings.save')}
            </Button>
          </Group>
        </Paper>
      </form>
      <OperatorsSettings />
      <LetterSettingsSection />
      <ArchiveSettingsSection />
      {leave.modal}
    </FormProvider>
  );
}

/** Live example of the pattern: case no. 7 today, in the configured zone (shared formatCaseNumber). */
function PatternPreview() {
  const { t } = useTranslation();
  const [pattern, ws, zone] = useWatch<SettingsInput, ['caseNumberPattern', 'workstationCode', 'timeZone']>({
    name: ['caseNumberPattern', 'workstationCode', 'timeZone'],
  });
  const p = (pattern ?? '').trim();
  const problem = validateCaseNumberPattern(p);
  // After a save attempt the same problem is the field's error: say it once.
  const fieldError = useFieldError<SettingsInput>('caseNumberPattern');
  if (problem && fieldError) return null;
  const today = localDate(new Date(), zone ?? 'WIB');
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

function ZoneChoice() {
  const { t } = useTranslation();
  const { control } = useFormContext<SettingsInput>();
  const { field, fieldState } = useController({ name: 'timeZone', control });
  return (
    <Radio.Group name="timeZone" label={t('settings.fields.timeZone')} value={field.value} onChange={field.onChange} error={fieldState.error?.message}>
      <Stack gap={6} mt={6}>
        {ZONES.map((z) => (
          <Radio key={z} value={z} label={t(`settings.zones.${z}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}

function LanguageChoice() {
  const { t } = useTranslation();
  const { control } = useFormContext<SettingsInput>();
  const { field, fieldState } = useController({ name: 'language', control });
  return (
    <Radio.Group name="language" label={t('settings.fields.language')} value={field.value} onChange={field.onChange} error={fieldState.error?.message}>
      <Stack gap={6} mt={6}>
        <Radio value="id" label={t('language.id')} />
        <Radio value="en" label={t('language.en')} />
      </Stack>
    </Radio.Group>
  );
}

function AboutSection() {
  const { t, i18n } = useTranslation();
  const info = useAppInfo();
  if (!info.data) return null;
  return (
    <Section title={t('settings.sections.about')}>
      <DataList labelWidth={170} gap={6}>
        <DataList.Item>
          <DataList.ItemLabel>{t('settings.about.version')}</DataList.ItemLabel>
          <DataList.ItemValue>{info.data.version}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('settings.about.dataDir')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Code>{info.data.dataDir}</Code>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('settings.about.caseCount')}</DataList.ItemLabel>
          <DataList.ItemValue>{formatCount(info.data.caseCount, i18n.language)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('settings.about.host')}</DataList.ItemLabel>
          <DataList.ItemValue>{t(`settings.about.hosts.${info.data.host}`)}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Section>
  );
}
