// How expected failures become messages: unknown commands with suggestions, rights,
// schema issues named by catalog or command messages, guard warnings to confirm.

import { fr } from '../i18n/catalog-fr.ts';
import { render, t } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { facilitatorList } from '../members/facilitators.ts';
import { buttons, type Message, privateMessage, text } from '../message.ts';
import { closest } from '../text/fold.ts';
import type { AnyCommand, CommandContext, Failure } from './command.ts';
import { commandHelpBlocks } from './render-help.ts';

/** Words that confirm a command past the guard's warnings when they end it. */
export const CONFIRM_WORDS = ['--ok', '--confirmer', '--confirm'];

export function unknownCommand(name: string, commands: readonly AnyCommand[]): Failure {
  const suggestions = closest(
    name,
    commands.flatMap((c) => c.names.slice(0, 2)),
  );
  return {
    key: 'error.unknown-command',
    params: { name, suggestions: [...new Set(suggestions)].join(', ') },
  };
}

export async function facilitatorOnly(ctx: CommandContext): Promise<Failure> {
  const members = await ctx.repos.members.list(ctx.network.id);
  return {
    key: 'error.facilitator-only',
    params: { facilitators: facilitatorList(members, ctx.locale, ctx.platform) },
  };
}

/** Schemas carry message names as their issue messages; anything else is a generic "not understood". */
export function failureFromIssue(issue: { message: string } | undefined, command: AnyCommand): Failure {
  const name = issue?.message ?? '';
  // A message of its own says what to type instead: the whole help after it would bury it.
  const own = command.messages?.[name];
  if (own) return { key: own };
  if (name in fr && name !== 'error.invalid-arguments') return { key: name as keyof typeof fr };
  return { key: 'error.invalid-arguments', usage: true };
}

export function renderFailure(
  failure: Failure,
  command: AnyCommand | undefined,
  locale: Locale,
  typed: string,
): Message {
  const lines = [render(locale, failure.key, failure.params)];
  if (failure.key === 'error.unknown-command') {
    const suggestions = String(failure.params?.suggestions ?? '');
    if (suggestions) lines.push(t(locale, 'error.did-you-mean', { suggestions }));
    lines.push(t(locale, 'error.see-help'));
  }
  const message = privateMessage(text(lines.join('\n')));
  if (failure.confirmable) {
    message.blocks.push(
      buttons({ label: t(locale, 'guard.confirm-button'), command: `${typed.trim()} --ok`, style: 'danger' }),
    );
  }
  if (failure.usage && command) message.blocks.push(...commandHelpBlocks(command, locale));
  return message;
}
