// Arguments several commands declare alike.
import type { MessageRef } from '../commands/command.ts';
import type { ArgSpec } from './spec.ts';

/**
 * The number of what a verb acts on (`3`, `#3`, `n°3`), `message` when missing or no number.
 * From 0 by default: 0 passes, answered as any number that names nothing.
 */
export const refArg = (
  help: ArgSpec['help'],
  message: MessageRef,
  more: Partial<Omit<ArgSpec, 'help' | 'messages'>> & { min?: number; max?: number } = {},
): ArgSpec => {
  const { min = 0, max = Number.MAX_SAFE_INTEGER, ...rest } = more;
  return {
    key: 'ref',
    names: ['numero', 'number'],
    help,
    type: { kind: 'integer', min, max },
    read: { by: 'position', only: 'number' },
    required: true,
    messages: { missing: message, invalid: message },
    ...rest,
  };
};

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
