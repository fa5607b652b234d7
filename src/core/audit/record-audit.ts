// Records a facilitator action in the audit trail, inside the command's transaction: a
// command that fails afterwards rolls its entry back with everything else.
import type { CommandContext } from '../commands/command.ts';
import type { AuditAction, AuditDetails } from './audit-actions.ts';

export async function audit<A extends AuditAction>(
  ctx: Pick<CommandContext, 'repos' | 'network' | 'actor' | 'now'>,
  action: A,
  details: AuditDetails[A],
  subjectMemberId: string | null = null,
): Promise<void> {
  await ctx.repos.audit.record(ctx.network.id, {
    actorId: ctx.actor.id,
    action,
    subjectMemberId,
    details,
    at: ctx.now,
  });
}

/** Edits of someone else's entry are audited, with its author (if still known) as subject. */
export const someoneElses = (ctx: Pick<CommandContext, 'actor'>, authorId: string | null | undefined) =>
  authorId !== ctx.actor.id;
