// Forms: what a modal asks for, in the platforms that have them (Slack, Discord). Each form
// is declared from a command's verbs: every field names the verb and the arguments it fills,
// and takes its limit from the argument's type. A submission becomes typed requests for
// those verbs (form-requests.ts), and an error comes back next to the field of its argument.
// A form has at most five short fields, which every platform can show (Discord's limit).
import type { Token } from '../args/tokenize.ts';
import type { AnyCommand } from '../commands/command.ts';
import { profil } from '../commands/profil.ts';
import { findTypedVerb } from '../commands/run-command.ts';
import { sondage } from '../commands/sondage.ts';
import type { TypedCommand } from '../core-api.ts';
import type { GivenValue, GivenValues } from '../grammar/check-args.ts';
import { type Bilingual, localized, type Params } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import type { Member, Network, Organisation } from '../model.ts';
import type { Repositories } from '../ports.ts';
import { fold } from '../text/fold.ts';
import { formMessages } from './form-messages.ts';

export { formMessages } from './form-messages.ts';

export const FORM_IDS = ['poll', 'profile'] as const;
export type FormId = (typeof FORM_IDS)[number];

export interface FormField {
  id: string;
  label: string;
  /** Shown under the field. */
  hint: string;
  placeholder: string;
  multiline: boolean;
  required: boolean;
  maxLength: number;
  /** Prefilled value (the profile's current content). */
  initial: string;
}

export interface FormSpec {
  id: FormId;
  title: string;
  submit: string;
  fields: FormField[];
}

/**
 * How a field's text becomes its arguments' values: as it is (`text`), one value per line
 * (`lines`), a duration for the first argument or else a date for the second (`deadline`),
 * words the verb reads as it reads them after the command (`words`: flags and keywords), or
 * `Name (TYPE)`: the name for the first argument, the type for the second (`named`).
 */
export type Fill = 'text' | 'lines' | 'deadline' | 'words' | 'named';

export interface FieldDeclaration {
  id: string;
  /** Its texts in formMessages: `{texts}-label`, `-hint`, `-placeholder`. */
  texts: string;
  /** The verb it fills, as a typed request names it. */
  verb: string;
  /** The arguments it fills; the first one's type gives the field's limit. */
  args: readonly string[];
  fill: Fill;
  multiline?: boolean;
  required?: boolean;
  /** The whole field's limit, where the argument's is one item's (an option) or several's. */
  maxLength?: number;
  /** The profile's current value, prefilled. */
  initial?: (member: Member, organisation: Organisation | undefined) => string | null | undefined;
}

export interface FormDeclaration {
  id: FormId;
  command: AnyCommand;
  title: Bilingual;
  submit: Bilingual;
  /** `one`: all fields fill one request; `changed`: one request per field whose value changed. */
  requests: 'one' | 'changed';
  fields: readonly FieldDeclaration[];
}

const POLL_FORM: FormDeclaration = {
  id: 'poll',
  command: sondage,
  title: formMessages['poll-title'],
  submit: formMessages['poll-submit'],
  requests: 'one',
  fields: [
    { id: 'question', texts: 'question', verb: 'creer', args: ['question'], fill: 'text', required: true },
    {
      id: 'options',
      texts: 'options',
      verb: 'creer',
      args: ['options'],
      fill: 'lines',
      multiline: true,
      required: true,
      maxLength: 1000,
    },
    { id: 'deadline', texts: 'deadline', verb: 'creer', args: ['duration', 'until'], fill: 'deadline' },
    {
      id: 'settings',
      texts: 'settings',
      verb: 'creer',
      args: ['public', 'anonymous', 'multiple', 'max', 'goal'],
      fill: 'words',
      maxLength: 60,
    },
  ],
};

const PROFILE_FORM: FormDeclaration = {
  id: 'profile',
  command: profil,
  title: formMessages['profile-title'],
  submit: formMessages['profile-submit'],
  requests: 'changed',
  fields: [
    {
      id: 'organisation',
      texts: 'organisation',
      verb: 'structure',
      args: ['value', 'type'],
      fill: 'named',
      initial: (_, organisation) => organisation?.name,
    },
    {
      id: 'roleTitle',
      texts: 'role',
      verb: 'metier',
      args: ['value'],
      fill: 'text',
      initial: (m) => m.roleTitle,
    },
    {
      id: 'territory',
      texts: 'territory',
      verb: 'territoire',
      args: ['value'],
      fill: 'text',
      initial: (m) => m.territory,
    },
    {
      id: 'themes',
      texts: 'themes',
      verb: 'thematiques',
      args: ['value'],
      fill: 'text',
      initial: (m) => m.themes.join(', '),
    },
    {
      id: 'helpOffer',
      texts: 'help',
      verb: 'aide',
      args: ['value'],
      fill: 'text',
      multiline: true,
      initial: (m) => m.helpOffer,
    },
  ],
};

