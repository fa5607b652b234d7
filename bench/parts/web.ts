// Part 11, the web view of the diagnostic (issue 23) for a network of 200 organisations and
// 100,000 exchanges (the digest part's generator, on the PostgreSQL server). (1) On the server:
// `webPages` answering a fresh link (cold: checks, gathers the figures, lays out the map,
// writes the HTML) and the same link again (its cache), then an HTTP GET through the real
// handler and security headers, for a fresh link each time (target < 200 ms). (2) In Debian's
// Chromium: from `page.goto` to the page's script saying it is ready (`dataset.ready`), with
// the navigation's DOMContentLoaded and load times (target < 1 s); skipped, and said, where
// Chromium is missing. (3) The spreadsheet of the same network (`diagnostic export`,
// web-export.ts; target < 2 s).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { webHandler } from '../../adapters/http/web-handler.ts';
import { createStore } from '../../db/store.ts';
import { currentPeriod } from '../../src/core/digest/digest-periods.ts';
import { webDiagnostic } from '../../src/core/digest/web/web-data.ts';
import { signWebLink, WEB_LINK_HOURS } from '../../src/core/digest/web/web-link.ts';
import { webPage } from '../../src/core/digest/web/web-page.ts';
import { type WebPages, webPages } from '../../src/core/digest/web/web-serve.ts';
import type { Network } from '../../src/core/model.ts';
import type { Clock, Logger, Store } from '../../src/core/ports.ts';
import { chromiumPath, launchChromium } from '../../test/support/chromium-launch.ts';
import { benchDatabase } from '../framework/bench-database.ts';
import { nowMs, type Samples, summarise } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';
import { loadNetworks, type NetworkShape, withoutPlainIndexes } from '../generate-network.ts';
import { measureExport } from './web-export.ts';

/** A Monday, 09:00 in Paris, as the digest part: the data's last day. */
const NOW = new Date('2026-11-16T08:00:00Z');
const SEED = 20261123;
const SECRET = 'a-bench-secret-that-is-at-least-32-characters-long';
const FULL = { shape: { members: 800, organisations: 200, exchanges: 100_000 }, warmUp: 2, runs: 10 };
const SMOKE = { shape: { members: 40, organisations: 6, exchanges: 1_000 }, warmUp: 1, runs: 3 };
type Scale = typeof FULL;

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const clock: Clock = { now: () => new Date(NOW) };
const round = (ms: number) => Math.round(ms * 10) / 10;

/** The generated network on a database of its own; returns it with its store. */
async function loadNetwork(context: PartContext, shape: NetworkShape) {
  const { server, loading } = await benchDatabase(context, 'web');
  let networkId = '';
  await withoutPlainIndexes(loading.main, ['exchanges', 'exchange_participants', 'members'], async () => {
    const [made] = await loadNetworks(loading, [{ index: 0, shape }], { seed: SEED, end: NOW });
    networkId = made?.networkId ?? '';
  });
  await loading.main`vacuum analyze`;
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
async function browserTimes(browser: Browser, origin: string, nextLink: () => string, scale: Scale) {
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

/** Where a cold page's time goes: gathering the figures (SQL, measures, map input) and writing the HTML. */
async function breakdown(store: Store, network: Network, scale: Scale) {
  const gather: number[] = [];
  const write: number[] = [];
  const period = currentPeriod(network.digestCron, network.timeZone, NOW);
  for (let i = 0; i < scale.warmUp + scale.runs; i += 1) {
    const started = nowMs();
    const view = await store.run((repos) =>
      webDiagnostic(repos, {
        network,
        locale: network.locale,
        now: NOW,
        expiresAt: new Date(NOW.getTime() + WEB_LINK_HOURS * 3_600_000),
        period,
        otherHref: '?lang=en',
      }),
    );
    const gathered = nowMs();
    webPage(view);
    if (i < scale.warmUp) continue;
    gather.push(gathered - started);
    write.push(nowMs() - gathered);
  }
  return { gather: summarise(gather), write: summarise(write) };
}

type Deps = Parameters<typeof webPages>[0];

/** Part (1): the page on the server, cold and cached, then over HTTP; returns the server's origin. */
async function measureServer(context: PartContext, deps: Deps, network: Network, scale: Scale) {
  const nextLink = linkMaker(network);
  const size = `${scale.shape.organisations} organisations, ${scale.shape.exchanges.toLocaleString('en')} exchanges`;
  const target = { op: '<' as const, limit: 200 };
  const ms = (metric: string, value: number, withTarget = false) =>
    context.record({ metric, value: round(value), unit: 'ms', ...(withTarget ? { target } : {}) });

  const server = await serverTimes(() => webPages(deps), nextLink, scale);
  ms(`page built, fresh link (${size}), median`, server.cold.median, true);
  ms(`page built, fresh link (${size}), p95`, server.cold.p95);
  ms('same link again (cached), median', server.cached.median);
  const split = await breakdown(deps.store, network, scale);
  ms('of which gathering the figures, median', split.gather.median);
  ms('of which writing the HTML, median', split.write.median);

  const { server: http, origin } = await listen(webPages(deps));
  context.cleanup(() => new Promise<void>((resolve) => http.close(() => resolve())));
  const get = await httpTimes(origin, nextLink, scale);
  ms('HTTP GET through the handler, fresh link, median', get.median, true);
  ms('HTTP GET through the handler, fresh link, p95', get.p95);
  const html = await (await fetch(`${origin}/d/${nextLink()}`)).text();
  context.detail('server', {
    ...server,
    split,
    http: get,
    htmlBytes: Buffer.byteLength(html),
    shape: scale.shape,
  });
  return { origin, nextLink };
}

/** Part (2): the page in Chromium, for a fresh link (built on demand) and for one already built. */
async function measureBrowser(context: PartContext, origin: string, nextLink: () => string, scale: Scale) {
  if (!chromiumPath()) {
    context.log('Chromium not found: the browser figures were SKIPPED (apt-get install chromium)');
    return;
  }
  const browser = await launchChromium();
  context.cleanup(() => browser.close());
  const fresh = await browserTimes(browser, origin, nextLink, scale);
  // The same link each time: the page comes from the server's cache, what remains is the browser's.
  const token = nextLink();
  const built = await browserTimes(browser, origin, () => token, scale);
  const ms = (metric: string, value: number, target?: number) =>
    context.record({
      metric,
      value: round(value),
      unit: 'ms',
      ...(target ? { target: { op: '<' as const, limit: target } } : {}),
    });
  ms('Chromium, goto to ready (fresh link), median', fresh.ready.median, 1000);
  ms('Chromium, goto to ready (fresh link), p95', fresh.ready.p95);
  ms('Chromium, DOMContentLoaded (fresh link), median', fresh.domContentLoaded.median);
  ms('Chromium, load (fresh link), median', fresh.load.median);
  ms('Chromium, goto to ready (page already built), median', built.ready.median);
  ms('Chromium, DOMContentLoaded (page already built), median', built.domContentLoaded.median);
  context.detail('browser', { freshLink: fresh, pageAlreadyBuilt: built });
}

export const webPart: BenchPart = {
  name: 'web',
  title: '11. Web view and spreadsheet of the diagnostic',
  inSuite: true,
  needsServer: true,
  async run(context) {
    const scale = context.smoke ? SMOKE : FULL;
    const { store, network } = await loadNetwork(context, scale.shape);
    const deps = { store, clock, logger: quiet, secret: SECRET };
    const { origin, nextLink } = await measureServer(context, deps, network, scale);
    await measureExport(context, store, network, NOW, scale);
    await measureBrowser(context, origin, nextLink, scale);
  },
};
