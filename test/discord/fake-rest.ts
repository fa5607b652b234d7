// The REST half of the fake Discord: the routes discord.js calls under /api/v10, with what
// Discord checks (the bot token, known interactions answered once, documented limits,
// channel rights, closed DMs, enforced nonces) and failures on demand (429 with
// retry_after, once or for a while by a clock the test controls; any status; a message
// created whose connection is then cut). A channel's messages can be read back, newest
// first, without their nonce (Discord gives it back only when creating a message).
// Bodies are JSON, or multipart/form-data (a message as `payload_json`, files as
// `files[N]`): parseBody reads both, and the files sent with a message are kept — in a
// channel, a DM, an interaction's reply, a follow-up or the edit of a deferred reply — with
// the description (alt text) the body's `attachments` gives them.
import { randomInt } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { commandProblems } from './command-limits.ts';
import { autocompleteProblems, messageProblems, modalProblems } from './message-limits.ts';

type Json = Record<string, unknown>;

export interface RecordedCall {
  method: string;
  /** Path under /api/v10, without the query: `/channels/1/messages`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Json | Json[] | undefined;
  status: number;
  /** What the fake answered. */
  response: unknown;
  at: number;
  /** When it arrived, by the fake's `now()` (a test's fake clock, if set). */
  fakeAt?: number;
  /** Done (a message created), then the connection cut before the answer (`cutAfterStoring`). */
  cut?: true;
  /** The files of a multipart/form-data request. */
  files?: UploadedFile[];
}

export interface UploadedFile {
  /** The form field: `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** A file attached to a message the bot created. */
export interface SentAttachment extends UploadedFile {
  channelId: string;
  messageId: string;
  /** The alt text: the body's `attachments[i].description` for this file. */
  description?: string;
}

/** Discord's limit on an attachment's description. */
const DESCRIPTION_LIMIT = 1024;

/** Discord's default upload limit per message (10 MiB), beyond which it answers 40005. */
export const ATTACHMENT_LIMIT = 10 * 1024 * 1024;

/** A request body as Discord reads it: JSON, or multipart with `payload_json` and `files[N]`. */
export async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: Json | Json[] | undefined; files?: UploadedFile[] }> {
  if (raw.length === 0) return { body: undefined };
  if (!contentType?.startsWith('multipart/form-data'))
    return { body: JSON.parse(raw.toString('utf8')) as Json };
  const form = await new Response(new Uint8Array(raw), {
    headers: { 'content-type': contentType },
  }).formData();
  const files: UploadedFile[] = [];
  let body: Json | undefined;
  for (const [field, value] of form) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value) as Json;
      continue;
    }
    const bytes = Buffer.from(await value.arrayBuffer());
    files.push({ field, name: value.name, contentType: value.type, bytes });
  }
  return { body, files };
}

export interface StoredMessage extends Json {
  id: string;
  channel_id: string;
}

interface Fault {
  method: string;
  path: RegExp;
  status: number;
  body: Json;
  headers: Record<string, string>;
  times: number;
  /** Matching calls let through before the fault applies. */
  skip: number;
}

interface Route {
  method: string;
  pattern: RegExp;
  handle: (match: string[], body: Json, call: RecordedCall) => [number, unknown];
}

export const APPLICATION_ID = '123456789012345678';
export const BOT_USER_ID = '223456789012345678';
export const BOT_TOKEN = 'fake-bot-token.for-tests';

// Snowflakes as Discord makes them (milliseconds since 2015 in the high bits), with low bits
// random per process: test files running at once on one PostgreSQL server never share a
// guild, a member or an interaction id (delivery keys are `discord:<interaction id>`).
const PROCESS_BITS = BigInt(randomInt(0, 1 << 22));
let tick = BigInt(Date.now() - 1_420_070_400_000);
export const nextId = (): string => String((++tick << 22n) | PROCESS_BITS);

const refuse = (code: number, message: string, status = 400): [number, unknown] => [
  status,
  { code, message },
];

