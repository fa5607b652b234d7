// The gateway half of the fake Discord: a websocket speaking Discord's gateway protocol as
// discord.js expects it — HELLO, heartbeat ACKs, IDENTIFY → READY then GUILD_CREATE for each
// guild, RESUME → RESUMED — plus dispatching events and dropping the connection on demand,
// and a server removing the bot (GUILD_DELETE), an outage of one, and the bot added back.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export interface GatewayOptions {
  token: string;
  applicationId: string;
  botUser: { id: string; username: string };
  url: () => string;
  guilds: () => object[];
}

export class FakeGateway {
  private readonly server = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  private seq = 0;
  private sessions = 0;
  sessionId: string | undefined;
  /** Every frame the bot sent, in order (heartbeats included). */
  readonly received: GatewayFrame[] = [];
  private readonly waiters: Array<() => void> = [];
  /** The latest GUILD_CREATE payload of each guild, to send it again when the bot is added back. */
  private readonly guildPayloads = new Map<string, object>();
  /** Guilds that removed the bot: not in READY any more, until added back. */
  private readonly left = new Set<string>();

  constructor(private readonly options: GatewayOptions) {
    this.server.on('connection', (socket) => this.connected(socket));
  }

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => this.server.emit('connection', ws, request));
  }

  isConnected(): boolean {
    return this.socket?.readyState === 1;
  }

  /** Sends an event (op 0) to the bot. */
  dispatch(t: string, d: unknown): void {
    if (!this.socket) throw new Error('the bot is not connected to the fake gateway');
    if (t === 'GUILD_CREATE') this.guildPayloads.set((d as { id: string }).id, d as object);
    this.send(this.socket, { op: 0, t, s: ++this.seq, d });
  }

  /** The server removed the bot (kicked, or the server deleted): GUILD_DELETE without `unavailable`. */
  removeFromGuild(guildId: string): void {
    this.left.add(guildId);
    this.dispatch('GUILD_DELETE', { id: guildId });
  }

  /** A Discord outage of the server: GUILD_DELETE with `unavailable: true` (the bot is still in it). */
  guildOutage(guildId: string): void {
    this.dispatch('GUILD_DELETE', { id: guildId, unavailable: true });
  }

  /** The bot added back to a server it left: GUILD_CREATE again, with the server as it was. */
  addBackToGuild(guildId: string): void {
    const payload = this.guildPayloads.get(guildId);
    if (!payload) throw new Error(`the fake gateway never sent guild ${guildId}`);
    this.left.delete(guildId);
    this.dispatch('GUILD_CREATE', { ...payload, joined_at: new Date().toISOString() });
  }

  /** Drops the connection without a clean close (as a network failure would). */
  drop(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  /** Resolves once the bot has sent a frame with this op code (after `after` frames). */
  async waitForOp(op: number, after = 0, timeoutMs = 10_000): Promise<GatewayFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(after).find((f) => f.op === op);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`the bot sent no op ${op} to the gateway`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  close(): void {
    this.socket?.terminate();
    for (const client of this.server.clients) client.terminate();
    this.server.close();
  }

  private send(socket: WebSocket, frame: GatewayFrame): void {
    socket.send(JSON.stringify({ s: null, t: null, ...frame }));
  }

  private connected(socket: WebSocket): void {
    this.socket = socket;
    socket.on('message', (raw) => this.frame(socket, JSON.parse(String(raw)) as GatewayFrame));
    this.send(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  private frame(socket: WebSocket, frame: GatewayFrame): void {
    this.received.push(frame);
    for (const wake of this.waiters.splice(0)) wake();
    const d = (frame.d ?? {}) as Record<string, unknown>;
    if (frame.op === 1) this.send(socket, { op: 11, d: null });
    if (frame.op === 2) this.identify(socket, d);
    if (frame.op === 6) this.resume(socket, d);
  }

  private identify(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.options.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    this.sessionId = `session-${++this.sessions}`;
    this.seq = 0;
    const guilds = this.options.guilds().filter((g) => !this.left.has((g as { id: string }).id));
    this.dispatch('READY', {
      v: 10,
      user: { ...this.options.botUser, discriminator: '0000', global_name: null, avatar: null, bot: true },
      guilds: guilds.map((g) => ({ id: (g as { id: string }).id, unavailable: true })),
      session_id: this.sessionId,
      resume_gateway_url: this.options.url(),
      shard: [0, 1],
      application: { id: this.options.applicationId, flags: 0 },
    });
    for (const guild of guilds) this.dispatch('GUILD_CREATE', guild);
  }

  private resume(socket: WebSocket, d: Record<string, unknown>): void {
    if (d.token !== this.options.token || d.session_id !== this.sessionId) {
      this.send(socket, { op: 9, d: false });
      return;
    }
    this.dispatch('RESUMED', {});
  }
}
