/**
 * Pengaturan → Penomoran & tampilan: this workstation's code and the case-number pattern (SOP
 * step 1 numbers each case with them), the time zone, the language and the default officer.
 */
import { Grid } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsInput } from '../../../shared/domain/settings';
import { TextField } from '../../components/form/fields';
import { SectionForm } from '../../components/form/SectionForm';
import { Section } from '../../components/Section';
import { LanguageChoice, NUMBERING_FIELD_PATHS, NumberingFields, ZoneChoice } from './ProfileFields';
import { useSettingsSectionForm } from './useSettingsSectionForm';

export function NumberingSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { form, state } = useSettingsSectionForm(settings, NUMBERING_FIELD_PATHS, ({ agency: _agency, ...numbering }) => numbering);
  return (
    <FormProvider {...form}>
      <SectionForm label={t('settings.pages.penomoran.title')} state={state} testId="numbering-settings">
        <Section title={t('settings.sections.numbering')} headingOrder={4}>
          <NumberingFields />
        </Section>
        <Section title={t('settings.sections.display')} headingOrder={4}>
          <Grid gap="sm">
            <Grid.Col span={5}>
              <ZoneChoice />
            </Grid.Col>
            <Grid.Col span={3}>
              <LanguageChoice />
            </Grid.Col>
            <Grid.Col span={4}>
              <TextField<SettingsInput> name="defaultOperator" label={t('settings.fields.defaultOperator')} description={t('settings.hints.defaultOperator')} />
            </Grid.Col>
          </Grid>
        </Section>
      </SectionForm>
    </FormProvider>
  );
}
