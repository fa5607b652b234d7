// A small fake Slack on 127.0.0.1: the Web API methods the adapter calls, the
// response_url endpoint, and a Socket Mode websocket. It records everything it receives
// and can be told to fail (429 with Retry-After, once or for a while by a clock the test
// controls; not_in_channel, …; a post stored whose connection is then cut), so tests drive the
// real Bolt app over real sockets and check what "Slack" saw. It keeps the messages posted
// per channel (with their metadata, read back by conversations.history and .replies when
// the bot holds the history scopes), opens direct and group DMs (conversations.open), can
// be told that someone cannot be written to privately, refuses Block Kit beyond Slack's
// limits, and takes file uploads (fake-slack-files.ts) at an upload URL it serves itself;
// a file shared in a channel appears there as a message carrying `files` (as Slack shows it
// in conversations.history).
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { FakeSlackFiles } from './fake-slack-files.ts';

// biome-ignore lint/suspicious/noExplicitAny: recorded payloads are whatever the bot sent.
export type Payload = Record<string, any>;

export interface ApiCall {
  method: string;
  params: Payload;
  /** When it arrived, by performance.now(). */
  at: number;
  /** The token the call was made with (Authorization: Bearer …). */
  token: string | undefined;
  /** What the fake answered (undefined for a 429, and for a call whose connection was cut). */
  answer?: Payload;
  /** When it arrived, by the fake's `now()` (a test's fake clock, if set). */
  fakeAt: number;
  /** Refused with 429 by a rate limit (`rateLimitFor`). */
  rateLimited?: true;
  /** Done (a post stored), then the connection cut before the answer (`cutAfterStoring`). */
  cut?: true;
}

export interface ResponseUrlCall {
  url: string;
  body: Payload;
  at: number;
}

export interface FakeUser {
  id: string;
  name: string;
  displayName?: string;
  realName?: string;
  admin?: boolean;
  locale?: string;
  /** Another organisation's team (a Slack Connect user). */
  teamId?: string;
}

/** 429 with Retry-After, another HTTP status (Slack failing: 500), or `ok: false` with an error. */
type Failure = { status: 429; retryAfter: number } | { status: 500 | 502 | 503 } | { error: string };
type PendingFailure = { method: string; failure: Failure; skip: number };
/** Calls of `method` (in `channel` if given) refused with 429 until `until` (by the fake's clock). */
type RateLimit = { method: string; channel: string | undefined; retryAfter: number; until: number };
type Cut = { method: string; channel: string | undefined; times: number };

/** A message as Slack stores it (what conversations.history returns). */
export interface StoredSlackMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks: Payload[];
  bot_id: string;
  app_id: string;
  metadata?: Payload;
  /** A file share: the files shared (id, name, title). */
  files?: Payload[];
}

/** Fields Slack sends as JSON strings inside form-encoded bodies. */
const JSON_FIELDS = ['blocks', 'view', 'attachments', 'metadata', 'files'];

