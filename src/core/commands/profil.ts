// A member's profile: shown, or one field changed at a time. See src/core/directory/.
import { isClearWord } from '../directory/clear-word.ts';
import { directoryMessages as m } from '../directory/messages.ts';
import { parseThemes } from '../directory/parse-themes.ts';
import { profileCard } from '../directory/profile-card.ts';
import { resolveOrganisation } from '../directory/resolve-organisation.ts';
import { localeArg } from '../grammar/shared-args.ts';
import type { ArgSpec, MemberRef, Names } from '../grammar/spec.ts';
import { memberOf, textOf } from '../grammar/values.ts';
import { type Bilingual, inBoth, localized, t } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { resolveMemberRef } from '../members/resolve-member.ts';
import { privateMessage, text } from '../message.ts';
import type { Member } from '../model.ts';
import { findOrganisationType } from '../reference/organisation-types.ts';
import { err, ok } from '../result.ts';
import { type CommandContext, type CommandResult, defineCommand, unlisted, type Verb } from './command.ts';
import { checkFreeText } from './free-text.ts';
import { profileFields } from './profile-fields.ts';

const FIELDS = {
  organisation: ['structure', 'organisation', 'organization', 'org'],
  roleTitle: ['metier', 'role', 'job', 'fonction'],
  territory: ['territoire', 'territory', 'secteur', 'quartier'],
  themes: ['thematiques', 'themes', 'thematique', 'theme'],
  helpOffer: ['aide', 'help', 'ressources', 'peut-aider'],
  locale: ['langue', 'language', 'lang'],
} as const satisfies Record<string, Names>;
type Field = keyof typeof FIELDS;
const LIMITS = { roleTitle: 80, territory: 80, helpOffer: 300 } as const;

/** How each field is written after `profil` / `profile`, and an example of its value. */
const EXAMPLES: Record<Exclude<Field, 'locale'>, { fr: string; en: string }> = {
  organisation: {
    fr: 'profil structure "Mission locale de Cergy" type ML',
    en: 'profile organisation "Mission locale de Cergy" type ML',
  },
  roleTitle: { fr: 'profil metier "Éducatrice spécialisée"', en: 'profile role "Youth worker"' },
  territory: { fr: 'profil territoire "Cergy, quartier des Touleuses"', en: 'profile territory "Cergy"' },
  themes: { fr: 'profil thematiques logement, famille', en: 'profile themes housing, family' },
  helpOffer: {
    fr: 'profil aide "accès aux droits des jeunes"',
    en: 'profile help "young people\'s access to rights"',
  },
};

/** The value was left out: say which field, and how to write it, in the user's language. */
function valueMissing(ctx: CommandContext, field: Exclude<Field, 'locale'>): CommandResult {
  const example = EXAMPLES[field][ctx.locale];
  const word = example.split(' ')[1] ?? field;
  return err({ key: m.valueMissing, params: { field: word, example }, arg: 'value' });
}

async function show(ctx: CommandContext, who: MemberRef | undefined): Promise<CommandResult> {
  let member: Member = ctx.actor;
  if (who) {
    const found = await resolveMemberRef(ctx, who);
    if (!found.ok) return found;
    member = found.value;
  }
  const organisation = member.organisationId
    ? await ctx.repos.organisations.get(ctx.network.id, member.organisationId)
    : undefined;
  return ok([profileCard(member, organisation, ctx.locale, member.id === ctx.actor.id)]);
}

