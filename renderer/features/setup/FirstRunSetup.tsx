/**
 * The first start, in the order the core needs it (issue 10 §1): the first operator (every change
 * is recorded under the unlocked operator, settings included), the agency profile and this
 * workstation's numbering (letters and case numbers use them), then the archive and scan folders
 * (optional, also in Settings). Nothing pretends to be configured before it is; the queue follows.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Center, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { settingsInputSchema, type Settings, type SettingsInput } from '../../../shared/domain/settings';
import { errorMessage } from '../../api/client';
import { useSaveSettings } from '../../api/hooks';
import { applyServerErrors } from '../../components/form/serverErrors';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { hrefOf } from '../../router/routes';
import { OperatorForm } from '../operators/OperatorForm';
import { AgencyFields, NumberingFields, SETTINGS_FIELD_PATHS, ZoneChoice } from '../settings/ProfileFields';
import { settingsInputOf } from '../settings/settingsInput';
import { FoldersForm } from './FoldersForm';

type Step = 0 | 1 | 2 | 3;

/** Shown only while no operator exists (OperatorGate), so it always begins with the first operator. */
export function FirstRunSetup({
  settings,
  onOperatorCreated,
  onFinish,
}: {
  settings: Settings;
  onOperatorCreated: () => void;
  onFinish: () => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(0);
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={980} component="main" aria-labelledby="setup-title">
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <div>
              <Title order={1} size="h2" id="setup-title">
                {t('setup.title')}
              </Title>
              <Text c="dimmed" size="sm" maw={680}>
                {t('setup.intro')}
              </Text>
            </div>
            <LanguageSwitch />
          </Group>
          <Stepper active={step} size="sm" allowNextStepsSelect={false} aria-label={t('setup.stepsLabel')}>
            <Stepper.Step label={t('setup.steps.operator')} description={t('setup.steps.operatorHint')}>
              <StepBody intro={t('setup.operatorIntro')}>
                <OperatorForm
                  onDone={() => {
                    onOperatorCreated();
                    setStep(1);
                  }}
                />
              </StepBody>
            </Stepper.Step>
            <Stepper.Step label={t('setup.steps.profile')} description={t('setup.steps.profileHint')}>
              <StepBody intro={t('setup.profileIntro')}>
                <ProfileStep settings={settings} onDone={() => setStep(2)} />
              </StepBody>
            </Stepper.Step>
            <Stepper.Step label={t('setup.steps.folders')} description={t('setup.steps.foldersHint')}>
              <StepBody intro={t('setup.foldersIntro')}>
                <FoldersForm onDone={() => setStep(3)} />
              </StepBody>
            </Stepper.Step>
            <Stepper.Completed>
              <Stack gap="sm" align="flex-start" py="md">
                <Title order={2} size="h3">
                  {t('setup.doneTitle')}
                </Title>
                <Text size="sm">{t('setup.doneBody')}</Text>
                <Button
                  size="md"
                  data-autofocus
                  onClick={() => {
                    window.location.hash = hrefOf({ name: 'queue' });
                    onFinish();
                  }}
                >
                  {t('setup.start')}
                </Button>
              </Stack>
            </Stepper.Completed>
          </Stepper>
        </Stack>
      </Paper>
    </Center>
  );
}

function StepBody({ intro, children }: { intro: string; children: React.ReactNode }) {
  return (
    <Stack gap="md" pt="md">
      <Text size="sm">{intro}</Text>
      {children}
    </Stack>
  );
}

type SettingsOutput = ReturnType<typeof settingsInputSchema.parse>;

function ProfileStep({ settings, onDone }: { settings: Settings; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useSaveSettings();
  const form = useForm<SettingsInput, unknown, SettingsOutput>({
    // The language chosen on this screen (header switch) is kept; everything else as stored.
    defaultValues: { ...settingsInputOf(settings), language: i18n.language === 'en' ? 'en' : 'id' },
    resolver: zodResolver(settingsInputSchema),
    mode: 'onTouched',
  });
  const [failure, setFailure] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync({ ...values, language: i18n.language === 'en' ? 'en' : 'id' });
      onDone();
    } catch (e) {
      if (applyServerErrors(form.setError, e, SETTINGS_FIELD_PATHS) === 0) setFailure(errorMessage(e));
    }
  });
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void submit(e)} aria-label={t('setup.steps.profile')}>
        <Stack gap="md">
          {failure ? (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          ) : null}
          <AgencyFields />
          <NumberingFields />
          <ZoneChoice />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              {t('setup.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
