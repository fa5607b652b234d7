import { z } from 'zod';
import { joinTokens, type Token, tokenText } from '../args/tokenize.ts';
import { addOrganisation } from '../directory/add-organisation.ts';
import { directoryMessages as m } from '../directory/messages.ts';
import { organisationLine } from '../directory/profile-card.ts';
import { searchMembers } from '../directory/search-members.ts';
import { localized } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { header, type Message, privateMessage, text } from '../message.ts';
import type { Member, Organisation } from '../model.ts';
import { ORGANISATION_TYPES, organisationTypeLabel } from '../reference/organisation-types.ts';
import { themeLabel } from '../reference/themes.ts';
import { ok } from '../result.ts';
import { fold } from '../text/fold.ts';
import { type CommandContext, type CommandResult, defineCommand } from './command.ts';

const ORGANISATIONS = ['structures', 'structure', 'organisations', 'organizations', 'orgs'];
const TYPES = ['types', 'type'];
const ADD = ['ajouter', 'add', 'creer', 'create'];

/**
 * `qui structures ajouter "NOM" type CODE` adds an organisation; anything else is a search
 * (`qui structures` alone lists them, and `qui structures ajouter` with nothing after says how).
 */
function parse(tokens: readonly Token[]): unknown {
  const [first, second, ...rest] = tokens;
  const isWord = (token: Token | undefined, words: readonly string[]) =>
    token?.kind === 'word' && words.includes(fold(token.text));
  if (!isWord(first, ORGANISATIONS) || !isWord(second, ADD))
    return { action: 'search', terms: tokens.map((t) => (t.kind === 'mention' ? t.label : tokenText(t))) };
  const typeAt = rest.findIndex((token) => isWord(token, TYPES));
  const name = joinTokens(typeAt < 0 ? rest : rest.slice(0, typeAt)).trim();
  const type = typeAt < 0 ? '' : joinTokens(rest.slice(typeAt + 1)).trim();
  return { action: 'add', name: name || undefined, type: type || undefined };
}
const MAX_LISTED = 25;

function memberLine(
  member: Member,
  organisations: ReadonlyMap<string, Organisation>,
  locale: Locale,
): string {
  const org = member.organisationId ? organisations.get(member.organisationId) : undefined;
  const details = [member.roleTitle, organisationLine(org, locale), member.territory]
    .filter(Boolean)
    .join(' · ');
  const themes = member.themes.map((t) => themeLabel(t, locale)).join(', ');
  return `• **${member.displayName}**${details ? ` — ${details}` : ''}${themes ? ` — _${themes}_` : ''}`;
}

async function listOrganisations(ctx: CommandContext): Promise<CommandResult> {
  const [organisations, members] = await Promise.all([
    ctx.repos.organisations.list(ctx.network.id),
    ctx.repos.members.list(ctx.network.id),
  ]);
  const say = ctx.say;
  if (organisations.length === 0) return ok([privateMessage(text(say(m.noOrganisations)))]);
  const lines = organisations.map((org) => {
    const names = members.filter((mb) => mb.organisationId === org.id).map((mb) => mb.displayName);
    const who = names.length > 0 ? names.join(', ') : say(m.noMember);
    return `• **${org.name}** (${organisationTypeLabel(org.typeCode, ctx.locale)}) — ${who}`;
  });
  return ok([
    privateMessage(
      header(say(m.organisationsTitle, { count: organisations.length })),
      text(lines.join('\n')),
    ),
  ]);
}

function listTypes(locale: Locale): Message {
  const lines = ORGANISATION_TYPES.map(
    (type) => `\`${type.code}\` ${organisationTypeLabel(type.code, locale)}`,
  );
  return privateMessage(header(localized(locale, m.typesTitle)), text(lines.join('\n')));
}

async function search(ctx: CommandContext, terms: string[]): Promise<CommandResult> {
  const [organisations, members] = await Promise.all([
    ctx.repos.organisations.list(ctx.network.id),
    ctx.repos.members.list(ctx.network.id),
  ]);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const found = searchMembers(terms, members, byId).map((hit) => hit.member);
  const query = terms.join(' ');
  if (found.length === 0) return ok([privateMessage(text(ctx.say(m.searchNone, { query })))]);
  const lines = found.slice(0, MAX_LISTED).map((member) => memberLine(member, byId, ctx.locale));
  if (found.length > MAX_LISTED) lines.push(`… (+${found.length - MAX_LISTED})`);
  const title = ctx.say(m.searchTitle, { query, count: found.length });
  return ok([privateMessage(header(title), text(lines.join('\n')))]);
}

export const qui = defineCommand({
  names: ['qui', 'who', 'annuaire', 'directory'],
  messages: m,
  help: {
    fr: {
      summary:
        'trouver qui fait quoi : un membre par son métier, sa structure, son territoire, ses thématiques ; la liste des structures, et en ajouter une sans vous y rattacher.',
      usage: ['qui MOTS…', 'qui structures', 'qui structures ajouter "NOM" type CODE', 'qui types'],
      examples: [
        'qui logement',
        'qui "Mission locale"',
        'qui éducateur Cergy',
        'qui structures',
        'qui structures ajouter "Association Les Jardins partagés" type ASSO',
        'qui types',
      ],
    },
    en: {
      summary:
        'find who does what: a member by role, organisation, territory, themes; the list of organisations, and adding one without joining it.',
      usage: ['who WORDS…', 'who organisations', 'who organisations add "NAME" type CODE', 'who types'],
      examples: [
        'who housing',
        'who "Mission locale"',
        'who educator Cergy',
        'who organisations',
        'who organisations add "Shared gardens association" type ASSO',
        'who types',
      ],
    },
  },
  parse,
  schema: z.discriminatedUnion('action', [
    z.object({
      action: z.literal('search'),
      terms: z
        .array(z.string().max(80, 'error.too-long'))
        .min(1, 'searchEmpty')
        .max(10, 'error.invalid-arguments'),
    }),
    z.object({
      action: z.literal('add'),
      name: z.string().max(120, 'error.too-long').optional(),
      type: z.string().max(40, 'error.too-long').optional(),
    }),
  ]),
  async run(ctx, args) {
    if (args.action === 'add') return addOrganisation(ctx, args.name, args.type);
    const { terms } = args;
    const first = fold(terms[0] ?? '');
    if (terms.length === 1 && ORGANISATIONS.includes(first)) return listOrganisations(ctx);
    if (terms.length === 1 && TYPES.includes(first)) return ok([listTypes(ctx.locale)]);
    return search(ctx, terms);
  },
});
