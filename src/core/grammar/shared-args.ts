// Arguments several commands declare alike.
import type { MessageRef } from '../commands/command.ts';
import type { ArgSpec } from './spec.ts';

/** A language Maillage speaks (`profil langue en`, `config langue fr`); `message` when missing or other. */
export const localeArg = (message: MessageRef): ArgSpec => ({
  key: 'locale',
  names: ['langue', 'language'],
  help: { fr: 'fr ou en', en: 'fr or en' },
  type: {
    kind: 'choice',
    choices: [
      // Named in full where a platform shows choices (Discord); `fr` and `en` in text.
      { value: 'fr', names: ['Français', 'French', 'fr', 'francais'] },
      { value: 'en', names: ['Anglais', 'English', 'en', 'anglais'] },
    ],
  },
  read: { by: 'rest' },
  required: true,
  messages: { missing: message, invalid: message },
});