async function setOrganisation(
  ctx: CommandContext,
  name: string,
  type: string | undefined,
): Promise<CommandResult> {
  const checked = checkFreeText(name, { max: 120, confirmed: ctx.confirmed, arg: 'value' });
  if (!checked.ok) return checked;
  const found = await resolveOrganisation(ctx, checked.value, { joining: true });
  if (found.ok) return saved(ctx, { organisationId: found.value.id });
  if (!found.error.notFound || type === undefined) return found;
  const kind = findOrganisationType(type);
  if (!('type' in kind)) {
    const names = kind.suggestions.map((s) => s.code).join(', ');
    const suggestions = names ? inBoth(m.typeSuggestions, { names }) : '';
    return err({ key: m.typeUnknown, params: { type, suggestions }, arg: 'type' });
  }
  const created = await ctx.repos.organisations.create(ctx.network.id, checked.value, kind.type.code);
  const organisation = created.ok ? created.value : created.error.existing;
  await ctx.repos.members.updateProfile(ctx.network.id, ctx.actor.id, { organisationId: organisation.id });
  const params = { name: organisation.name, type: kind.type.code };
  return ok([privateMessage(text(ctx.say(m.organisationCreated, params)))]);
}

/** `profil structure efface`: the member leaves their organisation, which stays in the network. */
async function leaveOrganisation(ctx: CommandContext, type: string | undefined): Promise<CommandResult> {
  if (type !== undefined) {
    const example = ctx.locale === 'fr' ? 'profil structure efface' : 'profile organisation clear';
    return err({ key: m.clearAlone, params: { example }, arg: 'type' });
  }
  const left = ctx.actor.organisationId
    ? await ctx.repos.organisations.get(ctx.network.id, ctx.actor.organisationId)
    : undefined;
  const result = await saved(ctx, { organisationId: null });
  if (left && result.ok)
    result.value[0]?.blocks.splice(1, 0, text(ctx.say(m.organisationLeft, { name: left.name })));
  return result;
}

async function saved(
  ctx: CommandContext,
  patch: Parameters<CommandContext['repos']['members']['updateProfile']>[2],
) {
  const member = await ctx.repos.members.updateProfile(ctx.network.id, ctx.actor.id, patch);
  const organisation = member.organisationId
    ? await ctx.repos.organisations.get(ctx.network.id, member.organisationId)
    : undefined;
  const card = profileCard(member, organisation, ctx.locale, false);
  card.blocks.unshift(text(ctx.say(m.updated)));
  return ok([card]);
}

/** A field's value: the words after its name, quoted or not. */
const fieldValue = (field: Exclude<Field, 'locale'>, help: ArgSpec['help'], max: number): ArgSpec => ({
  key: 'value',
  names: [FIELDS[field][0], FIELDS[field][1]],
  help,
  type: { kind: 'text', max },
  read: { by: 'rest' },
  messages: { tooLong: 'error.too-long' },
  shown: { needed: true, placeholder: PLACEHOLDERS[field] },
});

/** How the help writes each field's value (the verb says when it is missing). */
const PLACEHOLDERS: Record<Exclude<Field, 'locale'>, Bilingual> = {
  organisation: { fr: '"NOM"', en: '"NAME"' },
  roleTitle: { fr: '"MÉTIER"', en: '"ROLE"' },
  territory: { fr: '"TERRITOIRE"', en: '"TERRITORY"' },
  themes: { fr: 'THÈME, THÈME…', en: 'THEME, THEME…' },
  helpOffer: { fr: '"CE SUR QUOI VOUS POUVEZ AIDER"', en: '"WHAT YOU CAN HELP WITH"' },
};

/** `profil metier "…"`, `profil territoire "…"`, `profil aide "…"`: a text of the profile. */
const textField = (field: keyof typeof LIMITS, help: Verb['help']): Verb => ({
  names: FIELDS[field],
  help,
  args: [fieldValue(field, help, LIMITS[field])],
  async run(ctx, values) {
    const typed = textOf(values, 'value');
    if (typed === undefined) return valueMissing(ctx, field);
    if (isClearWord(typed)) return saved(ctx, { [field]: null });
    const options = { max: LIMITS[field], confirmed: ctx.confirmed, profile: true, arg: 'value' };
    const value = checkFreeText(typed, options);
    if (!value.ok) return value;
    return saved(ctx, { [field]: value.value });
  },
});