export class FakeRest {
  readonly calls: RecordedCall[] = [];
  readonly messages = new Map<string, StoredMessage>();
  /** Files the bot attached to the messages it created, in order. */
  readonly attachments: SentAttachment[] = [];
  readonly commands = { global: [] as Json[], guild: new Map<string, Json[]>() };
  private readonly interactions = new Map<
    string,
    { token: string; answered: boolean; original?: string; channelId: string }
  >();
  private readonly denied = new Map<string, number>();
  private readonly closedDms = new Set<string>();
  private readonly dmChannels = new Map<string, string>();
  private readonly faults: Fault[] = [];
  /** Guild members Discord knows, by `guild:user`, as `GET /guilds/:g/members/:u` returns them. */
  private readonly members = new Map<string, Json>();
  private readonly routes: Route[] = this.buildRoutes();
  /** Nonces of messages created with enforce_nonce, by `channel:nonce`, with when. */
  private readonly nonces = new Map<string, { messageId: string; at: number }>();
  /**
   * How long Discord remembers an enforced nonce ("the past few minutes", not documented
   * more precisely): a second create with the same nonce within it returns the first message.
   */
  nonceWindowMs = 5 * 60_000;
  /** The fake's clock (ms) for nonces and for failures that last a while: a test's fake clock. */
  now: () => number = () => Date.now();
  /** Calls answered 429 until a time (by `now()`), and calls whose connection is cut until a time. */
  private readonly limits: Array<{ method: string; path: RegExp; retryAfter: number; until: number }> = [];
  private readonly cuts: Array<{ method: string; path: RegExp; until: number }> = [];
  /** Channels whose history the bot may not read (no Read Message History): Discord lists no message. */
  private readonly hiddenHistory = new Set<string>();

  /** @param gatewayUrl the websocket URL `/gateway/bot` gives. */
  constructor(private readonly gatewayUrl: () => string) {}

  /** A member of a guild, with their `user`. */
  knowMember(guildId: string, member: Json): void {
    this.members.set(`${guildId}:${String((member.user as Json | undefined)?.id)}`, member);
  }

  /** An interaction Discord sent: its id and token may now be answered, once. */
  protected expectAnswer(id: string, token: string, channelId: string): void {
    this.interactions.set(id, { token, answered: false, channelId });
  }

  /** Posting in this channel fails as Discord fails it without the rights (50013 or 50001). */
  deny(channelId: string, code: 50013 | 50001 = 50013): void {
    this.denied.set(channelId, code);
  }

  allow(channelId: string): void {
    this.denied.delete(channelId);
  }

  /** This user does not accept private messages from the bot (50007). */
  closeDms(userId: string): void {
    this.closedDms.add(userId);
  }

  /** The next `times` calls matching answer `status` with `body` (and headers). */
  fail(
    method: string,
    path: RegExp,
    status: number,
    body: Json,
    times = 1,
    headers: Record<string, string> = {},
    skip = 0,
  ) {
    this.faults.push({ method, path, status, body, headers, times, skip });
  }

