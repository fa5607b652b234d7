// Forms: what a modal asks for, in the platforms that have them (Slack, Discord). The core
// describes the fields; the adapter draws them; a submission becomes the same commands as
// typed text, run in one transaction, and an error comes back next to its field. A form
// has at most five short fields, which every platform can show (Discord's modal limit).
import { parseDuration } from '../args/duration.ts';
import { type Token, tokenize } from '../args/tokenize.ts';
import type { Failure } from '../commands/command.ts';
import { checkText } from '../guard/index.ts';
import { type Bilingual, defineMessages, localized } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import type { Member, Organisation } from '../model.ts';
import { pollMessages } from '../polls/messages.ts';
import { fold } from '../text/fold.ts';

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

export const formMessages = defineMessages({
  'poll-title': { fr: 'Nouveau sondage', en: 'New poll' },
  'poll-submit': { fr: 'Publier', en: 'Post' },
  'question-label': { fr: 'Question', en: 'Question' },
  'question-hint': { fr: '200 caractères au plus.', en: '200 characters at most.' },
  'question-placeholder': {
    fr: "Quelle priorité pour l'atelier du 12 décembre ?",
    en: 'Which priority for the 12 December workshop?',
  },
  'options-label': { fr: 'Options', en: 'Options' },
  'options-hint': {
    fr: 'Une option par ligne, de 2 à 10 options de 80 caractères au plus.',
    en: 'One option per line, 2 to 10 options of 80 characters at most.',
  },
  'options-placeholder': { fr: 'Logement\nEmploi\nSanté', en: 'Housing\nJobs\nHealth' },
  'deadline-label': { fr: 'Échéance', en: 'Deadline' },
  'deadline-hint': {
    fr: 'Une durée (48h, 3j) ou une date (vendredi 18h). 48 heures si vide.',
    en: 'A duration (48h, 3d) or a date (friday 6pm). 48 hours when empty.',
  },
  'deadline-placeholder': { fr: '48h', en: '48h' },
  'settings-label': { fr: 'Réglages', en: 'Settings' },
  'settings-hint': {
    fr: 'Anonyme par défaut. Possibles : public, multiple, max 2, but 3.',
    en: 'Anonymous by default. Possible: public, multiple, max 2, goal 3.',
  },
  'settings-placeholder': { fr: 'multiple max 2', en: 'multiple max 2' },
  'profile-title': { fr: 'Mon profil', en: 'My profile' },
  'profile-submit': { fr: 'Enregistrer', en: 'Save' },
  'organisation-label': { fr: 'Structure', en: 'Organisation' },
  'organisation-hint': {
    fr: 'Si elle est nouvelle dans le réseau, ajoutez son type entre parenthèses : Mission locale de Cergy (ML).',
    en: 'If it is new to the network, add its type in brackets: Mission locale de Cergy (ML).',
  },
  'organisation-placeholder': { fr: 'Mission locale de Cergy', en: 'Mission locale de Cergy' },
  'role-label': { fr: 'Métier', en: 'Role' },
  'role-hint': { fr: '80 caractères au plus.', en: '80 characters at most.' },
  'role-placeholder': { fr: 'Conseillère en insertion', en: 'Youth adviser' },
  'territory-label': { fr: 'Territoire', en: 'Territory' },
  'territory-hint': {
    fr: 'Où vous intervenez, 80 caractères au plus.',
    en: 'Where you work, 80 characters at most.',
  },
  'territory-placeholder': { fr: 'Cergy, quartier des Touleuses', en: 'Cergy' },
  'themes-label': { fr: 'Thématiques', en: 'Themes' },
  'themes-hint': {
    fr: 'Séparées par des virgules, 10 au plus : logement, famille…',
    en: 'Separated by commas, 10 at most: housing, family…',
  },
  'themes-placeholder': { fr: 'logement, famille', en: 'housing, family' },
  'help-label': { fr: 'Je peux aider sur', en: 'I can help with' },
  'help-hint': {
    fr: '300 caractères au plus. Jamais de données sur les personnes accompagnées.',
    en: '300 characters at most. Never data about the people you support.',
  },
  'help-placeholder': { fr: 'accès aux droits des jeunes', en: "young people's access to rights" },
  unchanged: {
    fr: "Rien n'a changé dans votre profil.",
    en: 'Nothing changed in your profile.',
  },
});

const say = (locale: Locale, message: Bilingual) => localized(locale, message);

function field(
  locale: Locale,
  id: string,
  prefix: string,
  options: { multiline?: boolean; required?: boolean; maxLength: number; initial?: string },
): FormField {
  const m = formMessages as Record<string, Bilingual>;
  const text = (suffix: string) => {
    const message = m[`${prefix}-${suffix}`];
    return message ? say(locale, message) : '';
  };
  return {
    id,
    label: text('label'),
    hint: text('hint'),
    placeholder: text('placeholder'),
    multiline: options.multiline ?? false,
    required: options.required ?? false,
    maxLength: options.maxLength,
    initial: options.initial ?? '',
  };
}

