// A click on one of our buttons (or a choice in one of our menus) runs the command it
// carries, as if typed after /coop. The delivery key is the click's trigger and time, so
// a replayed delivery counts once. The answer is a new ephemeral message: the clicked
// message — often the public poll — is never replaced through response_url.
import type { App, BlockAction } from '@slack/bolt';
import { ACTION_PREFIX, commandOfAction } from './block-kit.ts';
import { deliverReply, responder } from './deliver-reply.ts';
import { openForm } from './forms.ts';
import { guarded, type HandlerContext, visitorOf } from './handler-context.ts';

function channelOf(body: BlockAction): string | undefined {
  const container = body.container as { channel_id?: unknown } | undefined;
  return body.channel?.id ?? (typeof container?.channel_id === 'string' ? container.channel_id : undefined);
}

export function registerActions(app: App, ctx: HandlerContext): void {
  const matching = { type: 'block_actions' as const, action_id: new RegExp(`^${ACTION_PREFIX}\\d+$`) };
  app.action<BlockAction>(matching, async ({ ack, body, action }) => {
    await ack();
    const respond = body.response_url ? responder(body.response_url, ctx.logger) : undefined;
    await guarded(ctx, 'block_actions', respond, async () => {
      const command = commandOfAction(action);
      if (command === undefined) return;
      const visitor = await visitorOf(ctx, body.user.id, body.user.name);
      const channelId = channelOf(body);
      const reply = await ctx.core.handle({
        ...visitor,
        channelId,
        text: command,
        canOpenForm: true,
        deliveryKey: `slack:${body.trigger_id}:${action.action_ts}`,
      });
      if (reply.form) {
        const origin = { triggerId: body.trigger_id, channelId, responseUrl: body.response_url, respond };
        await openForm(ctx, reply.form, reply.locale, origin);
        return;
      }
      await deliverReply(reply, { userId: body.user.id, channelId, respond }, ctx);
    });
  });
}