export const FORMS: Readonly<Record<FormId, FormDeclaration>> = { poll: POLL_FORM, profile: PROFILE_FORM };

/** The declared verb a field fills (a declaration naming none is a bug, found by the tests). */
export function verbOf(form: FormDeclaration, field: FieldDeclaration) {
  const verb = findTypedVerb(form.command, field.verb);
  if (!verb) throw new Error(`form ${form.id}: no verb ${field.verb}`);
  return verb;
}

function limitOf(form: FormDeclaration, field: FieldDeclaration): number {
  if (field.maxLength !== undefined) return field.maxLength;
  const type = verbOf(form, field).args.find((arg) => arg.key === field.args[0])?.type;
  if (type?.kind !== 'text') throw new Error(`form ${form.id}: field ${field.id} fills no text`);
  return type.max;
}

function specOf(
  form: FormDeclaration,
  locale: Locale,
  initial: (field: FieldDeclaration) => string | null | undefined = () => undefined,
): FormSpec {
  const m = formMessages as Record<string, Bilingual>;
  const say = (message: Bilingual | undefined, params?: Params) =>
    message ? localized(locale, message, params) : '';
  const field = (declared: FieldDeclaration): FormField => {
    const maxLength = limitOf(form, declared);
    return {
      id: declared.id,
      label: say(m[`${declared.texts}-label`]),
      // A hint that says the limit says the declared one (`{max}`).
      hint: say(m[`${declared.texts}-hint`], { max: maxLength }),
      placeholder: say(m[`${declared.texts}-placeholder`]),
      multiline: declared.multiline ?? false,
      required: declared.required ?? false,
      maxLength,
      initial: initial(declared) ?? '',
    };
  };
  return { id: form.id, title: say(form.title), submit: say(form.submit), fields: form.fields.map(field) };
}

export const pollForm = (locale: Locale): FormSpec => specOf(POLL_FORM, locale);

export const profileForm = (locale: Locale, member: Member, organisation: Organisation | undefined) =>
  specOf(PROFILE_FORM, locale, (field) => field.initial?.(member, organisation));

/** A form as a member sees it: in their language, their profile prefilled. */
export async function shownForm(
  repos: Repositories,
  { network, actor, locale }: { network: Network; actor: Member; locale: Locale },
  id: FormId,
): Promise<FormSpec> {
  if (id === 'poll') return pollForm(locale);
  const organisation = actor.organisationId
    ? await repos.organisations.get(network.id, actor.organisationId)
    : undefined;
  return profileForm(locale, actor, organisation);
}

export const isGiven = (value: GivenValue | undefined) =>
  value !== undefined && value !== '' && value !== false && !(Array.isArray(value) && value.length === 0);

/**
 * A typed request for the form's verb — the command's default verb, or the typed-only verb
 * that gathers its verbs (`/coop profil`) — with nothing, or (a form of one request) lacking
 * a required field.
 */
function standsFor(form: FormDeclaration, typed: TypedCommand): boolean {
  const { command } = form;
  if (!command.names.some((n) => fold(n) === fold(typed.command))) return false;
  const verb = findTypedVerb(command, typed.verb);
  if (verb !== findTypedVerb(command, undefined) && verb?.typed !== 'only') return false;
  if (!Object.values(typed.args).some(isGiven)) return true;
  const lacking = (field: FieldDeclaration) =>
    field.required && !field.args.some((a) => isGiven(typed.args[a]));
  return form.requests === 'one' && form.fields.some(lacking);
}

/**
 * The form a request stands for, and the values it gave to prefill it: the form's command
 * alone, typed as its French or English name (`sondage`, `profil`), or given typed with its
 * default verb and nothing, or without a value the form requires (`sondage creer` with a
 * question and no options).
 */
export function requestedForm(
  input: { tokens: readonly Token[] } | { typed: TypedCommand },
): { id: FormId; given: GivenValues } | undefined {
  const id = FORM_IDS.find((id) => {
    if ('typed' in input) return standsFor(FORMS[id], input.typed);
    const { command } = FORMS[id];
    const [word, ...rest] = input.tokens;
    const own = [command.names[0], command.names[1]].map(fold);
    return rest.length === 0 && word?.kind === 'word' && own.includes(fold(word.text));
  });
  if (!id) return undefined;
  return { id, given: 'typed' in input ? input.typed.args : {} };
}
