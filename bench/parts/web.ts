// Part 11, the web view of the diagnostic (issue 23) for a network of 200 organisations and
// 100,000 exchanges (the digest part's generator, on the PostgreSQL server). (1) On the server:
// `webPages` answering a fresh link (cold: checks, gathers the figures, lays out the map,
// writes the HTML) and the same link again (its cache), then an HTTP GET through the real
// handler and security headers, for a fresh link each time (target < 200 ms). (2) In Debian's
// Chromium: from `page.goto` to the page's script saying it is ready (`dataset.ready`), with
// the navigation's DOMContentLoaded and load times (target < 1 s); skipped, and said, where
// Chromium is missing.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import postgres from 'postgres';
import { webHandler } from '../../adapters/http/web-handler.ts';
import { openServer } from '../../db/client.ts';
import { createStore } from '../../db/store.ts';
import { signWebLink, WEB_LINK_HOURS } from '../../src/core/digest/web/web-link.ts';
import { type WebPages, webPages } from '../../src/core/digest/web/web-serve.ts';
import type { Network } from '../../src/core/model.ts';
import type { Clock, Logger } from '../../src/core/ports.ts';
import { nowMs, type Samples, summarise } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { createScratchDatabase } from '../framework/scratch-database.ts';
import {
  loadNetworks,
  type NetworkShape,
  skipForeignKeyChecks,
  withoutPlainIndexes,
} from '../generate-network.ts';

/** A Monday, 09:00 in Paris, as the digest part: the data's last day. */
const NOW = new Date('2026-11-16T08:00:00Z');
const SEED = 20261123;
const SECRET = 'a-bench-secret-that-is-at-least-32-characters-long';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const FULL = { shape: { members: 800, organisations: 200, exchanges: 100_000 }, warmUp: 2, runs: 10 };
const SMOKE = { shape: { members: 40, organisations: 6, exchanges: 1_000 }, warmUp: 1, runs: 3 };
type Scale = typeof FULL;

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const clock: Clock = { now: () => new Date(NOW) };
const round = (ms: number) => Math.round(ms * 10) / 10;

/** The generated network on a database of its own; returns it with its store. */
async function loadNetwork(context: PartContext, shape: NetworkShape) {
  const scratch = await createScratchDatabase(context.serverUrl, 'web');
  context.cleanup(() => scratch.drop());
  const server = await openServer(scratch.url, { max: 4 });
  context.cleanup(() => server.close());
  await server.migrate();
  const connect = () => {
    const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
    context.cleanup(() => sql.end());
    return sql;
  };
  const main = connect();
  const second = connect();
  const parallel = (await skipForeignKeyChecks(main)) && (await skipForeignKeyChecks(second));
  let networkId = '';
  await withoutPlainIndexes(main, ['exchanges', 'exchange_participants', 'members'], async () => {
    const [made] = await loadNetworks({ main, second, parallel }, [{ index: 0, shape }], {
      seed: SEED,
      end: NOW,
    });
    networkId = made?.networkId ?? '';
  });
  await main`vacuum analyze`;
  const store = createStore(server.db);
  const network = await store.run((repos) => repos.networks.get(networkId));
  if (!network) throw new Error('the generated network is missing');
  return { store, network };
}

/** A fresh link each call (its expiry a second later than the last): never in a cache. */
function linkMaker(network: Network) {
  let n = 0;
  return () => {
    n += 1;
    return signWebLink(SECRET, {
      networkId: network.id,
      generation: network.webLinkGeneration,
      expiresAt: new Date(NOW.getTime() + WEB_LINK_HOURS * 3_600_000 + n * 1000),
    });
  };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = nowMs();
  await work();
  return nowMs() - started;
}

/** Cold (a fresh `webPages`, as after a start, and a fresh link) and cached (the same link again). */
async function serverTimes(pages: () => WebPages, nextLink: () => string, scale: Scale) {
  const cold: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < scale.warmUp + scale.runs; i += 1) {
    const serve = pages();
    const token = nextLink();
    const first = await timed(async () => expectPage(await serve(token, undefined)));
    const again = await timed(async () => expectPage(await serve(token, undefined)));
    if (i >= scale.warmUp) {
      cold.push(first);
      cached.push(again);
    }
  }
  return { cold: summarise(cold), cached: summarise(cached) };
}

function expectPage(response: { status: number; html: string }) {
  if (response.status !== 200 || !response.html.includes('data-map'))
    throw new Error(`the web view answered ${response.status} without its map`);
}

