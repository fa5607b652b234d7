// One error boundary per interaction: `/coop` subcommands become the core's typed commands
// (or a form, where the verb says so), buttons and menus run the command they carry, modal submissions go to the
// core's forms, autocomplete asks for suggestions. Every delivery carries the key
// `discord:<interaction id>`, so one interaction is handled once, whatever happens.
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
  type RepliableInteraction,
  Routes,
  type StringSelectMenuInteraction,
} from 'discord.js';
import {
  type Core,
  type FormId,
  type Locale,
  localized,
  type TypedCommand,
  t,
  type Visitor,
} from '../../src/core/public.ts';
import { answerAutocomplete } from './autocomplete.ts';
import { discordCommands } from './command-definition.ts';
import { nameMentions, readOptions, visitorOf } from './interaction-context.ts';
import { adapterMessages as m } from './messages.ts';
import { type Drafts, formOfModal, modalOf } from './modals.ts';
import { errorContext } from './platform-errors.ts';
import { answerInTime, type ResponderDeps, respond, send } from './responder.ts';
import { type FormOpener, showForm, submitForm } from './submit-form.ts';
import { typedArgs } from './typed-args.ts';

/** The subcommands' routes, generated once from the core's declarations. */
const COMMANDS = discordCommands();

export interface HandlerDeps extends ResponderDeps {
  core: Core;
  drafts: Drafts;
  /** After this long without the core's answer, the reply is deferred (Discord waits 3 s). */
  deferAfterMs: number;
}

const routeOf = (interaction: Interaction): string => {
  if (interaction.isChatInputCommand()) return 'command';
  if (interaction.isAutocomplete()) return 'autocomplete';
  if (interaction.isButton()) return 'button';
  if (interaction.isStringSelectMenu()) return 'menu';
  if (interaction.isModalSubmit()) return 'modal';
  return `type-${interaction.type}`;
};

export function interactionHandler(deps: HandlerDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      await dispatch(interaction, deps);
    } catch (error) {
      deps.logger.error(
        { route: routeOf(interaction), guild: interaction.guildId, error: errorContext(error) },
        'could not answer an interaction',
      );
      if (interaction.isRepliable()) await apologise(interaction, deps);
    }
  };
}

async function dispatch(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  if (interaction.isAutocomplete()) return answerAutocomplete(interaction, deps.core, COMMANDS);
  if (!interaction.isRepliable()) return;
  if (interaction.isButton() || interaction.isStringSelectMenu()) return component(interaction, deps);
  const visitor = visitorOf(interaction);
  if (!visitor) return say(interaction, localized(localeFallback(interaction), m.guildOnly));
  if (interaction.isChatInputCommand()) return chatInput(interaction, visitor, deps);
  if (interaction.isModalSubmit()) return modalSubmit(interaction, visitor, deps);
}

const localeFallback = (interaction: Interaction): Locale =>
  interaction.locale?.startsWith('fr') ? 'fr' : 'en';

async function say(interaction: RepliableInteraction, content: string): Promise<void> {
  await send(interaction, [{ rendered: { content, embeds: [], components: [] }, ephemeral: true }]);
}

/**
 * Runs a command — a button's text, or a subcommand's typed values — and answers with the
 * reply, or with the form the core answers with where the interaction can show one.
 */
async function run(
  interaction: RepliableInteraction,
  visitor: Visitor,
  command: { text: string } | { typed: TypedCommand },
  deps: HandlerDeps,
) {
  const opener =
    interaction.isChatInputCommand() || interaction.isMessageComponent() ? interaction : undefined;
  await answerInTime(interaction, deps.deferAfterMs, deps.logger, async (settle) => {
    const reply = await deps.core.handle({
      ...visitor,
      channelId: interaction.channelId ?? undefined,
      ...command,
      canOpenForm: opener !== undefined,
      deliveryKey: `discord:${interaction.id}`,
    });
    if (reply.form && opener)
      return showForm(opener as FormOpener, reply.form, reply.locale, visitor, deps, settle);
    await respond(interaction, reply, deps, { guildId: visitor.space.externalId, settle });
  });
}

