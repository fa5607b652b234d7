// The core's entry point: one incoming /coop request in, messages out. Each request runs
// in one transaction (a failure changes nothing) behind one error boundary.
import { type Token, tokenize, tokenText } from './args/tokenize.ts';
import type { AnyCommand, CommandContext, Failure } from './commands/command.ts';
import { facilitatorOnly, renderFailure, unknownCommand } from './commands/failures.ts';
import { findCommand, visibleCommands } from './commands/registry-lookup.ts';
import { runCommand, runTyped } from './commands/run-command.ts';
import type {
  Core,
  CoreDependencies,
  FormSubmission,
  IncomingCommand,
  Notification,
  RequestParts,
  SpaceRef,
  TypedCommand,
  Visitor,
} from './core-api.ts';
import { signWebLink } from './digest/web/web-link.ts';
import { WEB_PATH } from './digest/web/web-paths.ts';
import { webPages } from './digest/web/web-serve.ts';
import { summariseError } from './errors.ts';
import { fieldOf, formSteps, prefilled } from './forms/form-requests.ts';
import { type FormId, formMessages, requestedForm, shownForm } from './forms/forms.ts';
import type { GivenValues } from './grammar/check-args.ts';
import { render, sayer } from './i18n/index.ts';
import type { Locale } from './locale.ts';
import { lookUpMember } from './members/look-up-member.ts';
import { type Message, privateMessage, text } from './message.ts';
import type { Member } from './model.ts';
import type { Repositories, StoreCallOptions } from './ports.ts';
import { replyOutcomes, type Success } from './reply-outcomes.ts';
import {
  commandText,
  commandWord,
  duplicate,
  legacyVoterKey,
  recentKeys,
  storableValues,
  unsavedMember,
  voterKey,
  withoutConfirmation,
} from './request-parts.ts';
import { err, ok, type Result } from './result.ts';
import { DEFAULT_UNINSTALL_GRACE_DAYS } from './scheduling/retention-jobs.ts';
import { suggest } from './suggest.ts';
import { storable } from './text/storable.ts';

export type {
  Core,
  CoreDependencies,
  FormReply,
  FormSubmission,
  IncomingCommand,
  Notification,
  Reply,
  RequestParts,
  SpaceRef,
  TypedCommand,
  Visitor,
} from './core-api.ts';
export { voterKey } from './request-parts.ts';

interface Rejection {
  locale: Locale;
  failure: Failure;
  command: AnyCommand | undefined;
  /** The space was marked removed: its return, rolled back with the command, is recorded again. */
  returned?: SpaceRef | undefined;
}