  /** Forgets the faults not yet used up (the platform is back). */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** The next matching call is rate limited for `seconds`, as Discord does (429 + retry_after). */
  rateLimit(method: string, path: RegExp, seconds: number): void {
    const headers = {
      'retry-after': String(seconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(seconds),
      'x-ratelimit-scope': 'user',
    };
    this.fail(
      method,
      path,
      429,
      { message: 'You are being rate limited.', retry_after: seconds, global: false },
      1,
      headers,
    );
  }

  /**
   * For `forMs` from now (by `now()`), matching calls answer 429 with `retry_after`, as
   * Discord does when a route's rate is exceeded. (Discord also sends the bucket's headers:
   * left out, so that discord.js's own bucket, on real time, does not outlast the fake clock.)
   */
  rateLimitFor(method: string, path: RegExp, retryAfter: number, forMs: number): void {
    this.limits.push({ method, path, retryAfter, until: this.now() + forMs });
  }

  /**
   * For `forMs` from now (by `now()`), matching calls are done — a message created, or the one
   * of an enforced nonce found — and then their connection is cut before the answer.
   */
  cutAfterStoring(method: string, path: RegExp, forMs: number): void {
    this.cuts.push({ method, path, until: this.now() + forMs });
  }

  /** Whether this call's connection is to be cut after it was done (see cutAfterStoring). */
  cutsAfter(call: RecordedCall): boolean {
    return this.cuts.some((c) => c.method === call.method && c.path.test(call.path) && this.now() < c.until);
  }

  /** The bot may not read this channel's history: listing its messages gives none. */
  hideHistory(channelId: string): void {
    this.hiddenHistory.add(channelId);
  }

  /**
   * The next matching call is done, but its answer is lost: Discord answers 500 after
   * creating the message (as when a response is lost between Discord and the bot).
   */
  loseNextAnswer(method: string, path: RegExp): void {
    this.lostAnswers.push({ method, path });
  }
  private readonly lostAnswers: Array<{ method: string; path: RegExp }> = [];

  protected answer(call: RecordedCall): [number, unknown, Record<string, string>?] {
    call.fakeAt = this.now();
    const limit = this.limits.find(
      (l) => l.method === call.method && l.path.test(call.path) && this.now() < l.until,
    );
    if (limit)
      return [
        429,
        { message: 'You are being rate limited.', retry_after: limit.retryAfter, global: false },
        { 'retry-after': String(limit.retryAfter), 'x-ratelimit-scope': 'user' },
      ];
    const fault = this.faults.find((f) => f.method === call.method && f.path.test(call.path) && f.times > 0);
    if (fault && fault.skip > 0) fault.skip--;
    else if (fault) {
      fault.times--;
      return [fault.status, fault.body, fault.headers];
    }
    const lost = this.lostAnswers.findIndex((l) => l.method === call.method && l.path.test(call.path));
    if (lost >= 0) {
      this.lostAnswers.splice(lost, 1);
      this.answer(call);
      return [500, { code: 0, message: '500: Internal Server Error' }];
    }
    // Interaction callbacks and webhooks are authorised by their token; the rest by the bot's.
    const byToken = /^\/(interactions|webhooks)\//.test(call.path);
    if (!byToken && call.headers.authorization !== `Bot ${BOT_TOKEN}`)
      return [401, { code: 0, message: '401: Unauthorized' }];
    for (const route of this.routes) {
      const match = route.method === call.method ? route.pattern.exec(call.path) : null;
      if (match) return route.handle(match.slice(1), (call.body ?? {}) as Json, call);
    }
    return [404, { code: 0, message: '404: Not Found' }];
  }

  private buildRoutes(): Route[] {
    const app = APPLICATION_ID;
    return [
      { method: 'GET', pattern: /^\/gateway\/bot$/, handle: () => [200, this.gatewayBot()] },
      {
        method: 'PUT',
        pattern: new RegExp(`^/applications/${app}/commands$`),
        handle: (_, __, c) => this.putCommands(c),
      },
      {
        method: 'PUT',
        pattern: new RegExp(`^/applications/${app}/guilds/(\\d+)/commands$`),
        handle: ([guild], __, c) => this.putCommands(c, guild),
      },
      {
        method: 'POST',
        pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
        handle: ([id, token], body, c) => this.callback(id ?? '', token ?? '', body, c),
      },
      {
        method: 'POST',
        pattern: new RegExp(`^/webhooks/${app}/([^/]+)$`),
        handle: ([t], b, c) => this.followUp(t ?? '', b, c.files),
      },
      {
        method: 'GET',
        pattern: new RegExp(`^/webhooks/${app}/([^/]+)/messages/@original$`),
        handle: ([t]) => this.original(t ?? ''),
      },
      {
        method: 'PATCH',
        pattern: new RegExp(`^/webhooks/${app}/([^/]+)/messages/(@original|\\d+)$`),
        handle: ([t, id], b, c) => this.editWebhookMessage(t ?? '', id ?? '', b, c.files),
      },
      {
        method: 'POST',
        pattern: /^\/channels\/(\d+)\/messages$/,
        handle: ([ch], b, c) => this.post(ch ?? '', b, c.files),
      },
      {
        method: 'GET',
        pattern: /^\/channels\/(\d+)\/messages$/,
        handle: ([ch], _, c) => this.history(ch ?? '', c.query),
      },
      {
        method: 'PATCH',
        pattern: /^\/channels\/(\d+)\/messages\/(\d+)$/,
        handle: ([ch, id], b) => this.edit(ch ?? '', id ?? '', b),
      },
      {
        method: 'GET',
        pattern: /^\/guilds\/(\d+)\/members\/(\d+)$/,
        handle: ([guild, user]) => {
          const member = this.members.get(`${guild}:${user}`);
          return member ? [200, member] : refuse(10007, 'Unknown Member', 404);
        },
      },
      {
        method: 'POST',
        pattern: /^\/users\/@me\/channels$/,
        handle: (_, b) => this.openDm(String(b.recipient_id)),
      },
    ];
  }

  private gatewayBot() {
    return {
      url: this.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    };
  }

  private putCommands(call: RecordedCall, guildId?: string): [number, unknown] {
    const commands = Array.isArray(call.body) ? call.body : [];
    const problems = commands.flatMap((c) => commandProblems(c));
    if (commands.length > 100) problems.push('more than 100 commands');
    if (problems.length > 0) return [400, { code: 50035, message: 'Invalid Form Body', errors: problems }];
    const stored = commands.map((c) => ({
      ...c,
      id: nextId(),
      application_id: APPLICATION_ID,
      version: nextId(),
    }));
    if (guildId) this.commands.guild.set(guildId, stored);
    else this.commands.global = stored;
    return [200, stored.map((c) => (guildId ? { ...c, guild_id: guildId } : c))];
  }

  private callback(id: string, token: string, body: Json, call: RecordedCall): [number, unknown] {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token) return refuse(10062, 'Unknown interaction', 404);
    if (interaction.answered) return refuse(40060, 'Interaction has already been acknowledged.');
    const data = (body.data ?? {}) as Json;
    const files = call.files ?? [];
    const problems =
      body.type === 4 || body.type === 7
        ? this.withFiles(messageProblems(data, { creating: body.type === 4 }), data, files)
        : body.type === 9
          ? modalProblems(data)
          : body.type === 8
            ? autocompleteProblems(data)
            : [5, 6].includes(Number(body.type))
              ? []
              : [`callback type ${String(body.type)}`];
    if (problems.length > 0) return [400, { code: 50035, message: 'Invalid Form Body', errors: problems }];
    interaction.answered = true;
    let message: StoredMessage | undefined;
    if (body.type === 4 || body.type === 5) {
      message = this.store(
        interaction.channelId,
        body.type === 4
          ? { ...data, ...this.attach(interaction.channelId, files, data) }
          : { content: '', flags: data.flags },
      );
      interaction.original = message.id;
    }
    if (call.query.get('with_response') !== 'true') return [204, undefined];
    return [200, { interaction: { id, type: 2 }, resource: { type: body.type, message } }];
  }

