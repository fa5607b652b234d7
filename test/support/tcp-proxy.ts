// A TCP proxy between the bot and PostgreSQL that breaks the network the ways operators see
// it broken: a silent partition (nothing goes through, nothing is closed, until it heals), a
// database that refuses connections, and a connection cut right after a COMMIT reached the
// server, before its answer came back (the server commits; the client cannot know).
import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * Follows the client's side of the PostgreSQL protocol on one connection, to tell a COMMIT:
 * a simple query `commit`, or the execution of a statement prepared as `commit` (postgres.js
 * prepares it once per connection, then sends only its name).
 */
class CommitSpotter {
  private buffer = Buffer.alloc(0);
  private started = false;
  private readonly commitStatements = new Set<string>();
  private pending = false;

  /** Whether `chunk` completes a COMMIT (its Sync, or the simple query itself). */
  sees(chunk: Buffer): boolean {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    let committed = false;
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 4) break;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) break;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        if (code !== 80877103) this.started = true; // not an SSL request: the startup message
        continue;
      }
      if (this.buffer.length < 5) break;
      const type = String.fromCharCode(this.buffer[0] ?? 0);
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < length + 1) break;
      const body = this.buffer.subarray(5, length + 1);
      this.buffer = this.buffer.subarray(length + 1);
      const [first = '', second = ''] = body.toString('utf8').split('\0');
      if (type === 'Q' && /^\s*commit\s*;?\s*$/i.test(first)) committed = true;
      if (type === 'P' && /^\s*commit\s*;?\s*$/i.test(second)) this.commitStatements.add(first);
      if (type === 'B' && this.commitStatements.has(second)) this.pending = true;
      if (type === 'S' && this.pending) {
        this.pending = false;
        committed = true;
      }
    }
    return committed;
  }
}

interface Pair {
  client: Socket;
  server: Socket;
  /** Held back while the network is partitioned, sent when it heals. */
  held: Array<{ to: Socket; chunk: Buffer }>;
  /** Cut after a COMMIT: the server side is ended gently, so the COMMIT is delivered. */
  cut: boolean;
  commits: CommitSpotter;
}

export class TcpProxy {
  private readonly pairs = new Set<Pair>();
  private partitioned = false;
  private refusing = false;
  private cutAtCommit = false;
  /** How many times a connection was cut after its COMMIT went through. */
  cuts = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy: TcpProxy | undefined;
    const server = createServer((client) => proxy?.accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no proxy address');
    proxy = new TcpProxy(server, address.port);
    return proxy;
  }

  /** `url` with its host and port replaced by the proxy's. */
  url(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  private accept(client: Socket, target: { host: string; port: number }) {
    if (this.refusing) {
      client.destroy();
      return;
    }
    const server = connect(target.port, target.host);
    const pair: Pair = { client, server, held: [], cut: false, commits: new CommitSpotter() };
    this.pairs.add(pair);
    const end = () => {
      this.pairs.delete(pair);
      client.destroy();
      if (pair.cut) server.end();
      else server.destroy();
    };
    client.on('error', end).on('close', end);
    server.on('error', end).on('close', end);
    client.on('data', (chunk: Buffer) => {
      if (this.partitioned) return void pair.held.push({ to: server, chunk });
      server.write(chunk);
      if (pair.commits.sees(chunk) && this.cutAtCommit) {
        this.cutAtCommit = false;
        this.cuts += 1;
        // The COMMIT is on its way to the server; its answer never comes back.
        pair.cut = true;
        client.destroy();
      }
    });
    server.on('data', (chunk: Buffer) => {
      if (this.partitioned) return void pair.held.push({ to: client, chunk });
      if (!client.destroyed) client.write(chunk);
    });
  }

  /** Nothing goes through any more, and nothing is closed: a silent network partition. */
  partition(): void {
    this.partitioned = true;
  }

  heal(): void {
    this.partitioned = false;
    for (const pair of this.pairs) {
      for (const { to, chunk } of pair.held.splice(0)) if (!to.destroyed) to.write(chunk);
    }
  }

  /** The database is down: open connections are cut and new ones refused. */
  refuse(): void {
    this.refusing = true;
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.server.destroy();
    }
  }

  allow(): void {
    this.refusing = false;
  }

  /** The next COMMIT reaches the server, then its connection is cut before the answer. */
  cutAfterNextCommit(): void {
    this.cutAtCommit = true;
  }

  async close(): Promise<void> {
    this.refuse();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
