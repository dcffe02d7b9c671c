/** `settings.*`: the agency profile, this workstation's code, numbering, zone and language. */
import type { Handlers } from '../../../shared/contract/contract';
import type { Store } from '../store/openStore';

export function settingsHandlers(store: Store): Pick<Handlers, 'settings.get' | 'settings.save' | 'settings.setLanguage'> {
  return {
    'settings.get': async () => store.settings.get(),
    'settings.save': (input) => store.settings.save(input),
    'settings.setLanguage': ({ language }) => store.settings.setLanguage(language),
  };
}
