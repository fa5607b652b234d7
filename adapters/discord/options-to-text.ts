// A subcommand's typed options turned back into the core's text syntax (what follows
// `/coop` in the shell), so that Discord runs exactly the commands the README documents.
// Free text is quoted; members become platform mentions `<@id|name>` that the core
// resolves (creating the member on first mention with their server display name).
import type { Bilingual, FormId } from '../../src/core/public.ts';
import { adapterMessages as m } from './messages.ts';

/** A user option, resolved from the interaction. */
export interface MentionValue {
  userId: string;
  name: string;
}

export type OptionValue = string | number | boolean | MentionValue;
export type OptionValues = Readonly<Record<string, OptionValue | undefined>>;

export type Action =
  | { kind: 'text'; text: string }
  /** Show the core's form, prefilled with what the options already gave. */
  | { kind: 'form'; form: FormId; prefill: Record<string, string> }
  /** Several profile fields at once: the profile form's submission, in one transaction. */
  | { kind: 'profile'; values: Record<string, string> }
  | { kind: 'refused'; message: Bilingual };

const text = (value: string): Action => ({ kind: 'text', text: value });

/** Quotes free text with a mark it does not contain (the tokenizer accepts "…", “…”, «…»). */
export function quote(value: string): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (!/["“”]/.test(clean)) return `"${clean}"`;
  return `«${clean.replace(/[«»]/g, '"')}»`;
}

/** `<@id|name>`: the core reads the id, and takes the name for a member it does not know yet. */
export const mention = (value: MentionValue): string =>
  `<@${value.userId}|${value.name.replace(/[<>|]/g, '').trim() || value.userId}>`;

const str = (o: OptionValues, name: string): string | undefined => {
  const value = o[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};
const int = (o: OptionValues, name: string): number | undefined => {
  const value = o[name];
  return typeof value === 'number' ? value : undefined;
};
const who = (o: OptionValues, name: string): MentionValue | undefined => {
  const value = o[name];
  return typeof value === 'object' ? value : undefined;
};
/** Optional parts of a command, in order, without the missing ones. */
const join = (...parts: Array<string | false | undefined>) => parts.filter(Boolean).join(' ');
const quoted = (keyword: string, value: string | undefined) =>
  value !== undefined && `${keyword} ${quote(value)}`;
/**
 * Words typed for a lookup: kept as words (each may be a term), the first one quoted so that
 * it is never read as a verb (`ajouter`); as typed when the person used quotes themselves.
 */
const lookupWords = (value: string) => {
  if (/["“”«»„]/.test(value)) return value;
  const [first = '', ...rest] = value.replace(/\s+/g, ' ').trim().split(' ');
  return join(quote(first), ...rest);
};

type Mapper = (o: OptionValues) => Action;

const PROFILE_FIELDS: ReadonlyArray<[option: string, field: string, keyword: string]> = [
  ['metier', 'roleTitle', 'metier'],
  ['territoire', 'territory', 'territoire'],
  ['thematiques', 'themes', 'thematiques'],
  ['aide', 'helpOffer', 'aide'],
];

function profile(o: OptionValues): Action {
  const member = who(o, 'membre');
  const organisation = str(o, 'structure');
  const type = str(o, 'type');
  const language = str(o, 'langue');
  const fields = PROFILE_FIELDS.filter(([option]) => str(o, option) !== undefined);
  const given = fields.length + (organisation ? 1 : 0) + (language ? 1 : 0);
  if (type && !organisation) return { kind: 'refused', message: m.typeWithoutOrganisation };
  if (member)
    return given > 0 ? { kind: 'refused', message: m.memberAlone } : text(`profil ${mention(member)}`);
  if (given === 0) return { kind: 'form', form: 'profile', prefill: {} };
  if (language)
    return given > 1 ? { kind: 'refused', message: m.languageAlone } : text(`profil langue ${language}`);
  if (given === 1 && organisation)
    return text(join('profil', quoted('structure', organisation), quoted('type', type)));
  const [single] = fields;
  if (given === 1 && single) return text(join('profil', quoted(single[2], str(o, single[0]))));
  const values: Record<string, string> = {};
  if (organisation) values.organisation = type ? `${organisation} (${type})` : organisation;
  for (const [option, field] of fields) values[field] = str(o, option) ?? '';
  return { kind: 'profile', values };
}

const themeWords = (value: string | undefined) =>
  (value ?? '')
    .split(/[,;]/)
    .map((item) => item.trim().replace(/^#/, '').replace(/\s+/g, '-'))
    .filter((item) => item !== '')
    .map((item) => `#${item}`)
    .join(' ');

function exchange(o: OptionValues): Action {
  const people = ['membre', 'membre2', 'membre3'].map((name) => who(o, name)).filter((p) => p !== undefined);
  const date = str(o, 'date')?.replace(/["“”«»„]/g, '');
  const goal = int(o, 'but');
  return text(
    join(
      'echange',
      str(o, 'nature'),
      ...people.map(mention),
      str(o, 'autres')?.replace(/[,;]+/g, ' '),
      quoted('structure', str(o, 'structure')),
      themeWords(str(o, 'themes')),
      goal !== undefined && `but ${goal}`,
      date !== undefined && `date ${date}`,
      quoted('note', str(o, 'note')),
    ),
  );
}

function poll(o: OptionValues): Action {
  const question = str(o, 'question');
  const options = (str(o, 'options') ?? '')
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const max = int(o, 'max');
  const goal = int(o, 'but');
  const settings = join(
    o.public === true && 'public',
    o.multiple === true && 'multiple',
    max !== undefined && `max ${max}`,
    goal !== undefined && `but ${goal}`,
  );
  if (question === undefined || options.length === 0) {
    const prefill: Record<string, string> = { question: question ?? '', options: options.join('\n') };
    prefill.deadline = str(o, 'duree') ?? str(o, 'fin') ?? '';
    prefill.settings = settings;
    return { kind: 'form', form: 'poll', prefill };
  }
  return text(
    join(
      'sondage',
      quote(question),
      ...options.map(quote),
      settings,
      quoted('duree', str(o, 'duree')),
      quoted('fin', str(o, 'fin')),
    ),
  );
}

function vote(o: OptionValues): Action {
  const ref = int(o, 'sondage');
  if (o.retirer === true) return text(`vote ${ref ?? ''} retirer`);
  return text(join('vote', ref !== undefined && String(ref), str(o, 'choix')));
}

const GOAL_CHANGES: ReadonlyArray<[option: string, keyword: string]> = [
  ['statut', 'statut'],
  ['indicateur', 'indicateur'],
  ['titre', 'titre'],
  ['description', 'description'],
];

function goalEdit(o: OptionValues): Action {
  const changes = GOAL_CHANGES.filter(([option]) => str(o, option) !== undefined);
  const [change] = changes;
  if (changes.length !== 1 || !change) return { kind: 'refused', message: m.oneGoalChange };
  const value = str(o, change[0]) ?? '';
  return text(`but ${int(o, 'numero')} ${change[1]} ${change[0] === 'statut' ? value : quote(value)}`);
}

const numbered = (command: string) => (o: OptionValues) => text(`${command} ${int(o, 'numero')}`);

/** Every subcommand, by its path of French names. */
export const MAPPERS: Readonly<Record<string, Mapper>> = {
  aide: (o) => text(join('aide', str(o, 'commande'))),
  profil: profile,
  qui: (o) => {
    const list = str(o, 'liste');
    const typed = str(o, 'mots');
    return text(list ? `qui ${list}` : join('qui', typed));
  },
  'echange noter': exchange,
  'echange liste': () => text('echange liste'),
  'echange annuler': numbered('echange annuler'),
  'echange retirer': numbered('echange retirer'),
  'sondage creer': poll,
  'sondage liste': () => text('sondage liste'),
  'sondage voir': numbered('sondage voir'),
  'sondage fermer': numbered('sondage fermer'),
  'sondage export': numbered('sondage export'),
  'sondage publier': numbered('sondage publier'),
  vote,
  'but liste': () => text('but liste'),
  'but nouveau': (o) =>
    text(
      join(
        'but nouveau',
        quote(str(o, 'titre') ?? ''),
        quoted('description', str(o, 'description')),
        quoted('indicateur', str(o, 'indicateur')),
      ),
    ),
  'but voir': numbered('but voir'),
  'but modifier': goalEdit,
  'sigle chercher': (o) => text(`sigle ${lookupWords(str(o, 'termes') ?? '')}`),
  'sigle liste': () => text('sigle liste'),
  'sigle ajouter': (o) =>
    text(`sigle ajouter ${quote(str(o, 'terme') ?? '')} ${quote(str(o, 'definition') ?? '')}`),
  'sigle modifier': (o) =>
    text(`sigle modifier ${quote(str(o, 'terme') ?? '')} ${quote(str(o, 'definition') ?? '')}`),
  'sigle supprimer': (o) => text(`sigle supprimer ${quote(str(o, 'terme') ?? '')}`),
  'sigle retablir': (o) => text(`sigle retablir ${quote(str(o, 'terme') ?? '')}`),
  verifier: (o) => text(`verifier ${quote(str(o, 'texte') ?? '')}`),
  'mes-donnees': () => text('mes-donnees'),
  oubli: (o) => text(o.confirmer === true ? 'oubli confirmer' : 'oubli'),
  confidentialite: () => text('confidentialite'),
  'diagnostic voir': () => text('diagnostic'),
  'diagnostic statut': () => text('diagnostic statut'),
  'diagnostic ici': () => text('diagnostic ici'),
  'diagnostic horaire': (o) => text(`diagnostic horaire ${quote(str(o, 'horaire') ?? '')}`),
  'diagnostic activer': () => text('diagnostic on'),
  'diagnostic desactiver': () => text('diagnostic off'),
  'cafe statut': () => text('cafe'),
  'cafe oui': () => text('cafe oui'),
  'cafe non': () => text('cafe non'),
  'cafe rencontre': (o) => text(join('cafe rencontre', String(int(o, 'numero') ?? ''), str(o, 'reponse'))),
  'cafe ici': () => text('cafe ici'),
  'cafe rythme': (o) => text(join('cafe rythme', String(int(o, 'semaines') ?? ''))),
  'cafe jour': (o) => text(join('cafe jour', str(o, 'jour'))),
  'cafe activer': () => text('cafe on'),
  'cafe desactiver': () => text('cafe off'),
  'cafe lancer': () => text('cafe lancer'),
  'config voir': () => text('config'),
  'config nom': (o) => text(`config nom ${quote(str(o, 'nom') ?? '')}`),
  'config langue': (o) => text(`config langue ${str(o, 'langue') ?? ''}`),
  'config fuseau': (o) => text(`config fuseau ${(str(o, 'fuseau') ?? '').replace(/\s+/g, '_')}`),
  'config facilitateur': (o) => {
    const member = who(o, 'membre');
    return text(join('config facilitateur', str(o, 'action'), member && mention(member)));
  },
  'config journal': (o) =>
    text(join('config journal', int(o, 'page') !== undefined && String(int(o, 'page')))),
  'config conservation': (o) => text(join('config conservation', String(int(o, 'mois') ?? ''))),
  'config fusionner': (o) =>
    text(`config fusionner ${quote(str(o, 'doublon') ?? '')} ${quote(str(o, 'garder') ?? '')}`),
};

export function optionsToAction(path: string, options: OptionValues): Action | undefined {
  return MAPPERS[path]?.(options);
}
