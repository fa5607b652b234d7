// How a command's end becomes a reply: a success (its poll refreshes signalled), or a
// failure of the database told honestly — nothing changed, or an outcome that could not be
// confirmed, looked up first by the delivery's key — or an unexpected error, logged.
import type { CoreDependencies, IncomingCommand, Notification, Reply } from './core-api.ts';
import { CommitUnknownError, StorageError, summariseError } from './errors.ts';
import type { FormSpec } from './forms/forms.ts';
import { t } from './i18n/index.ts';
import type { Locale } from './locale.ts';
import { type Message, privateMessage, text } from './message.ts';
import type { Repositories, StoreCallOptions } from './ports.ts';
import type { Result } from './result.ts';

/** What a command that ran returns, before its poll refreshes are signalled. */
export type Success = {
  locale: Locale;
  messages: Message[];
  notifications: Notification[];
  networkId: string;
  changedPolls: string[];
  form?: FormSpec;
};

/** How long the look at a lost commit's outcome may take, after the command's own time. */
export const CONFIRM_MS = 1_500;

type Run = <T>(work: (repos: Repositories) => Promise<T>, options?: StoreCallOptions) => Promise<T>;

export function replyOutcomes(deps: CoreDependencies, run: Run) {
  function settled(success: Success): Reply {
    const { changedPolls, networkId, ...reply } = success;
    for (const pollId of changedPolls) deps.onPollChanged?.(networkId, pollId);
    return { ...reply, failed: false };
  }

  /**
   * After a commit whose outcome is unknown: with the delivery's key, a look at whether it
   * was saved; saved, the command's own answer goes out (posts included). Otherwise the
   * answer says it could not be confirmed: a transaction not seen yet may still land.
   */
  async function recover(error: unknown, request: Omit<IncomingCommand, 'text'>, command: string) {
    if (error instanceof CommitUnknownError && request.deliveryKey !== undefined) {
      const key = request.deliveryKey;
      const saved = await seenWithin(key, deps.confirmTimeoutMs ?? CONFIRM_MS);
      const outcome = error.outcome as Result<Success | undefined, unknown> | undefined;
      if (saved && outcome?.ok && outcome.value) {
        deps.logger.warn({ platform: request.platform, command }, 'commit confirmed after a lost connection');
        return settled(outcome.value);
      }
    }
    return unexpected(error, request, command);
  }

  /**
   * Whether the delivery's key is saved, looked at again every 100 ms for `ms`: a COMMIT
   * whose answer was lost may still be on its way to the server when the first look runs.
   */
  async function seenWithin(key: string, ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    for (;;) {
      const left = until - Date.now();
      if (left <= 0) return false;
      const seen = await run((repos) => repos.deliveries.seen(key), { timeoutMs: left }).catch(() => false);
      if (seen) return true;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100, Math.max(0, until - Date.now()))));
    }
  }

  function unexpected(error: unknown, request: Omit<IncomingCommand, 'text'>, command: string): Reply {
    const code = error instanceof StorageError ? error.code : undefined;
    const context = {
      error: summariseError(error),
      platform: request.platform,
      space: request.space.externalId,
      command,
    };
    if (code === 'DATABASE_UNAVAILABLE') deps.logger.warn(context, 'database unavailable: command not run');
    else
      deps.logger.error(
        context,
        code === 'COMMIT_UNKNOWN' ? 'command outcome unknown' : 'command failed unexpectedly',
      );
    const key =
      code === 'DATABASE_UNAVAILABLE'
        ? 'error.database-unavailable'
        : code === 'COMMIT_UNKNOWN'
          ? 'error.unconfirmed'
          : 'error.internal';
    const locale = request.user.locale ?? deps.defaults.locale;
    return {
      locale,
      messages: [privateMessage(text(t(locale, key)))],
      notifications: [],
      failed: true,
    };
  }

  return { settled, recover, unexpected };
}
