// `qui tous [PAGE]` / `who all [PAGE]`: every member, a page at a time, grouped by
// organisation (members without one last), each as `qui` shows them.
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { pageNumber } from '../config/journal.ts';
import { defineMessages } from '../i18n/index.ts';
import { type Block, context, header, privateMessage, text } from '../message.ts';
import type { Member, Organisation } from '../model.ts';
import { organisationTypeLabel } from '../reference/organisation-types.ts';
import { err, ok } from '../result.ts';
import { memberLine } from './member-line.ts';

export const DIRECTORY_PAGE_SIZE = 20;

export const wholeDirectoryMessages = defineMessages({
  allTitle: {
    fr: 'Annuaire du réseau : {count} membre(s)',
    en: 'The network’s directory: {count} member(s)',
  },
  allEmpty: { fr: 'Personne dans l’annuaire pour l’instant.', en: 'No one in the directory yet.' },
  allPage: { fr: 'Page {page}/{pages}.', en: 'Page {page}/{pages}.' },
  allNext: { fr: 'Page suivante : `qui tous {next}`', en: 'Next page: `who all {next}`' },
  allLast: { fr: 'Dernière page.', en: 'Last page.' },
  noOrganisation: { fr: 'Sans structure', en: 'No organisation' },
  allBadPage: {
    fr: 'Cette page n’existe pas. Tapez `qui tous` pour la page 1, ou `qui tous N` avec N entre 1 et {pages}.',
    en: 'There is no such page. Type `who all` for page 1, or `who all N` with N from 1 to {pages}.',
  },
});
const m = wholeDirectoryMessages;

/** Members by organisation name, then by name; members without an organisation last. */
function sorted(members: readonly Member[], byId: ReadonlyMap<string, Organisation>): Member[] {
  const orgName = (mb: Member) => (mb.organisationId ? byId.get(mb.organisationId)?.name : undefined);
  return [...members].sort((a, b) => {
    const [x, y] = [orgName(a), orgName(b)];
    if (x !== y) {
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const named = x.localeCompare(y, 'fr');
      if (named !== 0) return named;
    }
    // Two organisations of one name stay apart, each with its own members.
    const ids = (a.organisationId ?? '').localeCompare(b.organisationId ?? '');
    return ids !== 0 ? ids : a.displayName.localeCompare(b.displayName, 'fr');
  });
}

export async function showWholeDirectory(
  ctx: CommandContext,
  typed: string | undefined,
): Promise<CommandResult> {
  const [organisations, members] = await Promise.all([
    ctx.repos.organisations.list(ctx.network.id),
    ctx.repos.members.list(ctx.network.id),
  ]);
  const pages = Math.max(1, Math.ceil(members.length / DIRECTORY_PAGE_SIZE));
  const number = pageNumber(typed);
  if (number === undefined || number > pages) return err({ key: m.allBadPage, params: { pages } });
  if (members.length === 0) return ok([privateMessage(text(ctx.say(m.allEmpty)))]);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const start = (number - 1) * DIRECTORY_PAGE_SIZE;
  const page = sorted(members, byId).slice(start, start + DIRECTORY_PAGE_SIZE);
  const blocks: Block[] = [header(ctx.say(m.allTitle, { count: members.length }))];
  // One text block per organisation, so that a platform can split a long page between groups.
  let group: { key: string; lines: string[] } | undefined;
  for (const member of page) {
    const key = member.organisationId ?? '';
    if (group?.key !== key) {
      if (group) blocks.push(text(group.lines.join('\n')));
      const org = member.organisationId ? byId.get(member.organisationId) : undefined;
      const title = org
        ? `**${org.name}** (${organisationTypeLabel(org.typeCode, ctx.locale)})`
        : `**${ctx.say(m.noOrganisation)}**`;
      group = { key, lines: [title] };
    }
    group.lines.push(memberLine(member, byId, ctx.locale));
  }
  if (group) blocks.push(text(group.lines.join('\n')));
  const next = number < pages ? ctx.say(m.allNext, { next: number + 1 }) : ctx.say(m.allLast);
  blocks.push(context(`${ctx.say(m.allPage, { page: number, pages })} ${next}`));
  return ok([privateMessage(...blocks)]);
}
