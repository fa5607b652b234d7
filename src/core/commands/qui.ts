import { z } from 'zod';
import { type Token, tokenText } from '../args/tokenize.ts';
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
  const found = searchMembers(terms, members, byId);
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
        'trouver qui fait quoi : un membre par son métier, sa structure, son territoire, ses thématiques ; la liste des structures.',
      usage: ['qui MOTS…', 'qui structures', 'qui types'],
      examples: [
        'qui logement',
        'qui "Mission locale"',
        'qui éducateur Cergy',
        'qui structures',
        'qui types',
      ],
    },
    en: {
      summary:
        'find who does what: a member by role, organisation, territory, themes; the list of organisations.',
      usage: ['who WORDS…', 'who organisations', 'who types'],
      examples: [
        'who housing',
        'who "Mission locale"',
        'who educator Cergy',
        'who organisations',
        'who types',
      ],
    },
  },
  parse: (tokens: readonly Token[]) => ({
    terms: tokens.map((token) => (token.kind === 'mention' ? token.label : tokenText(token))),
  }),
  schema: z.object({
    terms: z
      .array(z.string().max(80, 'error.too-long'))
      .min(1, 'searchEmpty')
      .max(10, 'error.invalid-arguments'),
  }),
  async run(ctx, { terms }) {
    const first = fold(terms[0] ?? '');
    if (terms.length === 1 && ORGANISATIONS.includes(first)) return listOrganisations(ctx);
    if (terms.length === 1 && TYPES.includes(first)) return ok([listTypes(ctx.locale)]);
    return search(ctx, terms);
  },
});
