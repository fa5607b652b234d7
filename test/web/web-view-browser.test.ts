// The web view in a real browser (Debian's Chromium through playwright-core): the app started
// with the shell as `npm start` starts it, `demo` then `diagnostic web`, and the link opened.
// The page must work under its own Content-Security-Policy (no console error, nothing loaded
// from another origin), draw its map, charts and figures, zoom, show tooltips, fit a phone,
// print without its buttons; refused links show the refusal page and nothing of the network.
// PGlite only: what is tested here is the page in the browser, not SQL (web-view.test.ts
// covers the server database), and one browser and one app serve the whole file.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { type OpenDatabase, openEmbedded } from '../../db/client.ts';
import { describeBrowser, launchChromium } from '../support/chromium.ts';
import { FakeClock } from '../support/fakes.ts';
import { type ShellApp, startShellApp } from '../support/shell-app.ts';

const LINK = /http:\/\/127\.0\.0\.1:\d+\/d\/[0-9a-f]+/;
const DEMO_ORGANISATIONS = [
  'Club de prévention Les Linandes',
  'Programme de Réussite Éducative de Cergy',
  'Centre social des Touleuses',
  'Mission locale de Cergy',
  'Collège Les Explorateurs',
];
const DEMO_NETWORK = 'Réseau de démonstration';
const DESKTOP = { width: 1280, height: 900 };

interface Visit {
  page: Page;
  response: Response | null;
  /** Every URL the page asked for. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

describeBrowser('the web view in Chromium', () => {
  const clock = new FakeClock(new Date());
  let shell: ShellApp | undefined;
  let browser: Browser | undefined;
  let desktop: BrowserContext | undefined;
  let database: OpenDatabase | undefined;
  let demoLink = '';

  const type = (line: string, answer: RegExp) => {
    if (!shell) throw new Error('the shell has not started');
    return shell.type(line, answer);
  };
  const linkIn = (said: string) => said.match(LINK)?.[0] ?? '';

  /** Opens a URL in a page of its own, recording its requests and its console errors. */
  const visit = async (
    url: string,
    viewport = DESKTOP,
    waitUntil: 'load' | 'commit' = 'load',
  ): Promise<Visit> => {
    if (!browser || !desktop) throw new Error('Chromium not started');
    // Pages of one context are cheaper than a context per page; a phone gets its own.
    const page = viewport === DESKTOP ? await desktop.newPage() : await browser.newPage({ viewport });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(url, { waitUntil });
    return { page, response, requests, errors };
  };

  /**
   * Nothing from another origin, no console error; then the page is closed. A refused link's
   * own status (404, 410) is logged by Chromium as an error: that one is meant.
   */
  const closeClean = async ({ page, response, requests, errors }: Visit, origin: string) => {
    await page.close();
    const status = response?.status() ?? 0;
    const meant = (error: string) =>
      status >= 400 && error.includes(`status of ${status}`) && error.endsWith(`(${response?.url()})`);
    expect(errors.filter((error) => !meant(error))).toEqual([]);
    for (const url of requests) expect(url.startsWith(`${origin}/`), url).toBe(true);
  };

  beforeAll(async () => {
    const started = launchChromium();
    database = await openEmbedded(null, { loadDataDir: new Blob([readFileSync(inject('pgliteDump'))]) });
    shell = await startShellApp(database.db, { clock, processId: 'web-view-browser-test' });
    await type('demo', /Réseau de démonstration prêt/);
    demoLink = linkIn(await type('diagnostic web', /\/d\/[0-9a-f]+/));
    browser = await started;
    desktop = await browser.newContext({ viewport: DESKTOP });
  });

  afterAll(async () => {
    await browser?.close();
    await shell?.close();
    await database?.close();
  });

