/** ID/EN switch in the header; the choice is saved in settings so it survives a restart. */
import { SegmentedControl } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client';
import { useSaveLanguage, useSettings } from '../api/hooks';
import type { Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const settings = useSettings();
  const save = useSaveLanguage();
  const current: Language = i18n.language === 'en' ? 'en' : 'id';

  const change = (value: string) => {
    const lang: Language = value === 'en' ? 'en' : 'id';
    void i18n.changeLanguage(lang);
    if (!settings.data || settings.data.language === lang) return;
    save.mutate(
      lang,
      { onError: (e) => notifications.show({ color: 'red', title: t('language.saveFailed'), message: errorMessage(e) }) },
    );
  };

  return (
    <SegmentedControl
      size="xs"
      value={current}
      onChange={change}
      aria-label={t('language.switchLabel')}
      data={[
        { value: 'id', label: <span title={t('language.id')}>ID</span> },
        { value: 'en', label: <span title={t('language.en')}>EN</span> },
      ]}
    />
  );
}