export class FakeSlack {
  readonly team = { id: `T${randomBytes(4).toString('hex').toUpperCase()}`, name: 'Réseau de Cergy' };
  readonly bot = { userId: 'UBOT0001', botId: 'BBOT0001' };
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlCall[] = [];
  /** Acks received on the socket, by envelope id. */
  readonly acks = new Map<string, Payload>();
  /** Channels the bot is not a member of. */
  readonly closedChannels = new Set<string>();
  /** Archived channels (posting answers is_archived). */
  readonly archivedChannels = new Set<string>();
  /** Messages posted, by channel (a user id as channel: the bot's DM with them, `D…`). */
  readonly messages = new Map<string, StoredSlackMessage[]>();
  /**
   * Whether the bot token holds channels:history and groups:history (the manifest asks for
   * them; an app installed before they were added has not): without them
   * conversations.history and .replies answer missing_scope.
   */
  historyScopes = false;
  /** Group DMs opened by conversations.open, by id: their people in the order given (the bot aside). */
  readonly groupDms = new Map<string, string[]>();
  /**
   * When set, conversations.open with several people answers this error (e.g. `missing_scope`,
   * as for an app installed before it asked for mpim:write); one person still works.
   */
  groupDmError: string | undefined;
  /** People the bot cannot write to privately: the errors Slack answers, by user id. */
  private readonly closedDms = new Map<string, { open: string; post: string }>();
  private readonly users = new Map<string, FakeUser>();
  /** File uploads: files.getUploadURLExternal, the upload URL, files.completeUploadExternal. */
  readonly files = new FakeSlackFiles(
    () => this.url,
    (prefix) => this.nextId(prefix),
  );
  private readonly failures: PendingFailure[] = [];
  private readonly limits: RateLimit[] = [];
  private readonly cuts: Cut[] = [];
  /** The fake's clock for rate limits (ms): a test's fake clock, so that minutes pass at once. */
  now: () => number = () => Date.now();
  private sockets: WebSocket[] = [];
  private counter = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private pinger: NodeJS.Timeout | undefined;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    const fake = new FakeSlack(server);
    server.on('request', (req, res) => void fake.route(req, res));
    server.on('upgrade', (req, socket, head) => {
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.connected(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.pinger = setInterval(() => {
      for (const ws of fake.sockets) ws.ping();
    }, 10_000);
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  async stop(): Promise<void> {
    clearInterval(this.pinger);
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addUser(user: FakeUser): FakeUser {
    this.users.set(user.id, user);
    return user;
  }

  /**
   * The bot can no longer write to this person privately (a deactivated account, say):
   * conversations.open naming them answers `open` (user_disabled by default), and
   * chat.postMessage to their id or their DM — which opens the conversation itself —
   * answers `post` (channel_not_found by default).
   */
  closeDms(userId: string, errors: { open?: string; post?: string } = {}): void {
    this.closedDms.set(userId, {
      open: errors.open ?? 'user_disabled',
      post: errors.post ?? 'channel_not_found',
    });
  }

  /** Messages posted in the bot's DM with a user. */
  directMessagesTo(userId: string): StoredSlackMessage[] {
    return this.messagesIn(dmOf(userId));
  }

  /**
   * For `forMs` from now (by `now()`), every call of `method` — in `channel` only, if given —
   * answers 429 with `Retry-After: retryAfter` (seconds), as Slack does when a method's rate
   * is exceeded.
   */
  rateLimitFor(method: string, retryAfter: number, forMs: number, channel?: string): void {
    this.limits.push({ method, channel, retryAfter, until: this.now() + forMs });
  }

  /**
   * The next `times` calls of `method` (in `channel`, if given) are done — a message is
   * stored — and then their connection is cut before the answer: Slack stored the post, the
   * bot never learnt it.
   */
  cutAfterStoring(method: string, times = 1, channel?: string): void {
    this.cuts.push({ method, channel, times });
  }

  /** The next `times` calls of `method` fail so (after letting `skip` of them through). */
  failNext(method: string, failure: Failure, times = 1, skip = 0): void {
    for (let i = 0; i < times; i++) this.failures.push({ method, failure, skip: i === 0 ? skip : 0 });
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** A fresh response_url, as Slack gives one per interaction. */
  newResponseUrl(): string {
    return `${this.url}/response/${++this.counter}-${randomBytes(3).toString('hex')}`;
  }

  responsesTo(url: string): ResponseUrlCall[] {
    return this.responses.filter((r) => r.url === url);
  }

  nextId(prefix: string): string {
    return `${prefix}${++this.counter}${randomBytes(4).toString('hex')}`;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await readBody(req);
    const raw = bytes.toString('utf8');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/upload/')) {
      const [status, text] = await this.files.receive(path, bytes, req.headers['content-type']);
      res.writeHead(status, { 'content-type': 'text/plain' }).end(text);
      return;
    }
    if (path.startsWith('/response/')) {
      this.responses.push({
        url: `${this.url}${path}`,
        body: JSON.parse(raw || '{}') as Payload,
        at: performance.now(),
      });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (!path.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = path.slice('/api/'.length);
    const params = parseParams(raw, req.headers['content-type']);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const call: ApiCall = {
      method,
      params,
      at: performance.now(),
      fakeAt: this.now(),
      token: bearer ?? params.token,
    };
    this.calls.push(call);
    const channel = typeof params.channel === 'string' ? params.channel : undefined;
    const limit = this.limits.find(
      (l) => l.method === method && (l.channel ?? channel) === channel && this.now() < l.until,
    );
    if (limit) {
      call.rateLimited = true;
      res.writeHead(429, { 'retry-after': String(limit.retryAfter) }).end();
      return;
    }
    const failure = this.takeFailure(method);
    if (failure && 'retryAfter' in failure) {
      res.writeHead(429, { 'retry-after': String(failure.retryAfter) }).end();
      return;
    }
    if (failure && 'status' in failure) {
      res.writeHead(failure.status, { 'content-type': 'text/plain' }).end('Internal Server Error');
      return;
    }
    const answer = failure ? { ok: false, error: failure.error } : this.answer(method, params);
    const cut = this.cuts.find(
      (c) => c.method === method && (c.channel ?? channel) === channel && c.times > 0,
    );
    if (cut) {
      cut.times -= 1;
      call.cut = true;
      req.socket.destroy();
      return;
    }
    call.answer = answer;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  }

  private takeFailure(method: string): Failure | undefined {
    const index = this.failures.findIndex((f) => f.method === method);
    const pending = this.failures[index];
    if (!pending) return undefined;
    if (pending.skip > 0) {
      pending.skip -= 1;
      return undefined;
    }
    return this.failures.splice(index, 1)[0]?.failure;
  }

  private answer(method: string, params: Payload): Payload {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://cergy.slack.com/',
          team: this.team.name,
          team_id: this.team.id,
          user: 'maillage',
          user_id: this.bot.userId,
          bot_id: this.bot.botId,
        };
      case 'users.info':
        return this.userInfo(String(params.user));
      case 'chat.postMessage':
        return this.postMessage(params);
      case 'chat.update': {
        const problems = blockProblems(params.blocks);
        if (problems.length > 0) return { ok: false, error: 'invalid_blocks', errors: problems };
        return { ok: true, channel: params.channel, ts: params.ts, text: params.text };
      }
      case 'conversations.history':
      case 'conversations.replies':
        return this.history(method, params);
      case 'conversations.open':
        return this.open(params);
      case 'files.getUploadURLExternal':
        return this.files.uploadUrl(params);
      case 'files.completeUploadExternal':
        return this.shareFiles(params);
      case 'views.open':
        return { ok: true, view: { ...(params.view as Payload), id: this.nextId('V') } };
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/socket` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private userInfo(id: string): Payload {
    const user = this.users.get(id);
    if (!user) return { ok: false, error: 'user_not_found' };
    return {
      ok: true,
      user: {
        id: user.id,
        team_id: user.teamId ?? this.team.id,
        name: user.name,
        real_name: user.realName ?? user.name,
        is_admin: user.admin === true,
        is_owner: false,
        locale: user.locale ?? 'fr-FR',
        profile: { display_name: user.displayName ?? '', real_name: user.realName ?? user.name },
      },
    };
  }

  /** conversations.open: a DM with one person (`D…`), a group DM with several (`G…`, the same for the same people). */
  private open(params: Payload): Payload {
    const users = String(params.users ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter((u) => u !== '' && u !== this.bot.userId);
    if (users.length === 0) return { ok: false, error: 'users_list_not_supplied' };
    if (users.length > 8) return { ok: false, error: 'too_many_users' };
    if (users.some((u) => !this.users.has(u))) return { ok: false, error: 'user_not_found' };
    const closed = users.map((u) => this.closedDms.get(u)).find(Boolean);
    if (closed) return { ok: false, error: closed.open };
    const [only] = users;
    if (users.length === 1 && only) return { ok: true, channel: { id: dmOf(only) } };
    if (this.groupDmError)
      return {
        ok: false,
        error: this.groupDmError,
        ...(this.groupDmError === 'missing_scope' ? { needed: 'mpim:write' } : {}),
      };
    const key = [...users].sort().join(',');
    const id = `G${createHash('sha256').update(key).digest('hex').slice(0, 10).toUpperCase()}`;
    const known = this.groupDms.has(id);
    this.groupDms.set(id, users);
    return { ok: true, ...(known ? { already_open: true } : {}), channel: { id } };
  }

  /** files.completeUploadExternal: the files shared in a channel appear there in a message of the bot. */
  private shareFiles(params: Payload): Payload {
    const answer = this.files.complete(params, (channel) => this.shareProblem(channel));
    const channel = typeof params.channel_id === 'string' ? params.channel_id : '';
    if (answer.ok !== true || channel === '') return answer;
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.counter).padStart(6, '0')}`;
    const list = this.messages.get(channel) ?? [];
    list.push({
      channel,
      ts,
      text: '',
      blocks: [],
      bot_id: this.bot.botId,
      app_id: 'A0001',
      files: (answer.files as Payload[]).map((f) => ({ id: f.id, name: f.name, title: f.title })),
      ...(typeof params.thread_ts === 'string' ? { thread_ts: params.thread_ts } : {}),
    });
    this.messages.set(channel, list);
    return answer;
  }

  /** Why a file could not be shared in a channel (as chat.postMessage would refuse it). */
  private shareProblem(channel: string): string | undefined {
    const dmClosed = this.closedDms.get(/^D/.test(channel) ? `U${channel.slice(1)}` : '');
    if (dmClosed) return dmClosed.post;
    if (this.closedChannels.has(channel)) return 'not_in_channel';
    return undefined;
  }

  private postMessage(params: Payload): Payload {
    const channel = String(params.channel);
    const dmClosed = this.closedDms.get(/^[UD]/.test(channel) ? `U${channel.slice(1)}` : '');
    if (dmClosed) return { ok: false, error: dmClosed.post };
    if (this.closedChannels.has(channel)) return { ok: false, error: 'not_in_channel' };
    if (this.archivedChannels.has(channel)) return { ok: false, error: 'is_archived' };
    const problems = blockProblems(params.blocks);
    if (problems.length > 0) return { ok: false, error: 'invalid_blocks', errors: problems };
    if (typeof params.text === 'string' && params.text.length > 40_000)
      return { ok: false, error: 'msg_too_long' };
    const metadata = params.metadata as Payload | undefined;
    if (
      metadata !== undefined &&
      (typeof metadata.event_type !== 'string' ||
        typeof metadata.event_payload !== 'object' ||
        metadata.event_payload === null)
    )
      return { ok: false, error: 'invalid_metadata_format' };
    // A user id as channel posts in the direct conversation with the bot.
    const posted = channel.startsWith('U') ? dmOf(channel) : channel;
    // Slack's ts: seconds now, and a sequence that keeps them unique and ordered.
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.counter).padStart(6, '0')}`;
    const message: StoredSlackMessage = {
      channel: posted,
      ts,
      text: String(params.text ?? ''),
      blocks: (params.blocks as Payload[] | undefined) ?? [],
      bot_id: this.bot.botId,
      app_id: 'A0001',
      ...(params.thread_ts ? { thread_ts: String(params.thread_ts) } : {}),
      ...(metadata ? { metadata } : {}),
    };
    const list = this.messages.get(posted) ?? [];
    list.push(message);
    this.messages.set(posted, list);
    return { ok: true, channel: posted, ts, message: { text: params.text, ts } };
  }

  /** Top-level messages of a channel (no thread replies), oldest first. */
  messagesIn(channel: string): StoredSlackMessage[] {
    return (this.messages.get(channel) ?? []).filter((m) => !m.thread_ts || m.thread_ts === m.ts);
  }

  /** conversations.history (newest first) and conversations.replies (parent, then replies). */
  private history(method: string, params: Payload): Payload {
    if (!this.historyScopes)
      return {
        ok: false,
        error: 'missing_scope',
        needed: 'channels:history,groups:history,mpim:history,im:history',
        provided: 'commands,chat:write,users:read,im:write,mpim:write,app_mentions:read',
      };
    const channel = String(params.channel);
    if (this.closedChannels.has(channel)) return { ok: false, error: 'not_in_channel' };
    const oldest = Number(params.oldest ?? 0);
    const limit = Math.min(Number(params.limit ?? 100), 999);
    const withMetadata = params.include_all_metadata === true || params.include_all_metadata === 'true';
    const all = this.messages.get(channel) ?? [];
    const picked =
      method === 'conversations.replies'
        ? all.filter((m) => m.ts === String(params.ts) || m.thread_ts === String(params.ts))
        : [...this.messagesIn(channel)].reverse();
    if (method === 'conversations.replies' && picked.length === 0)
      return { ok: false, error: 'thread_not_found' };
    const messages = picked
      .filter((m) => Number(m.ts) > oldest)
      .slice(0, limit)
      .map(({ channel: _channel, metadata, ...m }) => ({
        type: 'message',
        ...m,
        ...(withMetadata && metadata ? { metadata } : {}),
      }));
    return { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } };
  }

  // --- Socket Mode ---

  private connected(ws: WebSocket): void {
    this.sockets.push(ws);
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as Payload;
      if (typeof message.envelope_id === 'string') this.acks.set(message.envelope_id, message.payload ?? {});
    });
    ws.on('close', () => {
      this.sockets = this.sockets.filter((s) => s !== ws);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' } }));
  }

  get socketCount(): number {
    return this.sockets.length;
  }

  /** Sends an envelope to the connected bot; returns its id. */
  sendEnvelope(type: string, payload: Payload, extra: Payload = {}): string {
    const envelopeId = this.nextId('env-');
    const frame = JSON.stringify({
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: true,
      ...extra,
    });
    for (const ws of this.sockets) ws.send(frame);
    return envelopeId;
  }
}

/** The bot's DM with a user, as this fake names it. */
export const dmOf = (userId: string) => `D${userId.slice(1)}`;

/**
 * What Slack refuses with invalid_blocks: more than 50 blocks, a section text over 3,000
 * characters, more than 10 fields or a field over 2,000, a header over 150, an empty text.
 */
export function blockProblems(blocks: unknown): string[] {
  if (blocks === undefined) return [];
  if (!Array.isArray(blocks)) return ['blocks: not an array'];
  const problems: string[] = [];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (max 50)`);
  for (const [i, block] of (blocks as Payload[]).entries()) {
    const textOf = (t: Payload | undefined) => (typeof t?.text === 'string' ? t.text : '');
    if (block.type === 'section') {
      if (!block.text && !block.fields) problems.push(`blocks[${i}]: a section needs a text or fields`);
      if (block.text && (textOf(block.text).length < 1 || textOf(block.text).length > 3000))
        problems.push(`blocks[${i}].text: ${textOf(block.text).length} characters (1 to 3,000)`);
      const fields = (block.fields as Payload[] | undefined) ?? [];
      if (fields.length > 10) problems.push(`blocks[${i}]: ${fields.length} fields (max 10)`);
      for (const f of fields)
        if (textOf(f).length < 1 || textOf(f).length > 2000)
          problems.push(`blocks[${i}]: a field of ${textOf(f).length} characters (1 to 2,000)`);
    } else if (block.type === 'header') {
      if (textOf(block.text).length > 150) problems.push(`blocks[${i}]: header over 150 characters`);
    } else if (block.type === 'context') {
      const elements = (block.elements as Payload[] | undefined) ?? [];
      if (elements.length < 1 || elements.length > 10)
        problems.push(`blocks[${i}]: 1 to 10 context elements`);
      for (const e of elements)
        if (textOf(e).length > 3000) problems.push(`blocks[${i}]: a context element over 3,000 characters`);
    } else if (block.type === 'actions') {
      const elements = (block.elements as Payload[] | undefined) ?? [];
      if (elements.length < 1 || elements.length > 25) problems.push(`blocks[${i}]: 1 to 25 elements`);
    }
  }
  return problems;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseParams(raw: string, contentType: string | undefined): Payload {
  if (raw === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Payload;
  const params: Payload = Object.fromEntries(new URLSearchParams(raw));
  for (const field of JSON_FIELDS) {
    if (typeof params[field] === 'string') params[field] = JSON.parse(params[field]);
  }
  return params;
}
