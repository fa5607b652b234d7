// Discord's refusals, once discord.js has retried what can be retried (rate limits, 5xx):
// sorted into what the user can act on, and summarised for logs without the URL (an
// interaction URL holds its token) and without the request body (users' words).
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { summariseError } from '../../src/core/public.ts';

export type PostFailure = 'missing-permission' | 'dm-closed' | 'not-found' | 'failed';

const MISSING_ACCESS = 50001;
const MISSING_PERMISSIONS = 50013;
const CANNOT_DM = 50007;
const UNKNOWN_CHANNEL = 10003;
const UNKNOWN_MESSAGE = 10008;
const UNKNOWN_USER = 10013;

export function failureOf(error: unknown): PostFailure {
  if (!(error instanceof DiscordAPIError)) return 'failed';
  if (error.code === MISSING_ACCESS || error.code === MISSING_PERMISSIONS) return 'missing-permission';
  if (error.code === CANNOT_DM) return 'dm-closed';
  if (error.code === UNKNOWN_CHANNEL || error.code === UNKNOWN_MESSAGE || error.code === UNKNOWN_USER)
    return 'not-found';
  return 'failed';
}

/**
 * What a failure means for the scheduler: rights to fix (`no-access`), no such channel or
 * person (`no-channel`), or Discord failed or limited us once discord.js had retried
 * (`unavailable`, worth another try later).
 */
export function outcomeOf(failure: PostFailure): 'no-access' | 'no-channel' | 'unavailable' {
  if (failure === 'missing-permission' || failure === 'dm-closed') return 'no-access';
  if (failure === 'not-found') return 'no-channel';
  return 'unavailable';
}

/** What a log line may say about an error from Discord. */
export function errorContext(error: unknown): object {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    const code = error instanceof DiscordAPIError ? error.code : undefined;
    return { name: error.name, code, status: error.status, method: error.method };
  }
  if (error instanceof RateLimitError)
    return { name: error.name, route: error.route, retryAfter: error.retryAfter };
  return summariseError(error);
}