export function createCore(deps: CoreDependencies): Core {
  /** The visitor's space and membership, read in one query (pass it when already read). */
  const visit = (repos: Repositories, visitor: Visitor) =>
    repos.networks.findSpace(visitor.platform, visitor.space.externalId, visitor.user.externalId);

  type Visit = Awaited<ReturnType<typeof visit>>;

  /**
   * Who and where the visitor is. The space is stored on first contact; the member too,
   * unless `storeActor` is false (a quiet command): then someone never seen before acts as
   * an unsaved member until the command stores them.
   */
  async function enter(repos: Repositories, visitor: Visitor, known?: { found: Visit }, storeActor = true) {
    const found = known ? known.found : await visit(repos, visitor);
    const { network, space } =
      found ??
      (await repos.networks.resolveSpace(
        visitor.platform,
        visitor.space.externalId,
        visitor.space.name === null ? null : storable(visitor.space.name),
        deps.defaults,
      ));
    // Platforms pass names as typed: PostgreSQL refuses a NUL or a lone surrogate in them.
    const displayName = storable(visitor.user.displayName);
    const seen =
      found?.member ??
      (storeActor
        ? await repos.members.resolveIdentity(space, visitor.user.externalId, displayName)
        : unsavedMember(network.id, displayName));
    // A platform admin is a facilitator by right: remembered, so that lists can name them.
    // Not in a quiet command: a vote's transaction writes nothing that names the voter.
    const actor =
      storeActor && seen.isPlatformAdmin !== visitor.user.isPlatformAdmin
        ? await repos.members.setPlatformAdmin(network.id, seen.id, visitor.user.isPlatformAdmin)
        : seen;
    // Someone uses the bot there: it is installed again, whatever the platform said before.
    const returned = space.removedAt ? await comeBack(repos, visitor) : undefined;
    // A member's own choice (`profil langue`) wins over the platform's language setting.
    const locale = actor.locale ?? visitor.user.locale ?? network.locale;
    return { network, space, actor, locale, firstVisit: !found, returned };
  }

  async function comeBack(repos: Repositories, visitor: Visitor): Promise<SpaceRef | undefined> {
    const ref = { platform: visitor.platform, externalId: visitor.space.externalId };
    if (!(await repos.retention.markSpaceReturned(ref.platform, ref.externalId))) return undefined;
    deps.logger.info(
      { platform: ref.platform, space: ref.externalId },
      'bot back in a space it was removed from',
    );
    return ref;
  }

  async function execute(
    repos: Repositories,
    request: IncomingCommand,
    known?: { found: Visit },
    storeActor = true,
  ): Promise<Result<Success, Rejection>> {
    const entered = await enter(repos, request, known, storeActor);
    const input = request.typed ? { typed: request.typed } : inputOf(request.text);
    if (!input)
      return err({
        locale: entered.locale,
        failure: { key: 'error.unclosed-quote' },
        command: undefined,
        returned: entered.returned,
      });
    const form = request.canOpenForm ? requestedForm(input) : undefined;
    if (form) return ok(await formToOpen(repos, entered, form.id, form.given));
    return executeInput(repos, request, entered, input);
  }

  /** Typed text as words, `--ok` taken off; none when a quote is left open. */
  function inputOf(text: string): Input | undefined {
    const tokenized = tokenize(text);
    return tokenized.ok ? withoutConfirmation(tokenized.value) : undefined;
  }

  /** The answer to a request that stands for a form: the form, prefilled, and no message. */
  async function formToOpen(
    repos: Repositories,
    entered: Entered,
    form: FormId,
    given: GivenValues,
  ): Promise<Success> {
    const spec = prefilled(await shownForm(repos, entered, form), given);
    const { locale, network } = entered;
    return { locale, messages: [], notifications: [], networkId: network.id, changedPolls: [], form: spec };
  }

  type Entered = Awaited<ReturnType<typeof enter>>;
  /** A command as words (typed text) or as typed values (Discord's options, a form's steps). */
  type Input = { tokens: Token[]; confirmed: boolean } | { typed: TypedCommand };

  async function executeInput(
    repos: Repositories,
    request: RequestParts,
    { network, space, actor, locale, returned }: Entered,
    input: Input,
  ): Promise<Result<Success, Rejection>> {
    const reject = (failure: Failure, command?: AnyCommand) => err({ locale, failure, command, returned });
    const commands = visibleCommands(deps.commands, request.platform);
    const [first, ...rest] = 'typed' in input ? [] : input.tokens;
    const name = 'typed' in input ? input.typed.command : first ? tokenText(first) : 'aide';
    const confirmed = 'typed' in input ? input.typed.confirmed === true : input.confirmed;
    const command = findCommand(commands, name);
    if (!command) return reject(unknownCommand(name, commands));

    const queued: Array<{ member: Member; build: (locale: Locale) => Message }> = [];
    const changedPolls = new Set<string>();
    let stored = actor;
    const member = async () => {
      if (stored.id === '')
        stored = await repos.members.resolveIdentity(space, request.user.externalId, stored.displayName);
      return stored;
    };
    const identity = `${request.platform}:${request.user.externalId}`;
    const ctx: CommandContext = {
      repos,
      network,
      space,
      actor,
      member,
      isFacilitator: actor.isFacilitator || request.user.isPlatformAdmin,
      locale,
      say: sayer(locale),
      now: deps.clock.now(),
      platform: request.platform,
      channelId: request.channelId,
      commands,
      confirmed,
      voterKey: async (key) =>
        key.scheme === 1
          ? legacyVoterKey(deps.secret, key.bytes, (await member()).id)
          : voterKey(deps.secret, key.bytes, identity),
      webLink: async (claims) => {
        const base = await deps.web?.baseUrl();
        if (base === undefined) return undefined;
        const token = signWebLink(deps.secret, { ...claims, networkId: network.id });
        pages.warm(token);
        return `${base.replace(/\/+$/, '')}${WEB_PATH}${token}`;
      },
      notify: (member, build) => queued.push({ member, build }),
      pollChanged: (pollId) => changedPolls.add(pollId),
    };
    if (command.facilitatorOnly && !ctx.isFacilitator) return reject(await facilitatorOnly(ctx), command);
    const result =
      'typed' in input
        ? await runTyped(command, ctx, input.typed.verb, input.typed.args)
        : await runCommand(command, ctx, rest);
    if (!result.ok) return reject(result.error, command);
    const notifications: Notification[] = [];
    // Looked up together (one round trip, whatever the number of people named).
    const externalIds = await Promise.all(
      queued.map(({ member }) => repos.members.externalIdIn(space, member.id)),
    );
    for (const [i, { member, build }] of queued.entries()) {
      const memberLocale = member.locale ?? network.locale;
      notifications.push({
        memberId: member.id,
        memberName: member.displayName,
        externalUserId: externalIds[i],
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

  const run = <T>(work: (repos: Repositories) => Promise<T>, options?: StoreCallOptions) =>
    deps.store.run(work, options);
  const { settled, recover } = replyOutcomes(deps, run);
  const pages = webPages(deps);
  let deliveries = 0;
  const recentQuiet = recentKeys(5_000);

  return {
    enter: (visitor) => run((repos) => enter(repos, visitor)),

    findMember: (visitor, name) =>
      run(async (repos) => {
        const found = await visit(repos, visitor);
        return found ? lookUpMember(repos, found.space, name) : { kind: 'none' as const };
      }),

    localeOf: (visitor) =>
      run(async (repos) => {
        const found = await visit(repos, visitor);
        return found?.member?.locale ?? visitor.user.locale ?? found?.network.locale ?? deps.defaults.locale;
      }),

    async handle(request) {
      // A quiet command (a vote) claims no delivery key: it sets state, so a replay changes
      // nothing, and its transaction must hold nothing but what it sets.
      const quiet = isQuiet(request);
      try {
        // Within this process, the same delivery of a quiet command is answered once (memory
        // only: nothing about a vote is written outside its own transaction).
        if (quiet && request.deliveryKey !== undefined && !recentQuiet.claim(request.deliveryKey))
          return duplicate(deps.defaults.locale);
        const outcome = await deps.store.transaction(async (repos) => {
          // Both in one round trip (sent together on the transaction's connection).
          const [first, found] = await Promise.all([
            quiet || firstDelivery(repos, request.deliveryKey),
            visit(repos, request),
          ]);
          if (!first) return ok(undefined);
          return execute(repos, request, { found }, !quiet);
        });
        afterDelivery(request.deliveryKey);
        if (outcome.ok) {
          if (!outcome.value) return duplicate(deps.defaults.locale);
          return settled(outcome.value);
        }
        const { locale, failure, command, returned } = outcome.error;
        if (returned)
          await run((repos) => repos.retention.markSpaceReturned(returned.platform, returned.externalId));
        const message = renderFailure(failure, command, locale, commandText(request, deps.commands));
        return { locale, messages: [message], notifications: [], failed: true };
      } catch (error) {
        if (request.deliveryKey !== undefined) recentQuiet.release(request.deliveryKey);
        // A quiet command claimed no key: its outcome cannot be looked up.
        const lookup = quiet ? { ...request, deliveryKey: undefined } : request;
        return recover(error, lookup, commandWord(request, deps.commands));
      }
    },

    form: (visitor, id) =>
      run(async (repos) => {
        const entered = await enter(repos, visitor);
        return shownForm(repos, entered, id);
      }),

    async submitForm(submission) {
      try {
        const outcome = await deps.store.transaction(async (repos) => {
          if (!(await firstDelivery(repos, submission.deliveryKey))) return ok(undefined);
          return submitIn(repos, { ...submission, values: storableValues(submission.values) });
        });
        afterDelivery(submission.deliveryKey);
        if (outcome.ok) {
          if (!outcome.value)
            return { ...duplicate(deps.defaults.locale), fieldErrors: {}, confirmable: false };
          return { ...settled(outcome.value), fieldErrors: {}, confirmable: false };
        }
        const { locale, failure, field, returned } = outcome.error;
        if (returned)
          await run((repos) => repos.retention.markSpaceReturned(returned.platform, returned.externalId));
        const message = render(locale, failure.key, failure.params);
        return {
          locale,
          messages: [privateMessage(text(message))],
          notifications: [],
          failed: true,
          fieldErrors: { [field]: message },
          confirmable: failure.confirmable === true,
        };
      } catch (error) {
        return {
          ...(await recover(error, submission, submission.form)),
          fieldErrors: {},
          confirmable: false,
        };
      }
    },

    posted: async (anchor, ref) => {
      if (anchor?.role !== 'live') return;
      const { networkId, pollId } = anchor;
      // The message is out either way: a lost ref only leaves it unedited (`sondage publier` again).
      await run((repos) => repos.polls.setMessageRef(networkId, pollId, ref)).catch((error: unknown) =>
        deps.logger.warn({ error: summariseError(error), networkId, pollId }, 'poll message ref not stored'),
      );
    },

    acknowledge: (visitor, deliveryKey) =>
      run(async (repos) => {
        const { locale } = await enter(repos, visitor);
        return { duplicate: !(await firstDelivery(repos, deliveryKey)), locale };
      }),

    suggest: (request) => suggest(deps.store, { ...request, now: deps.clock.now() }),

    async spaceRemoved({ platform, externalId }) {
      const at = deps.clock.now();
      const networkId = await run((repos) => repos.retention.markSpaceRemoved(platform, externalId, at));
      const graceDays = deps.uninstallGraceDays ?? DEFAULT_UNINSTALL_GRACE_DAYS;
      deps.logger.warn(
        { platform, space: externalId, networkId: networkId ?? null, graceDays },
        networkId
          ? 'bot removed from a space: nothing is posted there; its network is deleted after the grace period unless the bot comes back'
          : 'bot removed from a space it never served: nothing to do',
      );
    },

    async spaceReturned({ platform, externalId }) {
      const back = await run((repos) => repos.retention.markSpaceReturned(platform, externalId));
      if (back) deps.logger.info({ platform, space: externalId }, 'bot back in a space it was removed from');
      return back;
    },

    webPage: pages,
  };

  function isQuiet(request: IncomingCommand): boolean {
    if (request.typed) return findCommand(deps.commands, request.typed.command)?.quiet === true;
    const tokens = tokenize(request.text);
    const first = tokens.ok ? tokens.value[0] : undefined;
    return first !== undefined && findCommand(deps.commands, tokenText(first))?.quiet === true;
  }

  /** Claims the delivery key, if any: false when another delivery of it was handled. */
  async function firstDelivery(repos: Repositories, key: string | undefined): Promise<boolean> {
    return key === undefined || (await repos.deliveries.claim(key, deps.clock.now()));
  }

  /** Now and then, forgets delivery keys older than two days (platforms retry within minutes). */
  function afterDelivery(key: string | undefined): void {
    if (key === undefined || ++deliveries % 500 !== 1) return;
    const before = new Date(deps.clock.now().getTime() - 2 * 86_400_000);
    run((repos) => repos.deliveries.purge(before)).catch((error: unknown) =>
      deps.logger.warn({ error: summariseError(error) }, 'could not purge old delivery keys'),
    );
  }

  async function submitIn(
    repos: Repositories,
    submission: FormSubmission,
  ): Promise<
    Result<Success, { locale: Locale; failure: Failure; field: string; returned?: SpaceRef | undefined }>
  > {
    const entered = await enter(repos, submission);
    const shown = await shownForm(repos, entered, submission.form);
    const read = formSteps(submission.form, submission.values, shown);
    if (!read.ok) {
      const { field, failure } = read.error;
      return err({ locale: entered.locale, failure, field, returned: entered.returned });
    }
    const steps = read.value;
    if (steps.length === 0) {
      const unchanged = privateMessage(text(render(entered.locale, formMessages.unchanged)));
      return ok({
        locale: entered.locale,
        messages: [unchanged],
        notifications: [],
        networkId: entered.network.id,
        changedPolls: [],
      });
    }
    const done: Success[] = [];
    for (const step of steps) {
      const outcome = await executeInput(repos, submission, entered, {
        typed: { ...step.typed, confirmed: submission.confirmed === true },
      });
      if (!outcome.ok) {
        const field = fieldOf(submission.form, outcome.error.failure, step);
        const { locale, failure } = outcome.error;
        return err({ locale, failure, field, returned: entered.returned });
      }
      done.push(outcome.value);
    }
    // The profile form answers with the profile as it now is; the poll form with the poll.
    const last =
      submission.form === 'profile'
        ? await executeInput(repos, submission, await enter(repos, submission), {
            typed: { command: 'profil', args: {} },
          })
        : undefined;
    const messages = last?.ok ? last.value.messages : done.flatMap((d) => d.messages);
    return ok({
      locale: entered.locale,
      messages,
      notifications: done.flatMap((d) => d.notifications),
      networkId: entered.network.id,
      changedPolls: done.flatMap((d) => d.changedPolls),
    });
  }
}