  private byToken(token: string) {
    return [...this.interactions.values()].find((i) => i.token === token);
  }

  private followUp(token: string, body: Json, files: UploadedFile[] = []): [number, unknown] {
    const interaction = this.byToken(token);
    if (!interaction?.answered) return refuse(10015, 'Unknown Webhook', 404);
    const problems = this.withFiles(messageProblems(body, { creating: true }), body, files);
    if (problems.length > 0) return [400, { code: 50035, message: 'Invalid Form Body', errors: problems }];
    return [
      200,
      this.store(interaction.channelId, { ...body, ...this.attach(interaction.channelId, files, body) }),
    ];
  }

  /**
   * A message's problems once its files count: a file is content too, and each file's
   * description (alt text) holds at most 1,024 characters.
   */
  private withFiles(problems: string[], body: Json, files: UploadedFile[]): string[] {
    const kept = problems.filter((p) => files.length === 0 || !p.startsWith('empty message'));
    const described = Array.isArray(body.attachments) ? (body.attachments as Json[]) : [];
    for (const a of described)
      if (typeof a.description === 'string' && a.description.length > DESCRIPTION_LIMIT)
        kept.push(`attachments: a description of ${a.description.length} characters (max 1,024)`);
    return kept;
  }

  private original(token: string): [number, unknown] {
    const id = this.byToken(token)?.original;
    const message = id ? this.messages.get(id) : undefined;
    return message ? [200, message] : refuse(10008, 'Unknown Message', 404);
  }

  private editWebhookMessage(
    token: string,
    id: string,
    body: Json,
    files: UploadedFile[] = [],
  ): [number, unknown] {
    const interaction = this.byToken(token);
    const messageId = id === '@original' ? interaction?.original : id;
    if (!interaction || !messageId) return refuse(10008, 'Unknown Message', 404);
    const { id: _id, ...attached } = this.attach(interaction.channelId, files, body, messageId);
    return this.edit(interaction.channelId, messageId, { ...body, ...attached });
  }

