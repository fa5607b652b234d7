// `/coop TEXT`: acknowledged at once (Slack allows 3 seconds), then run by the core under
// the command's trigger as delivery key — a replayed delivery runs nothing — and answered
// privately through response_url or publicly in the channel. When the core answers with a
// form (`/coop sondage` or `/coop profil` alone), it opens with the command's trigger.
import type { App } from '@slack/bolt';
import { deliverReply, responder } from './deliver-reply.ts';
import { openForm } from './forms.ts';
import { guarded, type HandlerContext, visitorOf } from './handler-context.ts';
import { namedMentions } from './identity.ts';
import { fromSlackText } from './slack-text.ts';

export const COMMAND = '/coop';

export function registerCommand(app: App, ctx: HandlerContext): void {
  app.command(COMMAND, async ({ command, ack }) => {
    await ack();
    const respond = responder(command.response_url, ctx.logger);
    await guarded(ctx, 'command', respond, async () => {
      // Names first, on Slack's text: only real mentions get one, not typed look-alikes.
      const text = fromSlackText(await namedMentions(command.text ?? '', ctx.identities));
      const visitor = await visitorOf(ctx, command.user_id, command.user_name);
      const channelId = command.channel_id || undefined;
      const reply = await ctx.core.handle({
        ...visitor,
        channelId,
        text,
        canOpenForm: true,
        deliveryKey: `slack:${command.trigger_id}`,
      });
      if (reply.form) {
        const origin = {
          triggerId: command.trigger_id,
          channelId,
          responseUrl: command.response_url,
          respond,
        };
        await openForm(ctx, reply.form, reply.locale, origin);
        return;
      }
      await deliverReply(reply, { userId: command.user_id, channelId, respond }, ctx);
    });
  });
}
