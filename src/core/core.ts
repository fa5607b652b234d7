// The core's entry point: one incoming /coop request in, messages out. Each request runs
// in one transaction (a failure changes nothing) behind one error boundary.
import { createHmac } from 'node:crypto';
import { zonedDay } from './args/human-date.ts';
import { type Token, tokenize, tokenText } from './args/tokenize.ts';
import type { AnyCommand, CommandContext, Failure } from './commands/command.ts';
import {
  CONFIRM_WORDS,
  facilitatorOnly,
  failureFromIssue,
  renderFailure,
  unknownCommand,
} from './commands/failures.ts';
import { findCommand, visibleCommands } from './commands/registry-lookup.ts';
import { type DemoSummary, seedDemoNetwork } from './demo/seed-demo.ts';
import { summariseError } from './errors.ts';
import { sayer, t } from './i18n/index.ts';
import type { Locale } from './locale.ts';
import { type Message, privateMessage, text } from './message.ts';
import type { Member, Network, NetworkDefaults, Platform } from './model.ts';
import type { Clock, Logger, Repositories, Store } from './ports.ts';
import { err, ok, type Result } from './result.ts';
import { fold } from './text/fold.ts';

export interface IncomingCommand {
  platform: Platform;
  space: { externalId: string; name: string | null };
  user: { externalId: string; displayName: string; isPlatformAdmin: boolean; locale?: Locale | undefined };
  channelId?: string | undefined;
  /** Exactly what follows `/coop`. */
  text: string;
}

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
}

export interface CoreDependencies {
  store: Store;
  clock: Clock;
  logger: Logger;
  defaults: NetworkDefaults;
  commands: readonly AnyCommand[];
  /** Server secret of the keyed hashes that make poll votes anonymous. */
  secret: string;
  /** Told after commit when a poll's public message should be refreshed (coalesced by the adapter). */
  onPollChanged?: (networkId: string, pollId: string) => void;
}

interface Rejection {
  locale: Locale;
  failure: Failure;
  command: AnyCommand | undefined;
}

type Success = {
  locale: Locale;
  messages: Message[];
  notifications: Notification[];
  networkId: string;
  changedPolls: string[];
};

export type Visitor = Omit<IncomingCommand, 'text' | 'channelId'>;

export interface Core {
  handle(request: IncomingCommand): Promise<Reply>;
  /** Who and where a visitor is, creating the space and member on first contact. */
  enter(visitor: Visitor): Promise<{ network: Network; actor: Member; locale: Locale; firstVisit: boolean }>;
  /** Creates the demo network's content if it is empty; the visitor's space must be the demo space. */
  seedDemo(visitor: Visitor): Promise<DemoSummary>;
}

/** A voter's key in one anonymous poll; without the secret and the poll's salt it names no one. */
export function voterKey(secret: string, salt: string, memberId: string): string {
  return createHmac('sha256', secret).update(`${salt}\u0000${memberId}`).digest('base64url');
}

/** Splits a trailing confirmation word (`--ok`) off the command's words. */
function withoutConfirmation(tokens: Token[]): { tokens: Token[]; confirmed: boolean } {
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'word' && CONFIRM_WORDS.includes(fold(last.text))) {
    return { tokens: tokens.slice(0, -1), confirmed: true };
  }
  return { tokens, confirmed: false };
}