  private post(channelId: string, body: Json, files: UploadedFile[] = []): [number, unknown] {
    const denied = this.denied.get(channelId);
    if (denied === 50013) return refuse(50013, 'Missing Permissions', 403);
    if (denied === 50001) return refuse(50001, 'Missing Access', 403);
    const dmUser = [...this.dmChannels].find(([, channel]) => channel === channelId)?.[0];
    if (dmUser && this.closedDms.has(dmUser)) return refuse(50007, 'Cannot send messages to this user', 403);
    if (files.reduce((total, f) => total + f.bytes.length, 0) > ATTACHMENT_LIMIT)
      return refuse(40005, 'Request entity too large', 413);
    // A file is a message's content too.
    const problems = this.withFiles(messageProblems(body, { creating: true }), body, files);
    if (problems.length > 0) return [400, { code: 50035, message: 'Invalid Form Body', errors: problems }];
    // The author is always the bot here: the same nonce in the same channel is the same message.
    const nonce =
      body.enforce_nonce === true && body.nonce !== undefined
        ? `${channelId}:${String(body.nonce)}`
        : undefined;
    const earlier = nonce ? this.nonces.get(nonce) : undefined;
    const existing =
      earlier && this.now() - earlier.at < this.nonceWindowMs && this.messages.get(earlier.messageId);
    if (existing) return [200, existing];
    const { enforce_nonce: _enforce, ...kept } = body;
    const message = this.store(channelId, { ...kept, ...this.attach(channelId, files, body) });
    if (nonce) this.nonces.set(nonce, { messageId: message.id, at: this.now() });
    return [200, message];
  }

  /**
   * A created message's `attachments`, its files recorded in `attachments` once it has an
   * id; `files[N]` (or a field named so by the body) is described by the body's attachment N.
   */
  private attach(channelId: string, files: UploadedFile[], body: Json, messageId = nextId()): Json {
    if (files.length === 0) return {};
    const described = Array.isArray(body.attachments) ? (body.attachments as Json[]) : [];
    const descriptionOf = (file: UploadedFile, index: number) => {
      const n = /^files\[(\d+)\]$/.exec(file.field)?.[1] ?? String(index);
      const entry = described.find((a) => String(a.id) === n);
      return typeof entry?.description === 'string' ? entry.description : undefined;
    };
    const sent = files.map((file, i) => {
      const description = descriptionOf(file, i);
      return { ...file, channelId, messageId, ...(description === undefined ? {} : { description }) };
    });
    this.attachments.push(...sent);
    return {
      id: messageId,
      attachments: sent.map((f) => ({
        id: nextId(),
        filename: f.name,
        size: f.bytes.length,
        content_type: f.contentType,
        ...(f.description === undefined ? {} : { description: f.description }),
        url: `https://cdn.discordapp.com/attachments/${channelId}/${messageId}/${f.name}`,
      })),
    };
  }

  /** GET /channels/:id/messages: newest first, `limit` (50 by default, 100 at most), no nonce. */
  private history(channelId: string, query: URLSearchParams): [number, unknown] {
    const denied = this.denied.get(channelId);
    if (denied === 50001) return refuse(50001, 'Missing Access', 403);
    if (this.hiddenHistory.has(channelId)) return [200, []];
    const limit = Math.min(Number(query.get('limit') ?? 50), 100);
    const newest = [...this.messages.values()]
      .filter((m) => m.channel_id === channelId)
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
      .slice(0, limit)
      .map(({ nonce: _nonce, ...m }) => m);
    return [200, newest];
  }

  /** The DM channel the bot opened with a user, if any. */
  dmChannelOf(userId: string): string | undefined {
    return this.dmChannels.get(userId);
  }

  /** Forgets enforced nonces, as Discord does after a few minutes. */
  forgetNonces(): void {
    this.nonces.clear();
  }

  private edit(channelId: string, id: string, body: Json): [number, unknown] {
    const message = this.messages.get(id);
    if (!message || message.channel_id !== channelId) return refuse(10008, 'Unknown Message', 404);
    if (this.denied.has(channelId)) return refuse(50001, 'Missing Access', 403);
    const problems = messageProblems(body, { creating: false });
    if (problems.length > 0) return [400, { code: 50035, message: 'Invalid Form Body', errors: problems }];
    Object.assign(message, body, { edited_timestamp: new Date().toISOString() });
    return [200, message];
  }

  private openDm(userId: string): [number, unknown] {
    const id = this.dmChannels.get(userId) ?? nextId();
    this.dmChannels.set(userId, id);
    return [
      200,
      { id, type: 1, recipients: [{ id: userId, username: `user${userId}`, discriminator: '0' }] },
    ];
  }

  private store(channelId: string, body: Json): StoredMessage {
    const message: StoredMessage = {
      id: nextId(),
      channel_id: channelId,
      type: body.message_reference ? 19 : 0,
      author: {
        id: BOT_USER_ID,
        username: 'Maillage',
        discriminator: '0000',
        global_name: null,
        avatar: null,
        bot: true,
      },
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      ...body,
    };
    delete message.allowed_mentions;
    this.messages.set(message.id, message);
    return message;
  }
}