async function listen(pages: WebPages): Promise<{ server: Server; origin: string }> {
  const server = createServer(webHandler(pages, quiet));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function httpTimes(origin: string, nextLink: () => string, scale: Scale): Promise<Samples> {
  const samples: number[] = [];
  for (let i = 0; i < scale.warmUp + scale.runs; i += 1) {
    const url = `${origin}/d/${nextLink()}`;
    const ms = await timed(async () => {
      const response = await fetch(url);
      const html = await response.text();
      if (response.status !== 200 || !html.includes('data-map'))
        throw new Error(`GET answered ${response.status}`);
    });
    if (i >= scale.warmUp) samples.push(ms);
  }
  return summarise(samples);
}

/** From `page.goto` to `dataset.ready`, a fresh link and a fresh page each time. */
async function browserTimes(context: PartContext, origin: string, nextLink: () => string, scale: Scale) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  context.cleanup(() => browser.close());
  const ready: number[] = [];
  const domContentLoaded: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < scale.warmUp + scale.runs; i += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const started = nowMs();
    await page.goto(`${origin}/d/${nextLink()}`, { waitUntil: 'commit' });
    await page.waitForFunction("document.documentElement.dataset.ready === '1'", null, { timeout: 10_000 });
    const readyMs = nowMs() - started;
    await page.waitForLoadState('load');
    const timing = await page.evaluate<{ dcl: number; load: number }>(
      "(() => { const n = performance.getEntriesByType('navigation')[0]; return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd }; })()",
    );
    await page.close();
    if (i < scale.warmUp) continue;
    ready.push(readyMs);
    domContentLoaded.push(timing.dcl);
    load.push(timing.load);
  }
  return { ready: summarise(ready), domContentLoaded: summarise(domContentLoaded), load: summarise(load) };
}

export const webPart: BenchPart = {
  name: 'web',
  title: '11. Web view of the diagnostic',
  inSuite: true,
  needsServer: true,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    const { store, network } = await loadNetwork(context, scale.shape);
    const size = `${scale.shape.organisations} organisations, ${scale.shape.exchanges.toLocaleString('en')} exchanges`;
    const nextLink = linkMaker(network);
    const deps = { store, clock, logger: quiet, secret: SECRET };

    const server = await serverTimes(() => webPages(deps), nextLink, scale);
    const target = { op: '<' as const, limit: 200 };
    context.record({
      metric: `page built, fresh link (${size}), median`,
      value: round(server.cold.median),
      unit: 'ms',
      target,
    });
    context.record({
      metric: `page built, fresh link (${size}), p95`,
      value: round(server.cold.p95),
      unit: 'ms',
    });
    context.record({
      metric: `same link again (cached), median`,
      value: round(server.cached.median),
      unit: 'ms',
    });

    const { server: http, origin } = await listen(webPages(deps));
    context.cleanup(() => new Promise<void>((resolve) => http.close(() => resolve())));
    const get = await httpTimes(origin, nextLink, scale);
    context.record({
      metric: `HTTP GET through the handler, fresh link, median`,
      value: round(get.median),
      unit: 'ms',
      target,
    });
    context.record({
      metric: `HTTP GET through the handler, fresh link, p95`,
      value: round(get.p95),
      unit: 'ms',
    });
    const html = await (await fetch(`${origin}/d/${nextLink()}`)).text();
    context.detail('server', {
      ...server,
      http: get,
      htmlBytes: Buffer.byteLength(html),
      shape: scale.shape,
    });

    if (!existsSync(CHROMIUM)) {
      context.log(
        `Chromium not found at ${CHROMIUM}: the browser figures were SKIPPED (apt-get install chromium)`,
      );
      return;
    }
    const browser = await browserTimes(context, origin, nextLink, scale);
    context.record({
      metric: `Chromium, goto to ready (fresh link), median`,
      value: round(browser.ready.median),
      unit: 'ms',
      target: { op: '<', limit: 1000 },
    });
    context.record({ metric: `Chromium, goto to ready, p95`, value: round(browser.ready.p95), unit: 'ms' });
    context.record({
      metric: `Chromium, DOMContentLoaded, median`,
      value: round(browser.domContentLoaded.median),
      unit: 'ms',
    });
    context.record({ metric: `Chromium, load, median`, value: round(browser.load.median), unit: 'ms' });
    context.detail('browser', browser);
  },
};
