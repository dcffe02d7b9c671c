/**
 * The core's and the shared schemas' messages (shared/messages) in the UI's language. The core sends
 * a key with parameters beside its Indonesian text; a key this build does not know (a newer core)
 * falls back to that text. Form errors are zod issues whose text is a message token.
 */
import { z } from 'zod';
import { formatMessage, messageRefOf, textIn, type Language } from '../../shared/messages/format';
import type { AppErrorValue } from '../../shared/contract/result';
import { i18n } from './index';

export function uiLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'id';
}

/** A form error's text (a token from a schema or from the core, or a plain text) in the UI's language. */
export function coreText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : textIn(uiLanguage(), text);
}

/** An error result's message in the UI's language. */
export function errorText(error: AppErrorValue): string {
  const ref = messageRefOf({ key: error.key, params: error.params });
  return ref ? formatMessage(uiLanguage(), ref.key, ref.params) : error.message;
}

/** zod's own messages (too short, wrong type…) follow the UI's language in the forms' validation. */
function applyZodLocale(lang: string): void {
  z.config(lang === 'en' ? z.locales.en() : z.locales.id());
}
applyZodLocale(i18n.language);
i18n.on('languageChanged', applyZodLocale);
