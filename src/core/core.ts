// The core's entry point: one incoming /coop request in, messages out. Each request runs
// in one transaction (a failure changes nothing) behind one error boundary.

import { zonedParts } from './args/human-date.ts';
import { type Token, tokenize, tokenText } from './args/tokenize.ts';
import type { AnyCommand, CommandContext, Failure } from './commands/command.ts';
import { findCommand, visibleCommands } from './commands/registry-lookup.ts';
import { commandHelpBlocks } from './commands/render-help.ts';
import { type DemoSummary, seedDemoNetwork } from './demo/seed-demo.ts';
import { summariseError } from './errors.ts';
import { fr } from './i18n/catalog-fr.ts';
import { t } from './i18n/index.ts';
import type { Locale } from './locale.ts';
import { type Message, privateMessage, text } from './message.ts';
import type { Member, Network, NetworkDefaults, Platform } from './model.ts';
import type { Clock, Logger, Repositories, Store } from './ports.ts';
import { err, ok, type Result } from './result.ts';
import { closest } from './text/fold.ts';

export interface IncomingCommand {
  platform: Platform;
  space: { externalId: string; name: string | null };
  user: { externalId: string; displayName: string; isPlatformAdmin: boolean; locale?: Locale | undefined };
  channelId?: string | undefined;
  /** Exactly what follows `/coop`. */
  text: string;
}

export interface Reply {
  locale: Locale;
  messages: Message[];
  /** Set when the command changed nothing because of the user's input or rights. */
  failed: boolean;
}

export interface CoreDependencies {
  store: Store;
  clock: Clock;
  logger: Logger;
  defaults: NetworkDefaults;
  commands: readonly AnyCommand[];
}

interface Rejection {
  locale: Locale;
  failure: Failure;
  command: AnyCommand | undefined;
}

export type Visitor = Omit<IncomingCommand, 'text' | 'channelId'>;

export interface Core {
  handle(request: IncomingCommand): Promise<Reply>;
  /** Who and where a visitor is, creating the space and member on first contact. */
  enter(visitor: Visitor): Promise<{ network: Network; actor: Member; locale: Locale; firstVisit: boolean }>;
  /** Creates the demo network's content if it is empty; the visitor's space must be the demo space. */
  seedDemo(visitor: Visitor): Promise<DemoSummary>;
}

export function createCore(deps: CoreDependencies): Core {
  async function execute(
    repos: Repositories,
    request: IncomingCommand,
  ): Promise<Result<{ locale: Locale; messages: Message[] }, Rejection>> {
    const { network, space } = await repos.networks.resolveSpace(
      request.platform,
      request.space.externalId,
      request.space.name,
      deps.defaults,
    );
    const actor = await repos.members.resolveIdentity(
      space,
      request.user.externalId,
      request.user.displayName,
    );
    const locale = request.user.locale ?? actor.locale ?? network.locale;
    const reject = (failure: Failure, command?: AnyCommand) => err({ locale, failure, command });

    const tokens = tokenize(request.text);
    if (!tokens.ok) return reject({ key: 'error.unclosed-quote' });
    const commands = visibleCommands(deps.commands, request.platform);
    const [first, ...rest] = tokens.value;
    const name = first ? tokenText(first) : 'aide';
    const command = findCommand(commands, name);
    if (!command) return reject(unknownCommand(name, commands));

    const ctx: CommandContext = {
      repos,
      network,
      space,
      actor,
      isFacilitator: actor.isFacilitator || request.user.isPlatformAdmin,
      locale,
      now: deps.clock.now(),
      platform: request.platform,
      channelId: request.channelId,
      commands,
    };
    if (command.facilitatorOnly && !ctx.isFacilitator) return reject(await facilitatorOnly(ctx), command);
    const input = command.schema.safeParse(command.parse(rest as Token[]));
    if (!input.success) return reject(failureFromIssue(input.error.issues[0]), command);
    const result = await command.run(ctx, input.data);
    return result.ok ? ok({ locale, messages: result.value }) : reject(result.error, command);
  }

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
    return {
      network,
      space,
      actor,
      locale: visitor.user.locale ?? actor.locale ?? network.locale,
      firstVisit: !found,
    };
  }

  return {
    enter: (visitor) =>
      deps.store
        .transaction(async (repos) => ok(await enter(repos, visitor)))
        .then((r) => (r.ok ? r.value : never())),

    seedDemo: (visitor) =>
      deps.store
        .transaction(async (repos) => {
          const { space, network } = await enter(repos, visitor);
          const p = zonedParts(deps.clock.now(), network.timeZone);
          const today = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
          return ok(await seedDemoNetwork(repos, space, today));
        })
        .then((r) => (r.ok ? r.value : never())),

    async handle(request) {
      try {
        const outcome = await deps.store.transaction((repos) => execute(repos, request));
        if (outcome.ok) return { ...outcome.value, failed: false };
        const { locale, failure, command } = outcome.error;
        return { locale, messages: [renderFailure(failure, command, locale)], failed: true };
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
        return { locale, messages: [privateMessage(text(t(locale, 'error.internal')))], failed: true };
      }
    },
  };
}

function never(): never {
  throw new Error('a transaction that cannot fail returned an error');
}

function unknownCommand(name: string, commands: readonly AnyCommand[]): Failure {
  const suggestions = closest(
    name,
    commands.flatMap((c) => c.names.slice(0, 2)),
  );
  return {
    key: 'error.unknown-command',
    params: { name, suggestions: [...new Set(suggestions)].join(', ') },
  };
}

async function facilitatorOnly(ctx: CommandContext): Promise<Failure> {
  const members = await ctx.repos.members.list(ctx.network.id);
  const names = members.filter((m) => m.isFacilitator).map((m) => m.displayName);
  return {
    key: 'error.facilitator-only',
    params: { facilitators: names.length > 0 ? names.join(', ') : t(ctx.locale, 'error.no-facilitator') },
  };
}

/** Schemas carry catalog keys as their messages; anything else is a generic "not understood". */
function failureFromIssue(issue: { message: string } | undefined): Failure {
  const key = issue?.message;
  const known = key !== undefined && key in CATALOG_KEYS;
  return known
    ? { key: key as Failure['key'], usage: true }
    : { key: 'error.invalid-arguments', usage: true };
}

const CATALOG_KEYS: Readonly<Record<string, string>> = fr;

function renderFailure(failure: Failure, command: AnyCommand | undefined, locale: Locale): Message {
  const lines = [t(locale, failure.key, failure.params)];
  if (failure.key === 'error.unknown-command') {
    const suggestions = String(failure.params?.suggestions ?? '');
    if (suggestions) lines.push(t(locale, 'error.did-you-mean', { suggestions }));
    lines.push(t(locale, 'error.see-help'));
  }
  const message = privateMessage(text(lines.join('\n')));
  if (failure.usage && command) message.blocks.push(...commandHelpBlocks(command, locale));
  return message;
}

function commandWord(input: string, commands: readonly AnyCommand[]): string {
  // Only a known command's name is logged, never the free text that follows it.
  const word = input.trim().split(/\s+/)[0] ?? '';
  return findCommand(commands, word)?.names[1] ?? '(unknown)';
}
