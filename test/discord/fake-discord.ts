// A fake Discord for the adapter tests: REST under /api/v10 (fake-rest.ts) and the gateway
// websocket (fake-gateway.ts) on one local port, recording every call with its headers.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './fake-gateway.ts';
import {
  APPLICATION_ID,
  BOT_TOKEN,
  BOT_USER_ID,
  FakeRest,
  nextId,
  parseBody,
  type RecordedCall,
  type StoredMessage,
} from './fake-rest.ts';

export { APPLICATION_ID, BOT_TOKEN, BOT_USER_ID, nextId, type RecordedCall, type StoredMessage };

type Json = Record<string, unknown>;

export interface FakeGuild {
  id: string;
  name: string;
  /** The channel interactions come from; also the server's system channel. */
  channelId: string;
}

export class FakeDiscord extends FakeRest {
  readonly guilds: FakeGuild[] = [];
  readonly gateway: FakeGateway;
  private readonly events = new EventEmitter();

  private constructor(private readonly server: Server) {
    super(() => this.url.replace(/^http/, 'ws'));
    this.gateway = new FakeGateway({
      token: BOT_TOKEN,
      applicationId: APPLICATION_ID,
      botUser: { id: BOT_USER_ID, username: 'Maillage' },
      url: () => this.url.replace(/^http/, 'ws'),
      guilds: () => this.guilds.map(guildPayload),
    });
    this.events.setMaxListeners(0);
    server.on('request', (req, res) => void this.request(req, res));
    server.on('upgrade', (req, socket, head) => this.gateway.upgrade(req, socket, head));
  }

  static async start(): Promise<FakeDiscord> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new FakeDiscord(server);
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A guild the bot is in; once the bot is connected, Discord tells it with GUILD_CREATE. */
  addGuild(name = 'Réseau de Cergy'): FakeGuild {
    const guild = { id: nextId(), name, channelId: nextId() };
    this.guilds.push(guild);
    if (this.gateway.isConnected()) this.gateway.dispatch('GUILD_CREATE', guildPayload(guild));
    return guild;
  }

  /** Sends an INTERACTION_CREATE (its id and token become answerable). */
  dispatchInteraction(payload: Json): Json {
    if (typeof payload.id === 'string' && typeof payload.token === 'string') {
      const channelId = String((payload.channel as Json | undefined)?.id ?? payload.channel_id ?? '');
      this.expectAnswer(payload.id, payload.token, channelId);
    }
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  /** Resolves with the first recorded call (from `from` on) that `matches`, waiting for it. */
  async waitFor(
    matches: (call: RecordedCall) => boolean,
    timeoutMs = 10_000,
    from = 0,
  ): Promise<RecordedCall> {
    const found = () => this.calls.slice(from).find(matches);
    const deadline = Date.now() + timeoutMs;
    for (let call = found(); ; call = found()) {
      if (call) return call;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('the fake Discord did not receive the expected call');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(left, 200));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.events.once('call', done);
      });
    }
  }

  /** The first answer (callback) to an interaction. */
  callbackOf(interactionId: string, timeoutMs?: number): Promise<RecordedCall> {
    return this.waitFor(
      (c) => c.method === 'POST' && c.path.startsWith(`/interactions/${interactionId}/`),
      timeoutMs,
    );
  }

  messagesIn(channelId: string): StoredMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async request(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const { body, files } = await parseBody(Buffer.concat(chunks), req.headers['content-type']);
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v10/, ''),
      query: url.searchParams,
      headers: req.headers,
      body,
      ...(files ? { files } : {}),
      status: 0,
      response: undefined,
      at: performance.now(),
    };
    const [status, answer, headers] = this.answer(call);
    call.status = status;
    call.response = answer;
    this.calls.push(call);
    this.events.emit('call', call);
    if (this.cutsAfter(call)) {
      call.cut = true;
      req.socket.destroy();
      return;
    }
    // Like Discord, a 204 has no body and no content type.
    res.writeHead(status, status === 204 ? headers : { 'content-type': 'application/json', ...headers });
    res.end(status === 204 ? undefined : JSON.stringify(answer));
  }
}

function guildPayload(guild: FakeGuild): Json {
  return {
    id: guild.id,
    name: guild.name,
    unavailable: false,
    owner_id: '1',
    system_channel_id: guild.channelId,
    preferred_locale: 'fr',
    member_count: 3,
    large: false,
    joined_at: new Date().toISOString(),
    features: [],
    emojis: [],
    stickers: [],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    roles: [
      {
        id: guild.id,
        name: '@everyone',
        permissions: '0',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [
      {
        id: guild.channelId,
        type: 0,
        name: 'general',
        position: 0,
        guild_id: guild.id,
        permission_overwrites: [],
      },
    ],
  };
}
