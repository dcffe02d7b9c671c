/** Pengaturan → Profil instansi: the agency and its head, printed on every letterhead and signature. */
import { Paper } from '@mantine/core';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { SectionForm } from '../../components/form/SectionForm';
import { AGENCY_FIELD_PATHS, AgencyFields } from './ProfileFields';
import { useSettingsSectionForm } from './useSettingsSectionForm';

export function ProfileSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const { form, state } = useSettingsSectionForm(settings, AGENCY_FIELD_PATHS, (v) => ({ agency: v.agency }));
  return (
    <FormProvider {...form}>
      <SectionForm label={t('settings.pages.profil.title')} state={state} testId="profile-settings">
        <Paper withBorder radius="md" p="md">
          <AgencyFields />
        </Paper>
      </SectionForm>
    </FormProvider>
  );
}
