// `profil` where a platform gives every field at once (Discord's options): one typed verb
// gathers the profile's verbs. A member goes alone (their profile), so does the language;
// one field runs its own verb; nothing, or several fields, go through the profile form
// (shown, or submitted in one transaction) where the platform has forms.
import { directoryMessages as m } from '../directory/messages.ts';
import { localeArg } from '../grammar/shared-args.ts';
import type { ArgSpec, ArgValues, FormRoute } from '../grammar/spec.ts';
import { gathering, type Verb } from './command.ts';

/** The fields a profile form has, by their verb's first name and the form's field id. */
const FIELDS = [
  ['structure', 'organisation'],
  ['metier', 'roleTitle'],
  ['territoire', 'territory'],
  ['thematiques', 'themes'],
  ['aide', 'helpOffer'],
] as const;

const text = (key: string, names: ArgSpec['names'], help: ArgSpec['help'], max: number): ArgSpec => ({
  key,
  names,
  help,
  type: { kind: 'text', max },
  read: { by: 'keyword', value: 'span' },
  messages: { tooLong: 'error.too-long' },
});

const ARGS: readonly ArgSpec[] = [
  {
    key: 'who',
    names: ['membre', 'member'],
    help: { fr: 'Voir son profil', en: 'Show their profile' },
    type: { kind: 'member' },
    read: { by: 'mention' },
  },
  {
    ...text('organisation', ['structure', 'organisation'], m.fieldOrganisation, 120),
    suggest: 'organisation',
  },
  { ...text('type', ['type', 'type'], m.fieldType, 40), suggest: 'organisation-type' },
  text('roleTitle', ['metier', 'role'], m.fieldRole, 80),
  text('territory', ['territoire', 'territory'], m.fieldTerritory, 80),
  { ...text('themes', ['thematiques', 'themes'], m.fieldThemes, 1000), suggest: 'theme' },
  text('helpOffer', ['aide', 'help'], m.fieldHelp, 300),
  { ...localeArg(m.localeInvalid), required: false, help: m.fieldLocale },
];

/** A text as given (before checking): trimmed, empty when absent or not text. */
const textGiven = (values: Readonly<Record<string, unknown>>, key: string) => {
  const value = values[key];
  return typeof value === 'string' ? value.trim() : '';
};

/** Several fields at once: the profile form's submission (none: the core answers with the form). */
function viaForm(values: Readonly<Record<string, unknown>>): FormRoute | undefined {
  // A member or a language goes alone: the verb answers (or refuses) them itself.
  if (values.who !== undefined || values.locale !== undefined) return undefined;
  const filled = FIELDS.filter(([, id]) => textGiven(values, id) !== '');
  const type = textGiven(values, 'type');
  if (filled.length < 2 || (type !== '' && textGiven(values, 'organisation') === '')) return undefined;
  const form: Record<string, string> = {};
  for (const [, id] of filled) form[id] = textGiven(values, id);
  // The form's way of giving a new organisation's type: `Mission locale de Cergy (ML)`.
  if (form.organisation && type !== '') form.organisation = `${form.organisation} (${type})`;
  return { form: 'profile', action: 'submit', values: form };
}

/** The typed verb of `profil`, running the command's own `verbs` (by their first name). */
export function profileFields(verbs: readonly Verb[]): Verb {
  const verb = (name: string | undefined) =>
    verbs.find((v) => v.names?.[0] === name && v.typed !== 'only') as Verb;
  const spec = {
    slot: ['champs', 'fields'],
    typed: 'only',
    help: {
      fr: 'Votre profil (formulaire) ou un membre',
      en: 'Your profile (a form) or a member',
    },
    args: ARGS,
    viaForm,
  } as const;
  return gathering(spec, (values: ArgValues) => {
    const filled = FIELDS.filter(([, id]) => values[id] !== undefined);
    const others = filled.length + (values.locale === undefined ? 0 : 1);
    if (values.type !== undefined && values.organisation === undefined)
      return { key: m.typeWithoutOrganisation, arg: 'type' };
    if (values.who !== undefined)
      return others > 0 ? { key: m.memberAlone, arg: 'who' } : { verb: verb(undefined), values };
    if (values.locale !== undefined)
      return others > 1 ? { key: m.languageAlone, arg: 'locale' } : { verb: verb('langue'), values };
    const [field, ...more] = filled;
    if (!field) return { verb: verb(undefined), values: {} };
    // Several at once go through the profile form (one transaction), where there are forms.
    if (more.length > 0) return { key: m.fieldsTogether };
    return { verb: verb(field[0]), values: { value: values[field[1]], type: values.type } };
  });
}
