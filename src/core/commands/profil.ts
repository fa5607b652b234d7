import { z } from 'zod';
import { joinTokens, type Token, tokenText } from '../args/tokenize.ts';
import { directoryMessages as m } from '../directory/messages.ts';
import { parseThemes } from '../directory/parse-themes.ts';
import { profileCard } from '../directory/profile-card.ts';
import { resolveOrganisation } from '../directory/resolve-organisation.ts';
import { inBoth, localized, t } from '../i18n/index.ts';
import { LOCALES } from '../locale.ts';
import { resolveMember } from '../members/resolve-member.ts';
import { privateMessage, text } from '../message.ts';
import type { Member } from '../model.ts';
import { findOrganisationType } from '../reference/organisation-types.ts';
import { err, ok } from '../result.ts';
import { fold } from '../text/fold.ts';
import { type CommandContext, type CommandResult, defineCommand } from './command.ts';
import { checkFreeText } from './free-text.ts';

const FIELDS = {
  organisation: ['structure', 'organisation', 'organization', 'org'],
  roleTitle: ['metier', 'role', 'job', 'fonction'],
  territory: ['territoire', 'territory', 'secteur', 'quartier'],
  themes: ['thematiques', 'thematique', 'themes', 'theme'],
  helpOffer: ['aide', 'help', 'ressources', 'peut-aider'],
  locale: ['langue', 'language', 'lang'],
} as const;
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
  return err({ key: m.valueMissing, params: { field: word, example } });
}

const tokens = z.array(z.custom<Token>((v) => typeof v === 'object' && v !== null));

const input = z.discriminatedUnion('action', [
  z.object({ action: z.literal('show'), who: tokens }),
  z.object({
    action: z.literal('organisation'),
    name: z.string().max(120, 'error.too-long').optional(),
    type: z.string().max(40, 'error.too-long').optional(),
  }),
  z.object({ action: z.literal('locale'), value: z.enum(LOCALES, { error: 'localeInvalid' }) }),
  z.object({
    action: z.enum(['roleTitle', 'territory', 'helpOffer', 'themes']),
    value: z.string().optional(),
  }),
]);

function fieldOf(word: string): Field | undefined {
  const key = fold(word);
  return (Object.keys(FIELDS) as Field[]).find((f) => (FIELDS[f] as readonly string[]).includes(key));
}

function parse(words: readonly Token[]): unknown {
  const [first, ...rest] = words;
  const field = first && first.kind !== 'mention' ? fieldOf(tokenText(first)) : undefined;
  if (!first || !field) return { action: 'show', who: words };
  const value = joinTokens(rest).trim() || undefined;
  if (field === 'organisation') {
    const typeAt = rest.findIndex((w) => w.kind === 'word' && fold(w.text) === 'type');
    if (typeAt < 0) return { action: 'organisation', name: value };
    return {
      action: 'organisation',
      name: joinTokens(rest.slice(0, typeAt)).trim() || undefined,
      type: joinTokens(rest.slice(typeAt + 1)).trim() || undefined,
    };
  }
  if (field === 'locale') return { action: 'locale', value: value ? fold(value) : undefined };
  return { action: field, value };
}

async function show(ctx: CommandContext, who: readonly Token[]): Promise<CommandResult> {
  let member: Member = ctx.actor;
  if (who.length > 0) {
    const found = await resolveMember(ctx, who);
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
  const checked = checkFreeText(name, { max: 120, confirmed: ctx.confirmed });
  if (!checked.ok) return checked;
  const found = await resolveOrganisation(ctx, checked.value, { joining: true });
  if (found.ok) return saved(ctx, { organisationId: found.value.id });
  if (!found.error.notFound || type === undefined) return found;
  const kind = findOrganisationType(type);
  if (!('type' in kind)) {
    const names = kind.suggestions.map((s) => s.code).join(', ');
    const suggestions = names ? inBoth(m.typeSuggestions, { names }) : '';
    return err({ key: m.typeUnknown, params: { type, suggestions } });
  }
  const created = await ctx.repos.organisations.create(ctx.network.id, checked.value, kind.type.code);
  const organisation = created.ok ? created.value : created.error.existing;
  await ctx.repos.members.updateProfile(ctx.network.id, ctx.actor.id, { organisationId: organisation.id });
  const params = { name: organisation.name, type: kind.type.code };
  return ok([privateMessage(text(ctx.say(m.organisationCreated, params)))]);
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

export const profil = defineCommand({
  names: ['profil', 'profile'],
  messages: m,
  help: {
    fr: {
      summary:
        "votre profil (structure, métier, territoire, thématiques, ce sur quoi vous pouvez aider), ou celui d'un membre.",
      usage: [
        'profil',
        'profil @MEMBRE',
        'profil structure "NOM" [type CODE]',
        'profil metier "MÉTIER"',
        'profil territoire "TERRITOIRE"',
        'profil thematiques THÈME, THÈME…',
        'profil aide "CE SUR QUOI VOUS POUVEZ AIDER"',
        'profil langue fr|en',
      ],
      examples: [
        'profil',
        'profil @Marie',
        'profil structure "Mission locale de Cergy" type ML',
        'profil metier "Conseillère en insertion"',
        'profil territoire "Cergy, quartier des Touleuses"',
        'profil thematiques logement, famille, mobilité',
        'profil aide "accès aux droits des jeunes"',
      ],
    },
    en: {
      summary: "your profile (organisation, role, territory, themes, what you can help with), or a member's.",
      usage: [
        'profile',
        'profile @MEMBER',
        'profile organisation "NAME" [type CODE]',
        'profile role "ROLE"',
        'profile territory "TERRITORY"',
        'profile themes THEME, THEME…',
        'profile help "WHAT YOU CAN HELP WITH"',
        'profile language fr|en',
      ],
      examples: [
        'profile',
        'profile @Marie',
        'profile organisation "Mission locale de Cergy" type ML',
        'profile role "Youth adviser"',
        'profile territory "Cergy"',
        'profile themes housing, family',
        'profile help "young people\'s access to rights"',
      ],
    },
  },
  parse,
  schema: input,
  async run(ctx, args) {
    switch (args.action) {
      case 'show':
        return show(ctx, args.who);
      case 'organisation':
        if (args.name === undefined) return valueMissing(ctx, 'organisation');
        return setOrganisation(ctx, args.name, args.type);
      case 'locale': {
        await ctx.repos.members.updateProfile(ctx.network.id, ctx.actor.id, { locale: args.value });
        const value = t(args.value, `config.language.${args.value}`);
        return ok([privateMessage(text(localized(args.value, m.localeSet, { value })))]);
      }
      case 'themes': {
        if (args.value === undefined) return valueMissing(ctx, 'themes');
        const themes = parseThemes(args.value, ctx.confirmed);
        if (!themes.ok) return themes;
        return saved(ctx, { themes: themes.value });
      }
      default: {
        if (args.value === undefined) return valueMissing(ctx, args.action);
        const value = checkFreeText(args.value, {
          max: LIMITS[args.action],
          confirmed: ctx.confirmed,
          profile: true,
        });
        if (!value.ok) return value;
        return saved(ctx, { [args.action]: value.value });
      }
    }
  },
});
