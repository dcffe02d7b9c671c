/** `#/settings`: agency profile, workstation code, case-number pattern, zone, language, operator. */
import { Alert, Button, Code, DataList, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { settingsInputSchema, type Settings, type SettingsInput } from '../../../shared/domain/settings';
import { errorMessage } from '../../api/client';
import { useAppInfo, useSaveSettings, useSettings } from '../../api/hooks';
import { TextField } from '../../components/form/fields';
import { Loading, LoadError } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useLeaveGuard } from '../../components/useLeaveGuard';
import { formatCount } from '../../i18n';
import { settingsInputOf } from './settingsInput';
import { AgencyFields, LanguageChoice, NumberingFields, SETTINGS_FIELD_PATHS, ZoneChoice } from './ProfileFields';
import { applyServerErrors } from '../../components/form/serverErrors';
import { OperatorsSettings } from '../operators/OperatorsSettings';
import { ArchiveSettingsSection } from '../archive/ArchiveSettingsSection';
import { HotFolderSettingsSection } from '../inbox/HotFolderSettingsSection';
import { LetterSettingsSection } from '../letters/LetterSettingsSection';

type SettingsOutput = ReturnType<typeof settingsInputSchema.parse>;

export function SettingsPage() {
  const settings = useSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <SettingsForm settings={settings.data} />;
}

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
      applyServerErrors(form.setError, e, SETTINGS_FIELD_PATHS);
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
            <AgencyFields />
          </Section>

          <Section title={t('settings.sections.numbering')}>
            <NumberingFields />
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
      <HotFolderSettingsSection />
      {leave.modal}
    </FormProvider>
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
