// Posting to a response_url (hooks.slack.com) with node:http(s) over kept-alive connections.
// Node's fetch costs several times the CPU of a plain request for these small posts (about
// 0.6–1 ms more per answer on the benchmark machine, see bench/README.md), and every command
// and click is answered through one.
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** As long as a Web API call may take (WebClient's timeout): a hung post must not hold an answer. */
const TIMEOUT_MS = 15_000;

/** Idle connections are closed after 4 s, before the usual 5 s of servers (a Keep-Alive hint shortens it). */
const pool = { keepAlive: true, timeout: 4000 };
const agents = { http: new HttpAgent(pool), https: new HttpsAgent(pool) };

function post(target: URL, body: string, retried: boolean): Promise<number> {
  const secure = target.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const sent = (secure ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    sent.on('timeout', () => sent.destroy(new Error('response_url did not answer in time')));
    sent.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed meanwhile: once more on a new one (as Node advises).
      if (!retried && sent.reusedSocket && error.code === 'ECONNRESET') resolve(post(target, body, true));
      else reject(error);
    });
    sent.end(body);
  });
}

/** POSTs `payload` as JSON to `url`; resolves with the HTTP status, rejects when nothing came back. */
export function postJson(url: string, payload: unknown): Promise<number> {
  return post(new URL(url), JSON.stringify(payload), false);
}
