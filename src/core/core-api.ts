// The core's public shape: what adapters send in (commands, forms, events) and get back.
// The implementation is createCore, in core.ts.

import type { AnyCommand } from './commands/command.ts';
import type { WebPages } from './digest/web/web-serve.ts';
import type { FormId, FormSpec } from './forms/forms.ts';
import type { GivenValues } from './grammar/check-args.ts';
import type { Locale } from './locale.ts';
import type { MemberLookup } from './members/look-up-member.ts';
import type { Message, PollAnchor } from './message.ts';
import type { Member, Network, NetworkDefaults, Platform } from './model.ts';
import type { Clock, Logger, Store, WebHost } from './ports.ts';
import type { Suggestion, SuggestionRequest } from './suggest.ts';

/** Who asks, where, and which delivery: everything of a request but the command itself. */
export interface RequestParts {
  platform: Platform;
  space: { externalId: string; name: string | null };
  user: { externalId: string; displayName: string; isPlatformAdmin: boolean; locale?: Locale | undefined };
  channelId?: string | undefined;
  /**
   * The platform's id of this delivery (a Slack trigger or event, a Discord interaction):
   * a delivery seen before, by any replica, is not run again.
   */
  deliveryKey?: string | undefined;
}

/**
 * A command given as typed values (Discord's options, a button), never as text: the core
 * checks them against the verb's declared arguments, as it checks what it reads from text.
 */
export interface TypedCommand {
  /** The command, by any of its names (`sondage`, `poll`). */
  command: string;
  /** The verb, by any of its names or its slot name; none for the command's default verb. */
  verb?: string | undefined;
  /** The verb's arguments by key: members as references, repeated values as arrays. */
  args: GivenValues;
  /** The user confirmed past the confidentiality guard's warnings. */
  confirmed?: boolean | undefined;
}

/** A command: exactly what follows `/coop` (`text`), or its typed values (`typed`). */
export type IncomingCommand = RequestParts & {
  /**
   * The adapter can open a form in answer (it holds a Slack trigger, a Discord interaction):
   * a request that stands for one (`sondage` or `profil` alone) is answered with the form.
   */
  canOpenForm?: boolean | undefined;
} & ({ text: string; typed?: undefined } | { typed: TypedCommand; text?: undefined });

/** A private message for a member other than the one who asked, to deliver after commit. */
export interface Notification {
  memberId: string;
  memberName: string;
  /** The member's user id in the space the command came from, if they have one there. */
  externalUserId: string | undefined;
  locale: Locale;
  message: Message;
}

export interface Reply {
  locale: Locale;
  messages: Message[];
  notifications: Notification[];
  /** Set when the command changed nothing because of the user's input or rights. */
  failed: boolean;
  /** Set when the delivery was already handled: nothing ran, nothing is to be sent. */
  duplicate?: boolean;
  /** The form to open, in place of messages (the request stood for it, and forms can open). */
  form?: FormSpec;
}

/** A form sent back by a user: the values of its fields, by field id. */
export interface FormSubmission extends RequestParts {
  form: FormId;
  values: Readonly<Record<string, string>>;
  /** The user confirmed past the confidentiality guard's warnings. */
  confirmed?: boolean;
}

export interface FormReply extends Reply {
  /** Messages to show next to the fields, by field id (with the message markup). */
  fieldErrors: Record<string, string>;
  /** The errors are guard warnings: the same submission, confirmed, would be accepted. */
  confirmable: boolean;
}

export interface CoreDependencies {
  store: Store;
  clock: Clock;
  logger: Logger;
  defaults: NetworkDefaults;
  commands: readonly AnyCommand[];
  /** Server secret of the keyed hashes that make poll votes anonymous. */
  secret: string;
  /** Told after commit when a poll's public message should be refreshed (poll-message-refresher.ts). */
  onPollChanged?: (networkId: string, pollId: string) => void;
  /**
   * How long the look at a lost commit's outcome may take (default 1.5 s): past it, the answer
   * says the outcome could not be confirmed. Tests on a loaded machine give more.
   */
  confirmTimeoutMs?: number;
  /** Days a network is kept after the bot was removed from all its spaces (for the log); default 30. */
  uninstallGraceDays?: number;
  /** Where the web view is served; without it, `diagnostic web` says it is not available. */
  web?: WebHost;
}

/** A workspace or server, as the platform names it. */
export interface SpaceRef {
  platform: Platform;
  externalId: string;
}

export type Visitor = Omit<RequestParts, 'channelId'>;

export interface Core {
  handle(request: IncomingCommand): Promise<Reply>;
  /** Who and where a visitor is, creating the space and member on first contact. */
  enter(visitor: Visitor): Promise<{ network: Network; actor: Member; locale: Locale; firstVisit: boolean }>;
  /**
   * The member of the visitor's network a name designates — the exact name, else a first name
   * only one member has; never a near spelling — with their user id in the visitor's space.
   * Reads only; an unknown space has no members.
   */
  findMember(visitor: Visitor, name: string): Promise<MemberLookup>;
  /** The language to answer a visitor in, without making them a member (reads only). */
  localeOf(visitor: Visitor): Promise<Locale>;
  /** The form to show, in the visitor's language (the profile prefilled). */
  form(visitor: Visitor, id: FormId): Promise<FormSpec>;
  /** Runs a submitted form as its commands, in one transaction; errors come back by field. */
  submitForm(submission: FormSubmission): Promise<FormReply>;
  /**
   * After an adapter posted a command's public message itself: `ref` is where (its own
   * format, as `Publisher.post` answers). A poll's live message is then edited there as
   * votes come in; other messages need nothing.
   */
  posted(anchor: PollAnchor | undefined, ref: string): Promise<void>;
  /**
   * For a delivery that runs no command (a platform event): claims its key, making the
   * visitor a member on first contact; `duplicate` when it was handled before.
   */
  acknowledge(visitor: Visitor, deliveryKey: string): Promise<{ duplicate: boolean; locale: Locale }>;
  /** Suggestions while someone types (autocomplete), from the visitor's network only; reads only. */
  suggest(request: Omit<SuggestionRequest, 'now'>): Promise<Suggestion[]>;
  /**
   * The bot was removed from a workspace or server (uninstalled, token revoked, server left):
   * nothing is posted there any more, and the network is deleted after the grace period
   * unless the bot comes back. Only the first removal counts.
   */
  spaceRemoved(space: SpaceRef): Promise<void>;
  /** The bot is in this workspace or server again (installed, started, used): true when it had been removed. */
  spaceReturned(space: SpaceRef): Promise<boolean>;
  /**
   * The web view's page for a link (`diagnostic web`), in `lang` when it is fr or en, else
   * the network's language; a refusal page when the link is forged, expired or revoked.
   */
  webPage: WebPages;
}
