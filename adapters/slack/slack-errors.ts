// Web API failures translated where they enter: a stable code (Slack's own error string,
// `ratelimited`, `http_500`, `request_failed`) and the project's PlatformError, so the
// rest of the adapter never inspects an SDK error class.
import { PlatformError } from '../../src/core/public.ts';

export function slackErrorCode(error: unknown): string {
  if (error instanceof PlatformError) return error.code;
  const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; message?: unknown };
  if (typeof e?.data?.error === 'string') return e.data.error;
  switch (e?.code) {
    case 'slack_webapi_rate_limited_error':
      return 'ratelimited';
    case 'slack_webapi_http_error':
      return `http_${String(e.statusCode)}`;
    case 'slack_webapi_request_error':
      return 'request_failed';
  }
  // The WebClient gives up on repeated 429s with a plain Error.
  if (typeof e?.message === 'string' && /rate limit/i.test(e.message)) return 'ratelimited';
  return 'unknown';
}

/** The wait Slack asked for (Retry-After) when it refused a call for its rate, in ms. */
export function slackRetryAfterMs(error: unknown): number | undefined {
  const e = error as { code?: unknown; retryAfter?: unknown };
  if (e?.code !== 'slack_webapi_rate_limited_error' || typeof e.retryAfter !== 'number') return undefined;
  return Math.max(0, e.retryAfter) * 1000;
}

/** Errors of a connection that never reached Slack: the request was not sent. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/**
 * Whether a failed call may still have been done by Slack: its answer was lost (the
 * connection cut, a timeout) or Slack failed while handling it (5xx). A refusal (`ok:
 * false`, a 429) or a connection that never opened was not done.
 */
export function mayHaveReachedSlack(error: unknown): boolean {
  const e = error as { code?: unknown; statusCode?: unknown; original?: { code?: unknown } };
  if (e?.code === 'slack_webapi_http_error') return typeof e.statusCode === 'number' && e.statusCode >= 500;
  if (e?.code !== 'slack_webapi_request_error') return false;
  return !NOT_SENT.has(String(e.original?.code ?? ''));
}

/** The failure of one Web API call, as a PlatformError with Slack's code. */
export function platformError(method: string, error: unknown): PlatformError {
  const code = slackErrorCode(error);
  return new PlatformError(code, `Slack ${method} failed: ${code}`, { cause: error });
}

/** The bot cannot post here until someone invites it: worth telling the user how. */
export const isChannelAccessError = (code: string): boolean =>
  code === 'not_in_channel' || code === 'channel_not_found';

/** Retrying later will not help either (the scheduler should not try again). */
export const isPermanentChannelError = (code: string): boolean =>
  isChannelAccessError(code) || code === 'is_archived' || code === 'restricted_action';

/** Slack failed or limited us: the same call may succeed later. */
export const isTransientError = (code: string): boolean =>
  code === 'ratelimited' ||
  code === 'request_failed' ||
  code === 'internal_error' ||
  code === 'fatal_error' ||
  code === 'service_unavailable' ||
  code === 'request_timeout' ||
  /^http_5\d\d$/.test(code);

/**
 * What a scheduled post's failure means for the scheduler. Slack answers `channel_not_found`
 * both for a deleted channel and for a private one the bot was not invited to, so it counts
 * as `no-access`: either way the facilitators are told (invite the bot, or choose another
 * channel); `no-channel` is left for a post that names none (Slack has no default channel).
 */
export function postOutcomeOf(code: string): 'no-access' | 'no-channel' | 'unavailable' {
  if (code === 'no_channel') return 'no-channel';
  if (
    isPermanentChannelError(code) ||
    code === 'ekm_access_denied' ||
    code === 'team_access_not_granted' ||
    code === 'access_denied'
  )
    return 'no-access';
  return 'unavailable';
}

/**
 * A private message's failure: the person cannot be reached privately, or Slack failed.
 * chat.postMessage to a user id opens the conversation itself and answers
 * `channel_not_found` when it cannot; conversations.open names the reason (a deactivated
 * account, a user the bot may not see, a Slack Connect guest it may not write to). Either
 * way nothing is wrong with a channel: the person is unreachable (`no-access`), and a
 * retry would fail the same.
 */
export function directOutcomeOf(code: string): 'no-access' | 'no-channel' | 'unavailable' {
  if (code === 'no_channel') return 'no-channel';
  if (
    code === 'channel_not_found' ||
    code === 'user_not_found' ||
    code === 'user_disabled' ||
    code === 'user_not_visible' ||
    code === 'cannot_dm_bot' ||
    code === 'messages_tab_disabled' ||
    code === 'invalid_user_combination' ||
    code === 'not_allowed_token_type' ||
    code === 'restricted_action' ||
    code === 'ekm_access_denied'
  )
    return 'no-access';
  return 'unavailable';
}

/**
 * A group conversation's failure. Besides a member who cannot be reached, the app may lack
 * `mpim:write` (installed before the café asked for it: `missing_scope`), or Slack may
 * refuse the group's size: the core then writes to each person on their own.
 */
export function groupOutcomeOf(code: string): 'no-access' | 'no-channel' | 'unavailable' {
  if (code === 'missing_scope' || code === 'not_enough_users' || code === 'too_many_users')
    return 'no-access';
  return directOutcomeOf(code);
}
