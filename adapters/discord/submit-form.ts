// A form sent to the core (a modal, or several profile options at once). A Discord modal
// cannot show errors next to its fields: a refused submission is answered privately with
// the errors by field, a button that reopens the modal as it was typed and, for warnings
// of the confidentiality guard, one that saves it anyway.
import {
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  ComponentType,
  type RepliableInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import {
  type FormId,
  type FormReply,
  type FormSpec,
  type Locale,
  localized,
  type Visitor,
} from '../../src/core/public.ts';
import { FORM_CONFIRM, FORM_FIX } from './custom-ids.ts';
import type { HandlerDeps } from './handle-interaction.ts';
import { adapterMessages as m } from './messages.ts';
import { modalOf } from './modals.ts';
import { cut, LIMITS, type Row } from './render.ts';
import { answerInTime, respond, type Settle, send } from './responder.ts';

export interface Submission {
  form: FormId;
  values: Record<string, string>;
  confirmed: boolean;
}

export async function submitForm(
  interaction: RepliableInteraction,
  visitor: Visitor,
  submission: Submission,
  deps: HandlerDeps,
): Promise<void> {
  await answerInTime(interaction, deps.deferAfterMs, deps.logger, async (settle) => {
    const reply = await deps.core.submitForm({
      ...visitor,
      channelId: interaction.channelId ?? undefined,
      ...submission,
      deliveryKey: `discord:${interaction.id}`,
    });
    const guild = visitor.space.externalId;
    const user = visitor.user.externalId;
    if (reply.duplicate || !reply.failed || Object.keys(reply.fieldErrors).length === 0) {
      if (!reply.failed) deps.drafts.forget(guild, user, submission.form);
      await respond(interaction, reply, deps, { guildId: guild, settle });
      return;
    }
    deps.drafts.save(guild, user, submission.form, submission.values);
    const spec = await deps.core.form(visitor, submission.form);
    await send(interaction, [refusal(reply, spec, submission.form)], settle);
  });
}

/** The errors by field, with a button to reopen the form and, for warnings, one to confirm. */
function refusal(reply: FormReply, spec: FormSpec, form: FormId) {
  const label = (id: string) => spec.fields.find((f) => f.id === id)?.label ?? id;
  const heading = localized(reply.locale, reply.confirmable ? m.formWarning : m.formNotSaved);
  const colon = reply.locale === 'fr' ? ' :' : ':';
  const lines = Object.entries(reply.fieldErrors).map(
    ([id, message]) => `**${label(id)}**${colon} ${message}`,
  );
  const buttons = [
    { label: localized(reply.locale, m.fixButton), custom_id: FORM_FIX + form, style: ButtonStyle.Primary },
    ...(reply.confirmable
      ? [
          {
            label: localized(reply.locale, m.confirmButton),
            custom_id: FORM_CONFIRM + form,
            style: ButtonStyle.Danger,
          },
        ]
      : []),
  ];
  const row = {
    type: ComponentType.ActionRow,
    components: buttons.map((b) => ({ type: ComponentType.Button, ...b })),
  } as unknown as Row;
  const content = cut([heading, ...lines].join('\n'), LIMITS.content);
  return { rendered: { content, embeds: [], components: [row] }, ephemeral: true };
}

/** Interactions that may answer with a modal. */
export type FormOpener = ChatInputCommandInteraction | ButtonInteraction | StringSelectMenuInteraction;

/**
 * Shows the form the core answered with: as a modal while the interaction is unanswered;
 * once it was deferred (the core took its time), as a private message whose button opens it
 * prefilled (a modal must be an interaction's first answer).
 */
export async function showForm(
  interaction: FormOpener,
  form: FormSpec,
  locale: Locale,
  visitor: Visitor,
  deps: HandlerDeps,
  settle: Settle,
): Promise<void> {
  await settle();
  if (!interaction.deferred && !interaction.replied) {
    await interaction.showModal(modalOf(form));
    return;
  }
  const values = Object.fromEntries(form.fields.map((field) => [field.id, field.initial]));
  deps.drafts.save(visitor.space.externalId, visitor.user.externalId, form.id, values);
  const button = {
    type: ComponentType.Button,
    label: localized(locale, m.openFormButton),
    custom_id: FORM_FIX + form.id,
    style: ButtonStyle.Primary,
  };
  const row = { type: ComponentType.ActionRow, components: [button] } as unknown as Row;
  const content = localized(locale, m.formReady);
  await send(interaction, [{ rendered: { content, embeds: [], components: [row] }, ephemeral: true }]);
}
