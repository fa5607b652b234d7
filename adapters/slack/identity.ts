// Who a Slack user is for the core: their display name, whether they administer the
// workspace (a facilitator by right) and their language, from users.info — cached a few
// minutes, since every command and click needs it. A user from another organisation
// (Slack Connect) is looked up the same way and joins the same network.
import type { webApi } from '@slack/bolt';
import { type IncomingCommand, type Logger, localeFrom, summariseError } from '../../src/core/public.ts';
import { slackErrorCode } from './slack-errors.ts';

export type SlackUser = IncomingCommand['user'];

interface UsersInfo {
  user?: {
    name?: string;
    team_id?: string;
    real_name?: string;
    is_admin?: boolean;
    is_owner?: boolean;
    is_primary_owner?: boolean;
    locale?: string;
    profile?: { display_name?: string; real_name?: string };
  };
}

/**
 * The name people know a user by: the display name they chose, else their full name.
 * Only an administrator of the bot's own workspace is one here: an admin of a partner
 * organisation met through Slack Connect is an ordinary member of this network.
 */
export function userFromInfo(userId: string, info: UsersInfo, homeTeamId: string | undefined): SlackUser {
  const user = info.user ?? {};
  const name =
    user.profile?.display_name?.trim() ||
    user.real_name?.trim() ||
    user.profile?.real_name?.trim() ||
    user.name?.trim() ||
    userId;
  return {
    externalId: userId,
    displayName: name,
    isPlatformAdmin:
      Boolean(user.is_admin || user.is_owner || user.is_primary_owner) &&
      (user.team_id === undefined || user.team_id === homeTeamId),
    locale: localeFrom(user.locale),
  };
}

export interface Identities {
  /** The user behind `userId`; `fallbackName` (the payload's user name) if Slack cannot say. */
  lookUp(userId: string, fallbackName?: string): Promise<SlackUser>;
}

export function createIdentities(
  client: webApi.WebClient,
  logger: Logger,
  homeTeamId: () => string | undefined,
  options: { ttlMs?: number; max?: number; now?: () => number } = {},
): Identities {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const max = options.max ?? 5000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { user: SlackUser; at: number }>();

  return {
    async lookUp(userId, fallbackName) {
      const cached = cache.get(userId);
      if (cached && now() - cached.at < ttlMs) return cached.user;
      try {
        const info = (await client.users.info({ user: userId, include_locale: true })) as UsersInfo;
        const user = userFromInfo(userId, info, homeTeamId());
        if (cache.size >= max) cache.clear();
        cache.set(userId, { user, at: now() });
        return user;
      } catch (error) {
        // Not fatal: the user is served as last seen, or under the payload's name with no admin right.
        logger.warn(
          {
            platform: 'slack',
            error: summariseError(error),
            method: 'users.info',
            code: slackErrorCode(error),
          },
          'could not look up a Slack user',
        );
        if (cached) return cached.user;
        return { externalId: userId, displayName: fallbackName || userId, isPlatformAdmin: false };
      }
    },
  };
}

const USER_MENTION = /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g;

/**
 * Gives each user mention in Slack's text of a command its display name
 * (`<@U123|Marie Curie>`): Slack sends a handle or nothing after the id, and a member
 * created on first mention keeps the name given then.
 */
export async function namedMentions(text: string, identities: Identities): Promise<string> {
  const found = new Map<string, string>();
  for (const [, id, label] of text.matchAll(USER_MENTION))
    if (id && found.size < 25) found.set(id, label ?? '');
  if (found.size === 0) return text;
  const names = new Map<string, string>();
  await Promise.all(
    [...found].map(async ([id, label]) => names.set(id, (await identities.lookUp(id, label)).displayName)),
  );
  return text.replace(USER_MENTION, (whole, id: string) => {
    const name = names.get(id);
    return name ? `<@${id}|${name.replace(/[|<>&]/g, ' ').trim()}>` : whole;
  });
}
