// The WebClient's `fetch` (adapters/slack/http-client.ts) against a local HTTP server: what the
// WebClient reads of a response, redirects refused, a timeout's abort, and bodies it leaves to
// Node's fetch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, slackFetch } from '../../adapters/slack/http-client.ts';

let server: Server;
let base: string;
const received: Array<{ path: string; type: string | undefined; body: string }> = [];

function answer(req: IncomingMessage, res: ServerResponse, body: string) {
  received.push({ path: req.url ?? '', type: req.headers['content-type'], body });
  if (req.url === '/api/moved') return res.writeHead(302, { location: '/api/elsewhere' }).end();
  if (req.url === '/api/slow') return; // never answers
  if (req.url === '/api/limited') return res.writeHead(429, { 'retry-after': '3' }).end();
  res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write,im:write' });
  res.end(JSON.stringify({ ok: true, echo: body }));
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => answer(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the Slack adapter’s fetch', () => {
  it('posts a form body and gives the status, headers, text and JSON the WebClient reads', async () => {
    const response = await slackFetch(`${base}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer x' },
      body: 'channel=U1&text=%C3%89change',
      redirect: 'error',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-oauth-scopes')).toBe('chat:write,im:write');
    expect(await response.json()).toEqual({ ok: true, echo: 'channel=U1&text=%C3%89change' });
    expect(received.at(-1)).toMatchObject({
      path: '/api/chat.postMessage',
      type: 'application/x-www-form-urlencoded',
    });
  });

  it('gives a 429 with its Retry-After, for the WebClient to wait', async () => {
    const response = await slackFetch(`${base}limited`, { method: 'POST', body: 'a=1' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
  });

  it('refuses a redirect when asked to', async () => {
    await expect(
      slackFetch(`${base}moved`, { method: 'POST', body: 'a=1', redirect: 'error' }),
    ).rejects.toThrow(/redirected/);
  });

  it('gives up when the signal aborts', async () => {
    const call = slackFetch(`${base}slow`, { method: 'POST', body: 'a=1', signal: AbortSignal.timeout(100) });
    await expect(call).rejects.toThrow();
  });

  it('leaves other bodies (a file upload’s form data) to Node’s fetch', async () => {
    const form = new FormData();
    form.append('file', new Blob(['contenu']), 'export.json');
    const response = await slackFetch(`${base}files.upload`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(received.at(-1)?.type).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('posts JSON to a response_url and gives the status', async () => {
    expect(await postJson(`${base}response`, { text: 'Réponse' })).toBe(200);
    expect(received.at(-1)).toMatchObject({ type: 'application/json', body: '{"text":"Réponse"}' });
  });
});