export function createCore(deps: CoreDependencies): Core {
  async function enter(repos: Repositories, visitor: Visitor) {
    const found = await repos.networks.findSpace(visitor.platform, visitor.space.externalId);
    const { network, space } =
      found ??
      (await repos.networks.resolveSpace(
        visitor.platform,
        visitor.space.externalId,
        visitor.space.name,
        deps.defaults,
      ));
    const actor = await repos.members.resolveIdentity(
      space,
      visitor.user.externalId,
      visitor.user.displayName,
    );
    const locale = visitor.user.locale ?? actor.locale ?? network.locale;
    return { network, space, actor, locale, firstVisit: !found };
  }

  async function execute(repos: Repositories, request: IncomingCommand): Promise<Result<Success, Rejection>> {
    const { network, space, actor, locale } = await enter(repos, request);
    const reject = (failure: Failure, command?: AnyCommand) => err({ locale, failure, command });

    const tokenized = tokenize(request.text);
    if (!tokenized.ok) return reject({ key: 'error.unclosed-quote' });
    const { tokens, confirmed } = withoutConfirmation(tokenized.value);
    const commands = visibleCommands(deps.commands, request.platform);
    const [first, ...rest] = tokens;
    const name = first ? tokenText(first) : 'aide';
    const command = findCommand(commands, name);
    if (!command) return reject(unknownCommand(name, commands));

    const queued: Array<{ member: Member; build: (locale: Locale) => Message }> = [];
    const changedPolls = new Set<string>();
    const ctx: CommandContext = {
      repos,
      network,
      space,
      actor,
      isFacilitator: actor.isFacilitator || request.user.isPlatformAdmin,
      locale,
      say: sayer(locale),
      now: deps.clock.now(),
      platform: request.platform,
      channelId: request.channelId,
      commands,
      confirmed,
      voterKey: (salt) => voterKey(deps.secret, salt, actor.id),
      notify: (member, build) => queued.push({ member, build }),
      pollChanged: (pollId) => changedPolls.add(pollId),
    };
    if (command.facilitatorOnly && !ctx.isFacilitator) return reject(await facilitatorOnly(ctx), command);
    const input = command.schema.safeParse(command.parse(rest));
    if (!input.success) return reject(failureFromIssue(input.error.issues[0], command), command);
    const result = await command.run(ctx, input.data);
    if (!result.ok) return reject(result.error, command);
    const notifications: Notification[] = [];
    for (const { member, build } of queued) {
      const memberLocale = member.locale ?? network.locale;
      notifications.push({
        memberId: member.id,
        memberName: member.displayName,
        externalUserId: await repos.members.externalIdIn(space, member.id),
        locale: memberLocale,
        message: build(memberLocale),
      });
    }
    return ok({
      locale,
      messages: result.value,
      notifications,
      networkId: network.id,
      changedPolls: [...changedPolls],
    });
  }

  const run = <T>(work: (repos: Repositories) => Promise<T>) => deps.store.run(work);

  return {
    enter: (visitor) => run((repos) => enter(repos, visitor)),

    seedDemo: (visitor) =>
      run(async (repos) => {
        const { space, network } = await enter(repos, visitor);
        return seedDemoNetwork(repos, space, zonedDay(deps.clock.now(), network.timeZone));
      }),

    async handle(request) {
      try {
        const outcome = await deps.store.transaction((repos) => execute(repos, request));
        if (outcome.ok) {
          const { changedPolls, networkId, ...reply } = outcome.value;
          for (const pollId of changedPolls) deps.onPollChanged?.(networkId, pollId);
          return { ...reply, failed: false };
        }
        const { locale, failure, command } = outcome.error;
        const message = renderFailure(failure, command, locale, request.text);
        return { locale, messages: [message], notifications: [], failed: true };
      } catch (error) {
        deps.logger.error(
          {
            error: summariseError(error),
            platform: request.platform,
            space: request.space.externalId,
            command: commandWord(request.text, deps.commands),
          },
          'command failed unexpectedly',
        );
        const locale = request.user.locale ?? deps.defaults.locale;
        return {
          locale,
          messages: [privateMessage(text(t(locale, 'error.internal')))],
          notifications: [],
          failed: true,
        };
      }
    },
  };
}

function commandWord(input: string, commands: readonly AnyCommand[]): string {
  // Only a known command's name is logged, never the free text that follows it.
  const word = input.trim().split(/\s+/)[0] ?? '';
  return findCommand(commands, word)?.names[1] ?? '(unknown)';
}
