// `config journal [PAGE]` / `config audit [PAGE]`: the audit trail, privately, a page at a time.

import { auditMessages as m } from '../audit/messages.ts';
import { JOURNAL_PAGE_SIZE, journalMessage, pageCount } from '../audit/render-journal.ts';
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { err, ok } from '../result.ts';

/** A page number as typed: digits only, from 1; anything else is no page. */
export function pageNumber(typed: string | undefined): number | undefined {
  if (typed === undefined) return 1;
  const trimmed = typed.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= 1 ? n : undefined;
}

export async function showJournal(ctx: CommandContext, typed: string | undefined): Promise<CommandResult> {
  const number = pageNumber(typed);
  const offset = ((number ?? 1) - 1) * JOURNAL_PAGE_SIZE;
  const { entries, total } = await ctx.repos.audit.list(ctx.network.id, { limit: JOURNAL_PAGE_SIZE, offset });
  const pages = pageCount(total);
  if (number === undefined || number > pages) return err({ key: m.journalBadPage, params: { pages } });
  return ok([journalMessage({ entries, total, number }, ctx.network.timeZone, ctx.locale)]);
}
