// Forms in Slack: the form the core answers with (`/coop sondage` or `/coop profil` alone)
// opens as a modal (views.open with the command's trigger); its submission runs through
// core.submitForm, and errors show next to their field without closing the modal. A guard
// warning is confirmed by submitting the same values again.
import type { App, ViewSubmitAction } from '@slack/bolt';
import {
  type FormReply,
  type FormSpec,
  type Locale,
  localized,
  messageText,
  t,
} from '../../src/core/public.ts';
import { deliverReply, type Respond, responder } from './deliver-reply.ts';
import { guarded, type HandlerContext, visitorOf } from './handler-context.ts';
import { slackMessages as m } from './messages.ts';
import {
  errorsAction,
  FORM_CALLBACK_PREFIX,
  type FormContext,
  fieldErrorsOf,
  formContext,
  formValues,
  formView,
} from './modals.ts';
import { slackErrorCode } from './slack-errors.ts';

export interface FormOrigin {
  triggerId: string;
  channelId: string | undefined;
  responseUrl: string | undefined;
  respond: Respond | undefined;
}

export async function openForm(ctx: HandlerContext, spec: FormSpec, locale: Locale, origin: FormOrigin) {
  const form = spec.id;
  const view = formView(spec, { form, channelId: origin.channelId, responseUrl: origin.responseUrl }, locale);
  try {
    await ctx.client.views.open({ trigger_id: origin.triggerId, view });
  } catch (error) {
    const code = slackErrorCode(error);
    ctx.logger.warn({ platform: 'slack', method: 'views.open', code }, 'Slack refused a call');
    const command =
      form === 'poll' ? (locale === 'fr' ? 'sondage' : 'poll') : locale === 'fr' ? 'profil' : 'profile';
    const text = localized(locale, m['form-failed'], { code, command });
    await origin.respond?.({ response_type: 'ephemeral', replace_original: false, text });
  }
}

/** The messages to show in the modal when the core refused the submission. */
function refusal(reply: FormReply, context: FormContext, firstField: string | undefined) {
  if (Object.keys(reply.fieldErrors).length > 0) return errorsAction(fieldErrorsOf(reply, context));
  // An unexpected failure: said on the first field, so that nothing typed is lost.
  const said = reply.messages.map(messageText).join('\n') || t(reply.locale, 'error.internal');
  return errorsAction(firstField ? { [firstField]: said } : {});
}

export function registerForms(app: App, ctx: HandlerContext): void {
  const matching = { type: 'view_submission' as const, callback_id: new RegExp(`^${FORM_CALLBACK_PREFIX}`) };
  app.view<ViewSubmitAction>(matching, async (args) => {
    const { ack, body, view } = args;
    const context = formContext(view.private_metadata);
    if (!context) {
      await ack();
      return;
    }
    const respond = context.responseUrl ? responder(context.responseUrl, ctx.logger) : undefined;
    const firstField = view.blocks[0]?.block_id;
    let acked = false;
    await guarded(ctx, 'view_submission', respond, async () => {
      const values = formValues(view.state.values);
      const visitor = await visitorOf(ctx, body.user.id, body.user.name);
      const reply = await ctx.core.submitForm({
        ...visitor,
        channelId: context.channelId,
        form: context.form,
        values,
        confirmed: ctx.confirmations.confirms(view.id, values),
        deliveryKey: `slack:${body.trigger_id}`,
      });
      acked = true;
      if (reply.failed) {
        if (reply.confirmable) ctx.confirmations.remember(view.id, values);
        await ack(refusal(reply, context, firstField));
        return;
      }
      await ack();
      const target = { userId: body.user.id, channelId: context.channelId, respond };
      await deliverReply(reply, target, ctx);
    });
    // Failed before answering: keep the modal open, with what was typed, and say so.
    if (!acked && firstField)
      await ack(errorsAction({ [firstField]: t(ctx.defaultLocale, 'error.internal') }));
  });
}