const verbs: Verb[] = [
  {
    help: { fr: 'Votre profil, ou celui d’un membre', en: 'Your profile, or a member’s' },
    args: [
      {
        key: 'who',
        names: ['membre', 'member'],
        help: { fr: 'Le membre', en: 'The member' },
        type: { kind: 'member' },
        read: { by: 'rest' },
      },
    ],
    run: (ctx, values) => show(ctx, memberOf(values, 'who')),
  },
  {
    names: FIELDS.organisation,
    help: { fr: 'Votre structure', en: 'Your organisation' },
    args: [
      fieldValue('organisation', { fr: 'Nom de la structure', en: 'Organisation name' }, 120),
      {
        key: 'type',
        names: ['type', 'type'],
        help: {
          fr: 'Type d’une nouvelle structure (ML, CCAS…)',
          en: 'A new organisation’s type (ML, CCAS…)',
        },
        type: { kind: 'text', max: 40 },
        read: { by: 'keyword', value: 'span' },
        messages: { tooLong: 'error.too-long' },
        suggest: 'organisation-type',
        example: 'type ML',
      },
    ],
    run(ctx, values) {
      const name = textOf(values, 'value');
      if (name === undefined) return Promise.resolve(valueMissing(ctx, 'organisation'));
      if (isClearWord(name)) return leaveOrganisation(ctx, textOf(values, 'type'));
      return setOrganisation(ctx, name, textOf(values, 'type'));
    },
  },
  textField('roleTitle', { fr: 'Votre métier', en: 'Your role' }),
  textField('territory', { fr: 'Où vous travaillez', en: 'Where you work' }),
  {
    names: FIELDS.themes,
    help: { fr: 'Vos thématiques', en: 'Your themes' },
    // Counted and checked by parseThemes, with its own messages.
    args: [
      fieldValue('themes', { fr: 'Thèmes séparés par des virgules', en: 'Themes separated by commas' }, 1000),
    ],
    async run(ctx, values) {
      const typed = textOf(values, 'value');
      if (typed === undefined) return valueMissing(ctx, 'themes');
      if (isClearWord(typed)) return saved(ctx, { themes: [] });
      const themes = parseThemes(typed, ctx.confirmed);
      if (!themes.ok) return err({ ...themes.error, arg: 'value' });
      return saved(ctx, { themes: themes.value });
    },
  },
  textField('helpOffer', { fr: 'Ce sur quoi vous pouvez aider', en: 'What you can help with' }),
  {
    names: FIELDS.locale,
    help: { fr: 'La langue de Maillage pour vous', en: 'The language Maillage answers you in' },
    args: [localeArg(m.localeInvalid)],
    async run(ctx, values) {
      const locale = textOf(values, 'locale') as Locale;
      await ctx.repos.members.updateProfile(ctx.network.id, ctx.actor.id, { locale });
      const value = t(locale, `config.language.${locale}`);
      return ok([privateMessage(text(localized(locale, m.localeSet, { value })))]);
    },
  },
];

export const profil = defineCommand({
  names: ['profil', 'profile'],
  messages: m,
  help: {
    fr: {
      summary:
        "votre profil (structure, métier, territoire, thématiques, ce sur quoi vous pouvez aider), ou celui d'un membre ; `efface` après un champ le vide.",
      examples: [
        'profil',
        'profil @Marie',
        'profil structure "Mission locale de Cergy" type ML',
        'profil metier "Conseillère en insertion"',
        'profil territoire "Cergy, quartier des Touleuses"',
        'profil thematiques logement, famille, mobilité',
        'profil aide "accès aux droits des jeunes"',
        'profil aide efface',
        'profil structure efface',
      ],
    },
    en: {
      summary:
        "your profile (organisation, role, territory, themes, what you can help with), or a member's; `clear` after a field empties it.",
      examples: [
        'profile',
        'profile @Marie',
        'profile organisation "Mission locale de Cergy" type ML',
        'profile role "Youth adviser"',
        'profile territory "Cergy"',
        'profile themes housing, family',
        'profile help "young people\'s access to rights"',
        'profile help clear',
        'profile organisation clear',
      ],
    },
  },
  verbs: [...verbs.map(unlisted), profileFields(verbs)],
});