  it('loads under its security headers and is ready within a second', async () => {
    const visited = await visit(demoLink, DESKTOP, 'commit');
    const { page, response } = visited;
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await page.waitForFunction("document.documentElement.dataset.ready === '1'", null, {
      timeout: 1_000,
    });
    await page.waitForLoadState('load');
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr');
    await closeClean(visited, new URL(demoLink).origin);
  });

  // Without a <link rel="icon">, Chromium asks for /favicon.ico after the load; answered 404,
  // it logs "Failed to load resource" in the console on every visit (not always before a test
  // has closed its page: this test asks the question directly).
  it('gives the browser an icon or answers /favicon.ico (no 404 in the console)', async () => {
    const visited = await visit(demoLink);
    const declared = await visited.page.evaluate<string | null>(
      "document.querySelector('link[rel~=\"icon\"]')?.getAttribute('href') ?? null",
    );
    const origin = new URL(demoLink).origin;
    await closeClean(visited, origin);
    if (declared === null) expect((await fetch(`${origin}/favicon.ico`)).status).toBeLessThan(400);
    else expect(declared).toMatch(/^(data:|\/)/);
  });

  it('draws one node per organisation, names it on hover, and zooms', async () => {
    const visited = await visit(demoLink);
    const { page } = visited;
    const nodes = page.locator('#map-frame svg circle[data-name]');
    expect(await nodes.count()).toBe(DEMO_ORGANISATIONS.length);
    const names = await nodes.evaluateAll((all) => all.map((n) => n.getAttribute('data-name')));
    expect(names.sort()).toEqual([...DEMO_ORGANISATIONS].sort());

    const tooltip = page.locator('#map-frame .map-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    const first = nodes.first();
    await first.hover({ force: true });
    await expect.poll(() => tooltip.isVisible(), { timeout: 1_000 }).toBe(true);
    expect(await tooltip.textContent()).toBe(await first.getAttribute('data-name'));

    const map = page.locator('#map-frame svg');
    const before = await map.getAttribute('viewBox');
    await page.locator('[data-zoom="in"]').click();
    const zoomed = await map.getAttribute('viewBox');
    expect(zoomed).not.toBe(before);
    const [, , widthBefore] = (before ?? '').split(/[\s,]+/).map(Number);
    const [, , widthAfter] = (zoomed ?? '').split(/[\s,]+/).map(Number);
    expect(widthAfter).toBeLessThan(widthBefore as number);
    await page.locator('[data-zoom="reset"]').click();
    expect(await map.getAttribute('viewBox')).toBe(before);
    await closeClean(visited, new URL(demoLink).origin);
  });

  it('shows the headline figures and the trend charts with their text', async () => {
    const visited = await visit(demoLink);
    const { page } = visited;
    const figures = page.locator('#headline .figure');
    expect(await figures.count()).toBeGreaterThanOrEqual(3);
    for (const value of await page.locator('#headline .figure-value').allTextContents())
      expect(value).toMatch(/\d/);
    for (const label of await page.locator('#headline .figure-label').allTextContents())
      expect(label.trim()).not.toBe('');
    const charts = page.locator('#trend svg.chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(1);
    for (const text of await charts.allTextContents()) expect(text).toMatch(/\d/);
    const box = await charts.first().boundingBox();
    expect(box?.width).toBeGreaterThan(200);
    expect(box?.height).toBeGreaterThan(50);
    await closeClean(visited, new URL(demoLink).origin);
  });

  it('paints a screenshot of the viewport with a coloured map', async () => {
    const visited = await visit(demoLink);
    const { page } = visited;
    await page.locator('#map-frame').scrollIntoViewIfNeeded();
    const png = PNG.sync.read(await page.screenshot({ type: 'png' }));
    expect([png.width, png.height]).toEqual([DESKTOP.width, DESKTOP.height]);
    const box = await page.locator('#map-frame').boundingBox();
    if (!box) throw new Error('the map has no box');
    let coloured = 0;
    const colours = new Set<number>();
    const [left, top] = [Math.max(0, Math.floor(box.x)), Math.max(0, Math.floor(box.y))];
    const right = Math.min(png.width, Math.floor(box.x + box.width));
    const bottom = Math.min(png.height, Math.floor(box.y + box.height));
    for (let y = top; y < bottom; y++)
      for (let x = left; x < right; x++) {
        const at = (y * png.width + x) * 4;
        const [r, g, b] = [png.data[at] ?? 0, png.data[at + 1] ?? 0, png.data[at + 2] ?? 0];
        if (r < 240 || g < 240 || b < 240) coloured++;
        colours.add((r << 16) | (g << 8) | b);
      }
    expect(right - left).toBeGreaterThan(300);
    expect(bottom - top).toBeGreaterThan(200);
    expect(coloured).toBeGreaterThan(2_000);
    expect(colours.size).toBeGreaterThanOrEqual(20);
    await closeClean(visited, new URL(demoLink).origin);
  });

  it('fits a phone without a horizontal scroll', async () => {
    const visited = await visit(demoLink, { width: 375, height: 740 });
    const width = await visited.page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(376);
    await closeClean(visited, new URL(demoLink).origin);
  });

  it('prints to a PDF, its buttons hidden', async () => {
    const visited = await visit(demoLink);
    const { page } = visited;
    await page.emulateMedia({ media: 'print' });
    const displays = await page.evaluate<string[]>(
      "[...document.querySelectorAll('button')].map((b) => getComputedStyle(b).display)",
    );
    expect(displays.length).toBeGreaterThanOrEqual(3);
    expect(new Set(displays)).toEqual(new Set(['none']));
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await closeClean(visited, new URL(demoLink).origin);
  });

  it('serves the English page in English', async () => {
    const visited = await visit(`${demoLink}?lang=en`);
    expect(visited.response?.status()).toBe(200);
    expect(await visited.page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await visited.page.locator('h1').textContent()).toMatch(/[Dd]igest/);
    await closeClean(visited, new URL(demoLink).origin);
  });

  it('shows a forged link the refusal page and nothing of the network', async () => {
    const last = demoLink.at(-1) === '0' ? '1' : '0';
    const visited = await visit(demoLink.slice(0, -1) + last);
    expect(visited.response?.status()).toBe(404);
    const text = await visited.page.locator('body').innerText();
    expect(text).toContain('Ce lien n’est pas valide.');
    expect(text).toContain('diagnostic web');
    for (const name of [...DEMO_ORGANISATIONS, DEMO_NETWORK]) expect(text).not.toContain(name);
    expect(await visited.page.locator('svg').count()).toBe(0);
    await closeClean(visited, new URL(demoLink).origin);
  });

  it("shows another network's link none of the demo's organisations", async () => {
    await type('demo sortir', /./);
    const ownLink = linkIn(await type('diagnostic web', /\/d\/[0-9a-f]+/));
    expect(ownLink).not.toBe('');
    expect(ownLink).not.toBe(demoLink);
    const visited = await visit(ownLink);
    expect(visited.response?.status()).toBe(200);
    const text = await visited.page.locator('body').innerText();
    for (const name of [...DEMO_ORGANISATIONS, DEMO_NETWORK]) expect(text).not.toContain(name);
    expect(await visited.page.locator('#map-frame svg circle[data-name]').count()).toBe(0);
    await closeClean(visited, new URL(ownLink).origin);
  });

  // Last: the clock moves on a day, every link given so far has expired.
  it('shows an expired link the refusal page in the browser', async () => {
    clock.advance(24 * 3_600_000);
    const visited = await visit(demoLink);
    expect(visited.response?.status()).toBe(410);
    const text = await visited.page.locator('body').innerText();
    expect(text).toContain('Ce lien a expiré.');
    expect(text).toContain('24 heures');
    for (const name of DEMO_ORGANISATIONS) expect(text).not.toContain(name);
    await closeClean(visited, new URL(demoLink).origin);
  });
});
