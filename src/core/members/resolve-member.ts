// Turns what a user typed to name someone (a platform mention, or a name in the shell)
// into a member of the same network; never reaches into another network. A name that fits
// several members is said to be ambiguous, with the candidates, never taken as unknown.
import type { Token } from '../args/tokenize.ts';
import type { CommandContext, Failure } from '../commands/command.ts';
import type { MemberRef } from '../grammar/spec.ts';
import type { Member } from '../model.ts';
import { err, ok, type Result } from '../result.ts';
import { closest } from '../text/fold.ts';
import { candidateList, membersNamed } from './members-named.ts';
import { memberMessages as m } from './messages.ts';

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
  const match = membersNamed(name, members);
  if (match.kind === 'one') return ok(match.member);
  if (match.kind === 'several') {
    const candidates = candidateList(match.members, await ctx.repos.organisations.list(ctx.network.id));
    const example = match.members[0]?.displayName ?? name;
    return err({ key: match.sameName ? m.homonyms : m.ambiguous, params: { name, candidates, example } });
  }
  const suggestions = closest(
    name,
    members.map((member) => member.displayName),
  );
  const failure: Failure =
    suggestions.length > 0
      ? { key: 'error.unknown-member-suggest', params: { name, suggestions: suggestions.join(', ') } }
      : { key: 'error.unknown-member', params: { name } };
  return err(failure);
}

/** A member named as the grammar reads them (src/core/grammar/): a mention, or a name. */
export function resolveMemberRef(ctx: CommandContext, ref: MemberRef): Promise<Result<Member, Failure>> {
  const token: Token =
    ref.kind === 'mention'
      ? { kind: 'mention', userId: ref.userId, label: ref.name }
      : { kind: 'word', text: ref.name };
  return resolveMember(ctx, [token]);
}
