// Reading the glossary: one term (or several words at once), the list, and the "unknown
// term" answer with close terms. Replies are private: a lookup is nobody else's business.
import type { CommandContext, CommandResult, Failure } from '../commands/command.ts';
import { joinList } from '../i18n/index.ts';
import { type Block, context, header, privateMessage, text } from '../message.ts';
import { hasPhrase, unique, words as wordsOf } from '../reference/match-words.ts';
import { err, ok } from '../result.ts';
import { closest } from '../text/fold.ts';
import { DATA_INCLUSION_CREDIT, GLOSSARY_SEED } from './glossary-seed.ts';
import { messages } from './messages.ts';
import { definitionOf, type GlossaryEntry, networkGlossary, termState } from './network-glossary.ts';
import { termKey } from './term-key.ts';

const SUGGESTIONS = 5;
const LISTED = 40;

/** A term as it must be typed in a command: quoted when it has spaces. */
export const commandArg = (term: string): string => (/\s/.test(term) ? `"${term}"` : term);

export async function authorName(ctx: CommandContext, authorId: string | null): Promise<string> {
  const author = authorId ? await ctx.repos.members.get(ctx.network.id, authorId) : undefined;
  return author?.displayName ?? ctx.say(messages.someone);
}

/** The entry's definition and where it comes from. */
export async function entryBlocks(ctx: CommandContext, entry: GlossaryEntry): Promise<Block[]> {
  const line = ctx.say(messages.entry, { term: entry.term, definition: definitionOf(entry, ctx.locale) });
  return [text(line), context(await sourceLine(ctx, entry))];
}

async function sourceLine(ctx: CommandContext, entry: GlossaryEntry): Promise<string> {
  if (entry.origin === 'network') {
    const author = await authorName(ctx, entry.row.authorId);
    return ctx.say(entry.shipped ? messages.sourceOverride : messages.sourceNetwork, { author });
  }
  if (entry.shipped.source === 'data-inclusion') {
    return ctx.say(messages.sourceShippedCredited, { credit: DATA_INCLUSION_CREDIT[ctx.locale] });
  }
  return ctx.say(messages.sourceShipped);
}

/** `sigle CCAS`, `sigle p.r.e.`, `sigle sortie seche`, or several terms at once: `sigle PRE QPV`. */
export async function lookupTerm(
  ctx: CommandContext,
  term: string,
  words: readonly string[],
): Promise<CommandResult> {
  const { entry } = await termState(ctx.repos, ctx.network.id, term);
  if (entry) return ok([privateMessage(...(await entryBlocks(ctx, entry)))]);
  if (words.length > 1) {
    const found = new Map<string, GlossaryEntry>();
    const missing: string[] = [];
    for (const word of words) {
      const state = await termState(ctx.repos, ctx.network.id, word);
      if (state.entry) found.set(state.key, state.entry);
      else missing.push(word);
    }
    if (found.size > 0)
      return ok([privateMessage(...(await severalEntries(ctx, [...found.values()], missing)))]);
  }
  return err(await unknownTerm(ctx, term));
}

async function severalEntries(
  ctx: CommandContext,
  found: GlossaryEntry[],
  missing: string[],
): Promise<Block[]> {
  const blocks: Block[] = [];
  for (const entry of found) blocks.push(...(await entryBlocks(ctx, entry)));
  if (missing.length > 0) {
    blocks.push(context(ctx.say(messages.unknownWords, { terms: joinList(ctx.locale, missing) })));
  }
  return blocks;
}

/** Says the term is not there, with close terms (by spelling, then by definition) and how to add it. */
export async function unknownTerm(ctx: CommandContext, term: string): Promise<Failure> {
  const { entries } = await networkGlossary(ctx.repos, ctx.network.id);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const key = termKey(term);
  const keys = [...byKey.keys()];
  const spelled = key ? [...closest(key, keys, SUGGESTIONS), ...keys.filter((k) => swapped(key, k))] : [];
  const phrase = wordsOf(term);
  const mentioned =
    phrase.length >= 4
      ? entries.filter((e) => hasPhrase(wordsOf(definitionOf(e, ctx.locale)), phrase)).map((e) => e.key)
      : [];
  const suggestions = unique([...spelled, ...mentioned])
    .slice(0, SUGGESTIONS)
    .map((k) => byKey.get(k)?.term ?? k);
  const params = { term, arg: commandArg(term), suggestions: joinList(ctx.locale, suggestions) };
  return { key: suggestions.length > 0 ? messages.unknownSuggest : messages.unknown, params };
}

// Swapped letters are the common typo in acronyms ("CCSA"), and cost two edits in `closest`.
const sorted = (value: string) => [...value].sort().join('');
const swapped = (typed: string, key: string) =>
  typed.length >= 3 && typed !== key && typed.length === key.length && sorted(typed) === sorted(key);

/** `sigle` alone: the network's own entries, the shipped ones by name, and how to go on. */
export async function listGlossary(ctx: CommandContext): Promise<CommandResult> {
  const glossary = await networkGlossary(ctx.repos, ctx.network.id);
  const blocks: Block[] = [header(ctx.say(messages.listTitle))];
  if (glossary.own.length === 0) blocks.push(text(ctx.say(messages.listNone)));
  else {
    const lines = glossary.own
      .slice(0, LISTED)
      .map((e) => `• ${ctx.say(messages.entry, { term: e.term, definition: shortened(e.definition) })}`);
    if (glossary.own.length > LISTED)
      lines.push(ctx.say(messages.listMore, { count: glossary.own.length - LISTED }));
    blocks.push(text(`${ctx.say(messages.listOwn, { count: glossary.own.length })}\n${lines.join('\n')}`));
  }
  const hiddenKeys = new Set(glossary.hidden.map((t) => termKey(t.term)));
  const shipped = GLOSSARY_SEED.filter((t) => !hiddenKeys.has(termKey(t.term))).map((t) => t.term);
  blocks.push(text(ctx.say(messages.listShipped, { count: shipped.length, terms: shipped.join(', ') })));
  if (glossary.hidden.length > 0) {
    blocks.push(text(ctx.say(messages.listHidden, { terms: glossary.hidden.map((t) => t.term).join(', ') })));
  }
  blocks.push(context(ctx.say(messages.listHint)));
  return ok([privateMessage(...blocks)]);
}

// The list stays short enough for one platform message; the lookup shows the whole definition.
const shortened = (value: string, max = 120): string =>
  value.length <= max ? value : `${value.slice(0, max - 1).trimEnd()}…`;
