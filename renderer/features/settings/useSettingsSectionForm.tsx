/**
 * The form of the "Profil instansi" and "Penomoran & tampilan" sections. `settings.save` takes the
 * whole settings record, so each section's form holds every field, shows its own (`fields`), and
 * sends its own part (`own`) with the rest as stored at that moment; a field of the other section
 * that the schema refuses (a profile never completed) is named at the top with the way there,
 * since it is not on screen.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { settingsInputSchema, type Settings, type SettingsInput } from '../../../shared/domain/settings';
import { useSaveSettings, useSettings } from '../../api/hooks';
import { useSectionSave } from '../../components/form/useSectionSave';
import { hrefOf } from '../../router/routes';
import { AGENCY_FIELD_PATHS, type SettingsFieldPath } from './ProfileFields';
import { settingsInputOf } from './settingsInput';

type SettingsOutput = ReturnType<typeof settingsInputSchema.parse>;

/** The paths of the fields the schema refused ("agency.city", "workstationCode"). */
function refusedPaths(errors: FieldErrors<SettingsInput>): string[] {
  return Object.keys(errors).flatMap((k) => (k === 'agency' ? Object.keys(errors.agency ?? {}).map((f) => `agency.${f}`) : [k]));
}

export function useSettingsSectionForm(settings: Settings, fields: readonly SettingsFieldPath[], own: (values: SettingsOutput) => Partial<SettingsInput>) {
  const { t, i18n } = useTranslation();
  const save = useSaveSettings();
  // What is stored now: the header's ID/EN switch saves the language on its own meanwhile.
  const stored = useSettings().data ?? settings;
  const uiLanguage = i18n.language === 'en' ? 'en' : 'id';
  const form = useForm<SettingsInput, unknown, SettingsOutput>({
    // Until the first save the UI language may have been switched in the header only: keep it.
    defaultValues: settings.configured ? settingsInputOf(settings) : { ...settingsInputOf(settings), language: uiLanguage },
    resolver: zodResolver(settingsInputSchema),
    mode: 'onTouched',
  });
  // The header's ID/EN switch saves the language on its own while this form is open: follow it,
  // or saving the form would send the old choice back and undo the switch.
  useEffect(() => {
    if (form.getValues('language') !== uiLanguage) form.resetField('language', { defaultValue: uiLanguage });
  }, [uiLanguage, form]);

  const state = useSectionSave(form, {
    save: async (values) => {
      // This section's fields as typed, the others as stored now (not as they were when the form opened).
      const saved = await save.mutateAsync({ ...settingsInputOf(stored), ...own(values) });
      void i18n.changeLanguage(saved.language);
      return settingsInputOf(saved);
    },
    paths: fields,
    saved: t('settings.saved'),
    invalidNote: (errors) => {
      const other = refusedPaths(errors).filter((p) => !(fields as readonly string[]).includes(p));
      if (other.length === 0) return null;
      const section = other.some((p) => (AGENCY_FIELD_PATHS as readonly string[]).includes(p)) ? 'profil' : 'penomoran';
      const title = t(`settings.pages.${section}.title`);
      return (
        <Text size="sm">
          {t('settings.fixOtherSection', { section: title })}{' '}
          <Anchor href={hrefOf({ name: 'settings', section })} size="sm" fw={600} underline="always">
            {t('settings.openSection', { section: title })}
          </Anchor>
        </Text>
      );
    },
  });
  return { form, state };
}
