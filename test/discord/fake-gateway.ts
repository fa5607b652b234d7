// The gateway half of the fake Discord: a websocket speaking Discord's gateway protocol as
// discord.js expects it — HELLO, heartbeat ACKs, IDENTIFY → READY then GUILD_CREATE for each
// guild, RESUME → RESUMED — plus dispatching events and dropping the connection on demand.
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
    this.send(this.socket, { op: 0, t, s: ++this.seq, d });
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
    const guilds = this.options.guilds();
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
