// Small pieces of handling one request that core.ts uses: the voter's key of an anonymous
// poll, the `--ok` confirmation word, form values made storable, the reply to a repeated
// delivery, and the command word that may be logged.
import { createHmac } from 'node:crypto';
import type { Token } from './args/tokenize.ts';
import type { AnyCommand } from './commands/command.ts';
import { CONFIRM_WORDS } from './commands/failures.ts';
import { findCommand } from './commands/registry-lookup.ts';
import { findTypedVerb } from './commands/run-command.ts';
import type { IncomingCommand, Reply } from './core-api.ts';
import { checkArgs, spreadTyped } from './grammar/check-args.ts';
import { writeText } from './grammar/write-text.ts';
import type { Locale } from './locale.ts';
import type { Member } from './model.ts';
import { fold } from './text/fold.ts';
import { storable } from './text/storable.ts';

/**
 * A voter's key in one anonymous poll: HMAC(secret, poll key ‖ NUL ‖ `platform:user id`).
 * Without both the secret and the poll's key (destroyed when it closes) it names no one. The
 * platform identity, not the member, is keyed so that a vote makes no one a member.
 */
export function voterKey(secret: string, pollKey: Uint8Array, identity: string): string {
  return createHmac('sha256', secret).update(pollKey).update(`\u0000${identity}`).digest('base64url');
}

/** The former scheme, for polls opened before poll keys (their key is their salt's text). */
export function legacyVoterKey(secret: string, salt: Uint8Array, memberId: string): string {
  const text = Buffer.from(salt).toString('utf8');
  return createHmac('sha256', secret).update(`${text}\u0000${memberId}`).digest('base64url');
}

/** Someone never seen before, acting in a quiet command: not stored (an empty id) until needed. */
export const unsavedMember = (networkId: string, displayName: string): Member => ({
  id: '',
  networkId,
  displayName,
  locale: null,
  isFacilitator: false,
  isPlatformAdmin: false,
  organisationId: null,
  roleTitle: null,
  territory: null,
  themes: [],
  helpOffer: null,
  cafeOptIn: false,
});

/** The last `limit` keys seen, in memory: `claim` is false for a key already there. */
export function recentKeys(limit: number) {
  const keys = new Set<string>();
  return {
    claim(key: string): boolean {
      if (keys.has(key)) return false;
      keys.add(key);
      if (keys.size > limit) keys.delete(keys.values().next().value as string);
      return true;
    },
    release(key: string): void {
      keys.delete(key);
    },
  };
}

/** Splits a trailing confirmation word (`--ok`) off the command's words. */
export function withoutConfirmation(tokens: Token[]): { tokens: Token[]; confirmed: boolean } {
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'word' && CONFIRM_WORDS.includes(fold(last.text))) {
    return { tokens: tokens.slice(0, -1), confirmed: true };
  }
  return { tokens, confirmed: false };
}

/** Form fields do not go through the tokenizer: they get its NUL and surrogate rule here. */
export const storableValues = (values: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([field, value]) => [field, storable(value)]));

/** The reply to a delivery already handled: nothing to send. */
export const duplicate = (locale: Locale): Reply => ({
  locale,
  messages: [],
  notifications: [],
  failed: false,
  duplicate: true,
});

export function commandWord(request: IncomingCommand, commands: readonly AnyCommand[]): string {
  // Only a known command's name is logged, never the free text that follows it.
  const word = request.typed ? request.typed.command : (request.text.trim().split(/\s+/)[0] ?? '');
  return findCommand(commands, word)?.names[1] ?? '(unknown)';
}

/**
 * The command as text, for a button that runs it again (`--ok` past the guard's warnings):
 * as typed, or written from its typed values in the syntax the text reader reads.
 */
export function commandText(request: IncomingCommand, commands: readonly AnyCommand[]): string {
  if (!request.typed) return request.text;
  const command = findCommand(commands, request.typed.command);
  const verb = command && findTypedVerb(command, request.typed.verb);
  if (!command || !verb) return request.typed.command;
  const given = spreadTyped(verb, request.typed.args);
  // A verb that gathers others is written as the one it runs (`but 3 titre "…"`).
  const checked = verb.picks ? checkArgs(verb, given, 'fr') : undefined;
  const picked = checked?.ok && verb.picks ? verb.picks(checked.value) : undefined;
  if (picked && 'verb' in picked) return writeText(command.names[0], picked.verb, picked.values);
  return writeText(command.names[0], verb, given);
}
