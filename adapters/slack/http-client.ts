// HTTP for the Slack adapter: node:http(s) over kept-alive connections, for the answers posted
// to a response_url and, given to the WebClient as its `fetch`, for the Web API calls (a
// command naming three people is three chat.postMessage). Node's fetch costs several times
// the CPU of a plain request for these small posts: in `npm run bench -- slack`, fetch and its
// streams were about a fifth of the bot's CPU. Bodies other than text (file uploads) still go
// through Node's fetch.
import type { IncomingHttpHeaders } from 'node:http';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** As long as a Web API call may take (WebClient's timeout): a hung post must not hold an answer. */
const TIMEOUT_MS = 15_000;

/** Idle connections are closed after 4 s, before the usual 5 s of servers (a Keep-Alive hint shortens it). */
const pool = { keepAlive: true, timeout: 4000 };
const agents = { http: new HttpAgent(pool), https: new HttpsAgent(pool) };

interface Sent {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

interface Outgoing {
  method: string;
  headers: Record<string, string>;
  body: string;
  signal?: AbortSignal | null | undefined;
}

/**
 * `resend`: once more on a new connection when a kept-alive one turns out closed. Not for a
 * scheduled post: a connection cut after the server read the request looks the same, and
 * the post would go out twice unchecked (the scheduler retries it, looking first).
 */
function send(target: URL, outgoing: Outgoing, resend: boolean): Promise<Sent> {
  const secure = target.protocol === 'https:';
  const { signal } = outgoing;
  return new Promise((resolve, reject) => {
    const sent = (secure ? httpsRequest : httpRequest)(
      target,
      {
        method: outgoing.method,
        agent: secure ? agents.https : agents.http,
        headers: { ...outgoing.headers, 'content-length': String(Buffer.byteLength(outgoing.body)) },
        timeout: TIMEOUT_MS,
        ...(signal ? { signal } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            statusText: response.statusMessage ?? '',
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    sent.on('timeout', () => sent.destroy(new Error('Slack did not answer in time')));
    sent.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed meanwhile: once more on a new one (as Node advises).
      if (resend && sent.reusedSocket && error.code === 'ECONNRESET') resolve(send(target, outgoing, false));
      else reject(error);
    });
    sent.end(outgoing.body);
  });
}

/** POSTs `payload` as JSON to `url`; resolves with the HTTP status, rejects when nothing came back. */
export async function postJson(url: string, payload: unknown): Promise<number> {
  const body = JSON.stringify(payload);
  const sent = await send(
    new URL(url),
    { method: 'POST', headers: { 'content-type': 'application/json' }, body },
    true,
  );
  return sent.status;
}

function headersOf(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/**
 * The part of `fetch` the WebClient uses (status, headers, text, JSON, bytes), for text bodies;
 * anything else is left to Node's fetch. A redirect is an error, as the WebClient asks.
 * `resend`: see send().
 */
const fetchOver =
  (resend: boolean): typeof fetch =>
  async (input, init) => {
    const body = init?.body;
    if (typeof body !== 'string' || !(typeof input === 'string' || input instanceof URL))
      return fetch(input, init);
    const url = new URL(input);
    const sent = await send(
      url,
      {
        method: init?.method ?? 'GET',
        headers: Object.fromEntries(new Headers(init?.headers).entries()),
        body,
        signal: init?.signal,
      },
      resend,
    );
    if (init?.redirect === 'error' && sent.status >= 300 && sent.status < 400)
      throw new TypeError(`redirected from ${url.origin}${url.pathname}`);
    const text = () => sent.body.toString('utf8');
    const response = {
      status: sent.status,
      statusText: sent.statusText,
      ok: sent.status >= 200 && sent.status < 300,
      url: url.href,
      headers: headersOf(sent.headers),
      text: async () => text(),
      json: async () => JSON.parse(text()) as unknown,
      arrayBuffer: async () => new Uint8Array(sent.body).buffer,
    };
    return response as unknown as Response;
  };

/** For the Web API client of users' requests. */
export const slackFetch = fetchOver(true);
/** For scheduled posts: a request is sent once; a lost answer goes back to the scheduler. */
export const slackFetchOnce = fetchOver(false);
