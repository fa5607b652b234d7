// Changing the glossary. Rights: a term the network added is changed or removed by its author or
// a facilitator; a shipped term is adapted (override row) or hidden (row without definition) by a
// facilitator only, and `rétablir` brings its shipped definition back.
//
// Additions and edits are posted publicly: the point of the glossary is that everyone learns the
// new word, and the text has passed the confidentiality guard. Removals, hiding and restoring are
// private confirmations: they teach nothing to the channel.
import { audit, someoneElses } from '../audit/record-audit.ts';
import type { CommandContext, CommandResult, Failure } from '../commands/command.ts';
import { facilitatorOnly } from '../commands/failures.ts';
import { checkFreeText } from '../commands/free-text.ts';
import { context, privateMessage, publicMessage, text } from '../message.ts';
import type { GlossaryRow } from '../ports.ts';
import { err, ok } from '../result.ts';
import { authorName, commandArg, entryBlocks, unknownTerm } from './lookup-term.ts';
import { type GlossaryMessage, messages } from './messages.ts';
import { definitionOf, type GlossaryEntry, type TermState, termState } from './network-glossary.ts';

export const TERM_MAX = 40;
export const DEFINITION_MAX = 500;

interface TermAndDefinition {
  term: string;
  definition: string;
}

export async function addTerm(ctx: CommandContext, input: TermAndDefinition): Promise<CommandResult> {
  const term = checkFreeText(input.term, { max: TERM_MAX, confirmed: ctx.confirmed });
  if (!term.ok) return err(term.error);
  const state = await termState(ctx.repos, ctx.network.id, term.value);
  if (!state.key) return err({ key: messages.termInvalid });
  if (state.entry) return err(alreadyThere(ctx, state.entry));
  const definition = checkFreeText(input.definition, { max: DEFINITION_MAX, confirmed: ctx.confirmed });
  if (!definition.ok) return err(definition.error);
  const row = {
    term: state.shipped?.term ?? term.value,
    termKey: state.key,
    definition: definition.value,
    authorId: ctx.actor.id,
    at: ctx.now,
  };
  if (state.row) {
    // A shipped term hidden in this network: whoever adds it back gives it their definition.
    await ctx.repos.glossary.save(ctx.network.id, row);
    await auditOthers(ctx, 'glossary.edited', state.row, row.term);
  } else {
    const created = await ctx.repos.glossary.create(ctx.network.id, row);
    if (!created.ok) {
      // Someone added it in the meantime.
      const now = await termState(ctx.repos, ctx.network.id, term.value);
      return err(now.entry ? alreadyThere(ctx, now.entry) : { key: 'error.internal' });
    }
  }
  return ok([announce(ctx, messages.added, row.term, definition.value)]);
}

export async function editTerm(ctx: CommandContext, input: TermAndDefinition): Promise<CommandResult> {
  const state = await termState(ctx.repos, ctx.network.id, input.term);
  // A facilitator may also give a definition back to a shipped term hidden in the network.
  const term = state.entry?.term ?? (ctx.isFacilitator ? state.shipped?.term : undefined);
  if (!term) return err(await unknownTerm(ctx, input.term));
  const refusal = await changeRefusal(ctx, state, term);
  if (refusal) return err(refusal);
  const definition = checkFreeText(input.definition, { max: DEFINITION_MAX, confirmed: ctx.confirmed });
  if (!definition.ok) return err(definition.error);
  // The author of a term the network wrote keeps it (and their right to change it); an override
  // of a shipped term belongs to whoever wrote it.
  const authorId = state.entry?.origin === 'network' ? state.entry.row.authorId : ctx.actor.id;
  await ctx.repos.glossary.save(ctx.network.id, {
    term,
    termKey: state.key,
    definition: definition.value,
    authorId,
    at: ctx.now,
  });
  await auditOthers(ctx, 'glossary.edited', state.row, term);
  return ok([announce(ctx, messages.edited, term, definition.value)]);
}

