// Events API: a mention of the bot gets a short help line in its thread; uninstalling
// the app or revoking its tokens is logged for the operators (the bot then stops
// answering in that workspace).
import type { App } from '@slack/bolt';
import { localized } from '../../src/core/i18n/index.ts';
import { privateMessage, text } from '../../src/core/message.ts';
import { guarded, type HandlerContext, visitorOf } from './handler-context.ts';
import { slackMessages as m } from './messages.ts';

export function registerEvents(app: App, ctx: HandlerContext): void {
  app.event('app_mention', async ({ event, body }) => {
    const userId = 'user' in event ? event.user : undefined;
    if (!userId) return;
    await guarded(ctx, 'app_mention', undefined, async () => {
      const visitor = await visitorOf(ctx, userId);
      // Slack redelivers an event it thinks was missed: the key in PostgreSQL makes any
      // replica answer it once. The core also makes the user a member, in their language.
      const reply = await ctx.core.acknowledge(visitor, `slack:event:${body.event_id}`);
      if (reply.duplicate) {
        ctx.logger.info({ platform: 'slack' }, 'delivery already handled: nothing sent');
        return;
      }
      const help = privateMessage(text(localized(reply.locale, m['mention-help'])));
      await ctx.poster.thread(event.channel, event.thread_ts ?? event.ts, help);
    });
  });

  for (const name of ['app_uninstalled', 'tokens_revoked'] as const) {
    app.event(name, async ({ body }) => {
      ctx.logger.warn(
        { platform: 'slack', event: name, team: body.team_id },
        'Slack access withdrawn: the bot no longer answers in this workspace until it is installed again',
      );
    });
  }
}
