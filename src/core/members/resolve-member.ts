// Turns what a user typed to name someone (a platform mention, or a name in the shell)
// into a member of the same network; never reaches into another network.
import type { Token } from '../args/tokenize.ts';
import type { CommandContext, Failure } from '../commands/command.ts';
import type { Member } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import { closest, fold } from '../text/fold.ts';

/**
 * `tokens` name one person: a platform mention (`<@U123|marie>`), or a name typed in
 * words, with or without a leading @ (`@"Marie Curie"`, `@Marie Curie`, `marie curie`).
 */
export async function resolveMember(
  ctx: CommandContext,
  tokens: readonly Token[],
): Promise<Result<Member, Failure>> {
  const [first] = tokens;
  if (first?.kind === 'mention' && first.userId) {
    // A platform mention names a real user of this space: they become a member on first mention.
    return ok(await ctx.repos.members.resolveIdentity(ctx.space, first.userId, first.label || first.userId));
  }
  const name = tokens
    .map((token) => (token.kind === 'mention' ? token.label : token.text))
    .join(' ')
    .trim();
  const members = await ctx.repos.members.list(ctx.network.id);
  const key = fold(name);
  const exact = members.find((m) => fold(m.displayName) === key);
  if (exact) return ok(exact);
  // "@Marie" names Marie Curie when she is the only member whose name starts so.
  const starting = members.filter((m) => fold(m.displayName).startsWith(`${key} `));
  if (starting.length === 1 && starting[0]) return ok(starting[0]);
  const suggestions = closest(
    name,
    members.map((m) => m.displayName),
  );
  const failure: Failure =
    suggestions.length > 0
      ? { key: 'error.unknown-member-suggest', params: { name, suggestions: suggestions.join(', ') } }
      : { key: 'error.unknown-member', params: { name } };
  return err(failure);
}
