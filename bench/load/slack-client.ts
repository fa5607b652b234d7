// What Slack sends a Slack app over HTTP, signed as Slack signs it (the signing secret of
// test/slack), through a keep-alive connection pool of node:http: slash commands and button
// clicks. The answer to each is awaited at the app's HTTP answer (the ack) and at the fake
// Slack's response_url endpoint (the reply).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { FakeSlack, FakeUser, ResponseUrlCall } from '../../test/slack/fake-slack.ts';
import { blocksText, commandPayload, signature } from '../../test/slack/slack-bot.ts';
import { Arrivals } from './arrivals.ts';
import type { Outcome } from './load-shapes.ts';

export interface Ack {
  status: number;
  /** performance.now() when the answer ended. */
  at: number;
}

export class SlackClient {
  /** A few of the unexpected replies received (their first words), to tell what went wrong. */
  readonly unexpected: string[] = [];
  private agent = newAgent();
  private readonly replies: Arrivals<ResponseUrlCall>;
  private counter = 0;

  constructor(
    readonly fake: FakeSlack,
    private readonly label: string,
  ) {
    this.replies = new Arrivals(fake.responses, (r) => r.url);
  }

  /** A response_url of the fake Slack no other request uses. */
  newResponseUrl(): string {
    this.counter += 1;
    return `${this.fake.url}/response/${this.label}-${this.counter}`;
  }

  /** POSTs a signed body to an app's /slack/events; resolves at the end of its answer. */
  post(port: number, body: string, options: { retryNum?: number } = {}): Promise<Ack> {
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string | number> = {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature(body, timestamp),
    };
    if (options.retryNum !== undefined) {
      headers['x-slack-retry-num'] = options.retryNum;
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    return new Promise((resolve, reject) => {
      const sent = request(
        { host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers, agent: this.agent },
        (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, at: performance.now() }));
          response.on('error', reject);
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
  }

  /** The reply posted to `url`, or undefined after `timeoutMs`. */
  reply(url: string, timeoutMs: number): Promise<ResponseUrlCall | undefined> {
    return this.replies.wait(url, timeoutMs);
  }

  /**
   * Sends `body` (whose response_url is `url`) and awaits its ack and its reply; latencies
   * from `from` (the due time in an open loop). `expected` tells a right reply from a wrong one.
   */
  async exchange(
    port: number,
    body: string,
    url: string,
    from: number,
    options: { timeoutMs: number; expected?: (reply: ResponseUrlCall) => boolean },
  ): Promise<Outcome> {
    const replied = this.reply(url, options.timeoutMs);
    let ack: Ack;
    try {
      ack = await this.post(port, body);
    } catch (error) {
      // Refused at the connection: no reply to wait for (the waiter lapses on its own).
      return { failed: true, failure: `connection ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
    }
    const reply = await replied;
    const outcome: Outcome = { ackMs: ack.at - from };
    if (ack.status !== 200) Object.assign(outcome, { failed: true, failure: `ack ${ack.status}` });
    if (!reply) {
      outcome.unanswered = true;
      outcome.replyMs = performance.now() - from;
      return outcome;
    }
    outcome.replyMs = reply.at - from;
    if (options.expected && !options.expected(reply) && !outcome.failed) {
      Object.assign(outcome, { failed: true, failure: 'unexpected reply' });
      if (this.unexpected.length < 5) this.unexpected.push(blocksText(reply.body).slice(0, 160));
    }
    return outcome;
  }

  /** Fresh connections (between loads: an idle pooled socket the server closed would fail a request). */
  resetConnections(): void {
    this.agent.destroy();
    this.agent = newAgent();
    this.replies.clear();
  }

  stop(): void {
    this.agent.destroy();
    this.replies.stop();
  }
}

const newAgent = () => new Agent({ keepAlive: true, maxSockets: 512 });

/** A slash command's form body, as test/slack's harness builds it. */
export function commandBody(
  fake: FakeSlack,
  user: FakeUser,
  text: string,
  ids: { responseUrl: string; triggerId: string },
): string {
  return new URLSearchParams(commandPayload(fake, text, { user, ...ids }).fields).toString();
}
