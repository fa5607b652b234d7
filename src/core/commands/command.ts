// What a subcommand of /coop is: its names, its help, how its words become an input
// object, the zod schema that input must satisfy, and its handler.
import type { z } from 'zod';
import type { Token } from '../args/tokenize.ts';
import type { WebClaims } from '../digest/web/web-link.ts';
import type { ArgValues, VerbSpec } from '../grammar/spec.ts';
import type { Bilingual, CatalogKey, Params, Say } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import type { Message } from '../message.ts';
import type { Member, Network, Platform, Space } from '../model.ts';
import type { PollKey, Repositories } from '../ports.ts';
import { err, type Result } from '../result.ts';

export interface CommandContext {
  repos: Repositories;
  network: Network;
  space: Space;
  /**
   * Who acts. For a `quiet` command, someone never seen before is not stored: `actor.id` is
   * empty until `member()` stores them.
   */
  actor: Member;
  /** The actor as a stored member, storing them now if the command started without. */
  member(): Promise<Member>;
  isFacilitator: boolean;
  locale: Locale;
  /** Renders a message in `locale`. */
  say: Say;
  now: Date;
  platform: Platform;
  channelId: string | undefined;
  commands: readonly AnyCommand[];
  /** True when the user confirmed past the confidentiality guard's warnings (`--ok`). */
  confirmed: boolean;
  /** The actor's key in an anonymous poll (see `voterKey`); scheme 1 stores the actor first. */
  voterKey(key: PollKey): Promise<string>;
  /** Signals that a poll's message should be refreshed, once the command commits. */
  pollChanged(pollId: string): void;
  /**
   * A signed link to this network's web view (`diagnostic web`), or undefined when the
   * web view cannot be served here.
   */
  webLink(claims: Omit<WebClaims, 'networkId'>): Promise<string | undefined>;
  /** Queues a private message to a member, sent only if the command commits. */
  notify(member: Member, message: (locale: Locale) => Message): void;
}

/** A message of the shared catalog, or one given in both languages by a feature. */
export type MessageRef = CatalogKey | Bilingual;

/**
 * An expected failure: a message and its parameters; `usage` appends the command's help;
 * `confirmable` offers to run the same command again with `--ok` (guard warnings).
 */
export interface Failure {
  key: MessageRef;
  params?: Params;
  /** The argument it is about (its key), when it is about one: a form shows it by that field. */
  arg?: string;
  usage?: boolean;
  confirmable?: boolean;
}

export type CommandResult = Result<Message[], Failure>;

/** What a command's help says besides its syntax, which comes from its verbs (write-usage.ts). */
export interface CommandHelp {
  summary: string;
  examples: readonly string[];
}

export interface Command<I> {
  /** [French name, English name, ...other accepted spellings]. */
  names: readonly [string, string, ...string[]];
  help: Readonly<Record<Locale, CommandHelp>>;
  /** One short line where a platform lists the command (Discord: 100 characters at most). */
  brief?: Bilingual;
  facilitatorOnly?: boolean;
  /**
   * The command sets state (running it twice changes nothing more) and writes nothing that
   * names the actor in its transaction: no delivery key is claimed, and someone never seen
   * before is made a member only if the command asks (`ctx.member()`). A vote in an
   * anonymous poll is such a command: its transaction holds the vote and nothing else.
   */
  quiet?: boolean;
  /** Where the command exists; all platforms when absent. */
  platforms?: readonly Platform[];
  /** Messages the schema may name in its issues, besides the shared catalog's keys. */
  messages?: Readonly<Record<string, Bilingual>>;
  /**
   * The command's grammar, declared once (src/core/grammar/): its verbs, their typed
   * arguments and handlers. A command declares either `verbs`, or (the former way, while
   * commands move to their grammar) `parse`, `schema` and `run`.
   */
  verbs?: readonly Verb[];
  /** Turns the words after the command name into the raw input the schema checks. */
  parse?(tokens: readonly Token[]): unknown;
  schema?: z.ZodType<I>;
  run?(ctx: CommandContext, input: I): Promise<CommandResult>;
}

/** A verb of a command: its grammar and what it does with the checked values. */
export interface Verb extends VerbSpec {
  facilitatorOnly?: boolean;
  run(ctx: CommandContext, values: ArgValues): Promise<CommandResult>;
  /**
   * A verb that gathers others (`typed: 'only'`): the one its values run, with its values,
   * or why none. Written as that verb's text where a button runs it again (`--ok`).
   */
  picks?: Pick;
}

export type Pick = (values: ArgValues) => { verb: Verb; values: ArgValues } | Failure;

/** A verb that runs the one `picks` chooses. */
export function gathering(spec: Omit<Verb, 'run' | 'picks'>, picks: Pick): Verb {
  return {
    ...spec,
    picks,
    run(ctx, values) {
      const picked = picks(values);
      return 'verb' in picked ? picked.verb.run(ctx, picked.values) : Promise.resolve(err(picked));
    },
  };
}

/** A verb platforms that list verbs do not offer: a `typed: 'only'` verb runs it there. */
export const unlisted = (verb: Verb): Verb => ({ ...verb, typed: 'unlisted' });

// biome-ignore lint/suspicious/noExplicitAny: the registry holds commands of every input type.
export type AnyCommand = Command<any>;

export const defineCommand = <I>(command: Command<I>): Command<I> => command;

export const commandName = (command: AnyCommand, locale: Locale): string =>
  locale === 'fr' ? command.names[0] : command.names[1];