export async function removeTerm(ctx: CommandContext, typed: string): Promise<CommandResult> {
  const state = await termState(ctx.repos, ctx.network.id, typed);
  if (!state.entry) return err(await unknownTerm(ctx, typed));
  const term = state.entry.term;
  const refusal = await changeRefusal(ctx, state, term);
  if (refusal) return err(refusal);
  const params = { term, arg: commandArg(term) };
  await auditOthers(ctx, 'glossary.removed', state.row, term);
  if (state.shipped) {
    await ctx.repos.glossary.save(ctx.network.id, {
      term: state.shipped.term,
      termKey: state.key,
      definition: null,
      authorId: ctx.actor.id,
      at: ctx.now,
    });
    return ok([privateMessage(text(ctx.say(messages.hidden, params)))]);
  }
  await ctx.repos.glossary.remove(ctx.network.id, state.key);
  return ok([privateMessage(text(ctx.say(messages.removed, params)))]);
}

export async function restoreTerm(ctx: CommandContext, typed: string): Promise<CommandResult> {
  const state = await termState(ctx.repos, ctx.network.id, typed);
  const { shipped } = state;
  if (!shipped) return err({ key: messages.notShipped, params: { term: typed } });
  if (!ctx.isFacilitator) {
    return err({
      key: messages.shippedFacilitatorOnly,
      params: { term: shipped.term, facilitators: await facilitatorNames(ctx) },
    });
  }
  const params = { term: shipped.term };
  if (!state.row) return ok([privateMessage(text(ctx.say(messages.alreadyOriginal, params)))]);
  await ctx.repos.glossary.remove(ctx.network.id, state.key);
  await auditOthers(ctx, 'glossary.restored', state.row, shipped.term);
  const entry: GlossaryEntry = { origin: 'shipped', key: state.key, term: shipped.term, shipped };
  return ok([privateMessage(text(ctx.say(messages.restored, params)), ...(await entryBlocks(ctx, entry)))]);
}

/** Changing a row someone else wrote (or whose author was forgotten) goes to the audit trail. */
async function auditOthers(
  ctx: CommandContext,
  action: 'glossary.edited' | 'glossary.removed' | 'glossary.restored',
  row: GlossaryRow | undefined,
  term: string,
): Promise<void> {
  if (row && someoneElses(ctx, row.authorId)) await audit(ctx, action, { term }, row.authorId);
}

function announce(ctx: CommandContext, message: GlossaryMessage, term: string, definition: string) {
  return publicMessage(
    text(ctx.say(message, { name: ctx.actor.displayName, term, definition })),
    context(ctx.say(messages.lookupHint, { arg: commandArg(term) })),
  );
}

function alreadyThere(ctx: CommandContext, entry: GlossaryEntry): Failure {
  const definition = definitionOf(entry, ctx.locale);
  const params = { term: entry.term, arg: commandArg(entry.term), definition };
  return { key: entry.origin === 'shipped' ? messages.existsShipped : messages.exists, params };
}

/** Why the actor may not change this term, if they may not. */
async function changeRefusal(
  ctx: CommandContext,
  state: TermState,
  term: string,
): Promise<Failure | undefined> {
  if (ctx.isFacilitator) return undefined;
  const row = state.row;
  if (row && row.definition !== null && row.authorId === ctx.actor.id) return undefined;
  const facilitators = await facilitatorNames(ctx);
  if (state.shipped) return { key: messages.shippedFacilitatorOnly, params: { term, facilitators } };
  const author = await authorName(ctx, row?.authorId ?? null);
  return { key: messages.notAuthor, params: { term, author, facilitators } };
}

/** The facilitators as the core names them when it refuses a facilitators-only command. */
async function facilitatorNames(ctx: CommandContext): Promise<string> {
  const failure = await facilitatorOnly(ctx);
  return String(failure.params?.facilitators ?? '');
}
