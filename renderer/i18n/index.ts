/** i18next set-up: Indonesian first, English second; the choice is stored in settings (`language`). */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { archiveMessages } from '../features/archive/messages';
import { documentsMessages } from '../features/documents/messages';
import { lettersMessages } from '../features/letters/messages';
import { workflowMessages } from '../features/workflow/messages';
import { en } from './en';
import { id } from './id';

export type Language = 'id' | 'en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id; documents: typeof documentsMessages.id; workflow: typeof workflowMessages.id; letters: typeof lettersMessages.id; archive: typeof archiveMessages.id };
  }
}

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  resources: {
    id: { translation: id, documents: documentsMessages.id, workflow: workflowMessages.id, letters: lettersMessages.id, archive: archiveMessages.id },
    en: { translation: en, documents: documentsMessages.en, workflow: workflowMessages.en, letters: lettersMessages.en, archive: archiveMessages.en },
  },
  // React escapes text itself.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Locale for numbers and Mantine/dayjs: Indonesian writes 20.000, English 20,000. */
export function numberLocale(lang: string): string {
  return lang === 'en' ? 'en-US' : 'id-ID';
}

/** "20.000" in Indonesian, "20,000" in English. */
export function formatCount(n: number, lang: string): string {
  return new Intl.NumberFormat(numberLocale(lang)).format(n);
}