async function chatInput(interaction: ChatInputCommandInteraction, visitor: Visitor, deps: HandlerDeps) {
  const { path, options } = readOptions(interaction.commandName, interaction.options.data);
  const route = COMMANDS.routes.get(path);
  if (!route) return run(interaction, visitor, { typed: { command: 'aide', args: {} } }, deps);
  const args = await typedArgs(route, options, (text) =>
    nameMentions(text, visitor.space.externalId, interaction.client.rest),
  );
  // Several profile fields at once are the profile form's submission, in one transaction;
  // a form to show (a poll without its options) is the core's answer (`reply.form`).
  const viaForm = route.verb.viaForm?.(args);
  if (viaForm?.action === 'submit')
    return submitForm(
      interaction,
      visitor,
      { form: viaForm.form, values: viaForm.values, confirmed: false },
      deps,
    );
  const typed = { command: route.command, verb: route.verbName, args };
  return run(interaction, visitor, { typed }, deps);
}

async function component(interaction: ButtonInteraction | StringSelectMenuInteraction, deps: HandlerDeps) {
  const customId = interaction.isStringSelectMenu() ? (interaction.values[0] ?? '') : interaction.customId;
  const decoded = deps.ids.decode(customId);
  const buttonGuild = decoded.kind === 'command' ? decoded.guildId : undefined;
  const visitor = visitorOf(interaction, buttonGuild);
  if (!visitor) return say(interaction, localized(localeFallback(interaction), m.guildOnly));
  // A button of a private message names its server in its id: only that server's members
  // may act there (an id can be forged, and someone who left keeps their old messages).
  if (!interaction.guildId && buttonGuild && !(await isMember(interaction, buttonGuild)))
    return say(interaction, localized(localeFallback(interaction), m.notInGuild));
  switch (decoded.kind) {
    case 'command':
      return run(interaction, visitor, { text: decoded.command }, deps);
    case 'form-fix':
    case 'form-confirm':
      return fromDraft(interaction, visitor, decoded.form, decoded.kind === 'form-confirm', deps);
    default: {
      const locale = await deps.core.localeOf(visitor);
      await say(interaction, localized(locale, m.buttonExpired));
    }
  }
}

/** Whether Discord knows the user as a member of the guild now (any refusal counts as no). */
async function isMember(interaction: Interaction, guildId: string): Promise<boolean> {
  try {
    await interaction.client.rest.get(Routes.guildMember(guildId, interaction.user.id));
    return true;
  } catch {
    return false;
  }
}

/** The buttons under a refused form: reopen it as it was typed, or send it again confirmed. */
async function fromDraft(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  visitor: Visitor,
  formName: string,
  confirmed: boolean,
  deps: HandlerDeps,
) {
  const form = formOfModal(`coopform:${formName}`);
  const values = form && deps.drafts.get(visitor.space.externalId, visitor.user.externalId, form);
  if (!form || !values) {
    const locale = await deps.core.localeOf(visitor);
    await say(interaction, localized(locale, m.draftExpired));
    return;
  }
  if (confirmed) return submitForm(interaction, visitor, { form, values, confirmed: true }, deps);
  await interaction.showModal(modalOf(await deps.core.form(visitor, form), values));
}

async function modalSubmit(interaction: ModalSubmitInteraction, visitor: Visitor, deps: HandlerDeps) {
  const form: FormId | undefined = formOfModal(interaction.customId);
  if (!form) {
    const locale = await deps.core.localeOf(visitor);
    await say(interaction, localized(locale, m.buttonExpired));
    return;
  }
  const values: Record<string, string> = {};
  for (const [id, field] of interaction.fields.fields) {
    if ('value' in field && typeof field.value === 'string') values[id] = field.value;
  }
  await submitForm(interaction, visitor, { form, values, confirmed: false }, deps);
}

async function apologise(interaction: RepliableInteraction, deps: HandlerDeps): Promise<void> {
  try {
    const locale = visitorOf(interaction)?.user.locale ?? localeFallback(interaction);
    const payload = { content: t(locale, 'error.internal'), allowedMentions: { parse: [] } };
    if (interaction.deferred) await interaction.editReply(payload);
    else if (!interaction.replied) await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
  } catch (error) {
    deps.logger.warn(
      { route: 'interaction.apologise', error: errorContext(error) },
      'could not even apologise',
    );
  }
}