export function pollForm(locale: Locale): FormSpec {
  return {
    id: 'poll',
    title: say(locale, formMessages['poll-title']),
    submit: say(locale, formMessages['poll-submit']),
    fields: [
      field(locale, 'question', 'question', { required: true, maxLength: 200 }),
      field(locale, 'options', 'options', { multiline: true, required: true, maxLength: 1000 }),
      field(locale, 'deadline', 'deadline', { maxLength: 60 }),
      field(locale, 'settings', 'settings', { maxLength: 60 }),
    ],
  };
}

export function profileForm(
  locale: Locale,
  member: Member,
  organisation: Organisation | undefined,
): FormSpec {
  return {
    id: 'profile',
    title: say(locale, formMessages['profile-title']),
    submit: say(locale, formMessages['profile-submit']),
    fields: [
      field(locale, 'organisation', 'organisation', { maxLength: 120, initial: organisation?.name }),
      field(locale, 'roleTitle', 'role', { maxLength: 80, initial: member.roleTitle ?? undefined }),
      field(locale, 'territory', 'territory', { maxLength: 80, initial: member.territory ?? undefined }),
      field(locale, 'themes', 'themes', { maxLength: 400, initial: member.themes.join(', ') }),
      field(locale, 'helpOffer', 'help', {
        multiline: true,
        maxLength: 300,
        initial: member.helpOffer ?? undefined,
      }),
    ],
  };
}

/** One command a submission runs, and the field its errors belong to. */
export interface FormStep {
  field: string;
  tokens: Token[];
}

const word = (text: string): Token => ({ kind: 'word', text });
const quoted = (text: string): Token => ({ kind: 'quoted', text });
const value = (values: Readonly<Record<string, string>>, id: string) => (values[id] ?? '').trim();

/** The `sondage` command a poll form stands for. */
export function pollSteps(values: Readonly<Record<string, string>>): FormStep[] {
  const options = value(values, 'options')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
  const deadline = value(values, 'deadline');
  const settings = tokenize(value(values, 'settings'));
  const tokens: Token[] = [word('sondage'), quoted(value(values, 'question')), ...options.map(quoted)];
  if (deadline !== '') tokens.push(word(parseDuration(deadline).ok ? 'duree' : 'fin'), quoted(deadline));
  tokens.push(...(settings.ok ? settings.value : [word(value(values, 'settings'))]));
  return [{ field: 'question', tokens }];
}

const PROFILE_WORDS: Readonly<Record<string, string>> = {
  roleTitle: 'metier',
  territory: 'territoire',
  themes: 'thematiques',
  helpOffer: 'aide',
};

/** The `profil` commands a profile form stands for: one per field that changed. */
export function profileSteps(values: Readonly<Record<string, string>>, before: FormSpec): FormStep[] {
  const steps: FormStep[] = [];
  for (const f of before.fields) {
    const now = value(values, f.id);
    if (now === '' || now === f.initial.trim()) continue;
    if (f.id === 'organisation') {
      const typed = /^(.*\S)\s*\(([^()]{1,40})\)$/.exec(now);
      const tokens = typed
        ? [word('profil'), word('structure'), quoted(typed[1] ?? ''), word('type'), quoted(typed[2] ?? '')]
        : [word('profil'), word('structure'), quoted(now)];
      steps.push({ field: f.id, tokens });
    } else {
      steps.push({ field: f.id, tokens: [word('profil'), word(PROFILE_WORDS[f.id] ?? f.id), quoted(now)] });
    }
  }
  return steps;
}

const POLL_FIELDS: ReadonlyArray<[string, readonly string[]]> = [
  ['question', ['question-missing', 'question-too-long']],
  ['options', ['options-too-few', 'options-too-many', 'option-empty', 'option-too-long', 'option-duplicate']],
  [
    'deadline',
    [
      'duration-invalid',
      'date-invalid',
      'deadline-both',
      'deadline-past',
      'deadline-too-soon',
      'deadline-too-far',
    ],
  ],
  [
    'settings',
    [
      'stray-words',
      'setting-twice',
      'value-missing',
      'anonymous-and-public',
      'max-invalid',
      'max-two-options',
      'unknown-goal',
    ],
  ],
];

/**
 * The field a failed step's message belongs to: a confidentiality finding goes to the
 * field that holds it; a poll's errors go to the field they are about.
 */
export function fieldOfFailure(
  form: FormId,
  failure: Failure,
  step: FormStep,
  values: Readonly<Record<string, string>>,
): string {
  if (form === 'profile') return step.field;
  if (failure.params?.where !== undefined && failure.params.what !== undefined) {
    const personal = Object.keys(values).find((id) => checkText(value(values, id)).findings.length > 0);
    if (personal) return personal;
  }
  const key = Object.entries(pollMessages).find(([, message]) => message === failure.key)?.[0];
  const found = POLL_FIELDS.find(([, keys]) => key !== undefined && keys.includes(key));
  return found?.[0] ?? step.field;
}

/** Is this text a request for a form (`sondage` or `profil` with nothing after it)? */
export function formRequested(text: string): FormId | undefined {
  const words = text.trim().split(/\s+/);
  if (words.length !== 1) return undefined;
  const name = fold(words[0] ?? '');
  if (['sondage', 'poll'].includes(name)) return 'poll';
  if (['profil', 'profile'].includes(name)) return 'profile';
  return undefined;
}
