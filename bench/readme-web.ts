// The README's picture of the web view (docs/digest-web.png): the real page writer and
// assets, served under the real security headers and taken in Debian's Chromium, over
// illustrative figures (the tests' view model, with the README map's network and the
// labels web-data.ts gives): `npx tsx bench/readme-web.ts` (needs /usr/bin/chromium).
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECURITY_HEADERS } from '../adapters/http/web-handler.ts';
import { WEB_ASSETS } from '../src/core/digest/web/web-assets.ts';
import { webDataMessages as m } from '../src/core/digest/web/web-data-messages.ts';
import { webPage } from '../src/core/digest/web/web-page.ts';
import type { MeasureFigure } from '../src/core/digest/web/web-view.ts';
import { sayer } from '../src/core/i18n/index.ts';
import { launchChromium } from '../test/support/chromium-launch.ts';
import { webViewFixture } from '../test/support/web-view-fixture.ts';
import { readmeMapInput } from './readme-network.ts';

const say = sayer('fr');
const fixture = webViewFixture();
const measures: MeasureFigure[] = [
  {
    key: 'linked',
    label: say(m.linked),
    value: '38',
    previous: '35',
    help: say(m.linkedHelp, { organisations: 45 }),
  },
  { key: 'ties', label: say(m.ties), value: '74', previous: '69', help: say(m.tiesHelp) },
  { key: 'density', label: say(m.density), value: '0,07', previous: '0,07', help: say(m.densityHelp) },
  {
    key: 'crossShare',
    label: say(m.crossShare),
    value: '81\u202f%',
    previous: '77\u202f%',
    help: say(m.crossShareHelp),
  },
  { key: 'eiIndex', label: say(m.eiIndex), value: '+0,62', previous: '+0,54', help: say(m.eiHelp) },
];
const html = webPage({
  ...fixture,
  networkName: 'Réseau de Cergy',
  title: 'Diagnostic permanent — novembre 2026',
  periodLabel: '1er au 30 novembre 2026',
  previousLabel: '1er au 31 octobre 2026',
  partial: false,
  generatedAt: 'lundi 7 décembre 2026 à 10 h 12',
  expiresAt: 'mardi 8 décembre 2026 à 10 h 12',
  headline: [
    { key: 'exchanges', label: say(m.exchanges), value: 112, previous: 97 },
    { key: 'members', label: say(m.members), value: 64, previous: 58 },
    { key: 'organisations', label: say(m.organisations), value: 38, previous: 35 },
    { key: 'newTies', label: say(m.newTies), value: 6, previous: undefined },
  ],
  measures,
  trend: {
    months: ['juin 2026', 'juil. 2026', 'août 2026', 'sept. 2026', 'oct. 2026', 'nov. 2026'],
    lastPartial: false,
    series: [
      {
        key: 'organisations',
        label: say(m.seriesOrganisations),
        unit: 'count',
        values: [40, 41, 41, 43, 45, 45],
      },
      { key: 'linked', label: say(m.seriesLinked), unit: 'count', values: [29, 27, 22, 33, 35, 38] },
      { key: 'ties', label: say(m.seriesTies), unit: 'count', values: [52, 49, 37, 63, 69, 74] },
      { key: 'crossTies', label: say(m.seriesCross), unit: 'count', values: [38, 37, 27, 48, 53, 60] },
      { key: 'withinTies', label: say(m.seriesWithin), unit: 'count', values: [14, 12, 10, 15, 16, 14] },
      {
        key: 'density',
        label: say(m.seriesDensity),
        unit: 'ratio',
        values: [0.07, 0.06, 0.05, 0.07, 0.07, 0.07],
      },
    ],
  },
  map: readmeMapInput(),
  mapLabel: say(m.mapLabel, { days: 90, to: 'lundi 30 novembre 2026' }),
});
const server = createServer((req, res) => {
  const asset = WEB_ASSETS[(req.url ?? '').replace('/d/assets/', '')];
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': asset?.type ?? 'text/html; charset=utf-8' });
  res.end(asset?.body ?? html);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1700 } });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/d/readme`);
  await page.waitForFunction("document.documentElement.dataset.ready === '1'");
  const shot = await page.screenshot({ type: 'png' });
  writeFileSync(new URL('../docs/digest-web.png', import.meta.url), shot);
  console.log(`docs/digest-web.png: ${shot.length} bytes`);
  if (process.argv.includes('--full')) {
    writeFileSync('/tmp/digest-web-full.png', await page.screenshot({ type: 'png', fullPage: true }));
    await page.setViewportSize({ width: 375, height: 740 });
    writeFileSync('/tmp/digest-web-phone.png', await page.screenshot({ type: 'png', fullPage: true }));
    await page.emulateMedia({ media: 'print' });
    writeFileSync('/tmp/digest-web.pdf', await page.pdf({ format: 'A4' }));
    await page.setViewportSize({ width: 794, height: 1123 });
    writeFileSync('/tmp/digest-web-print.png', await page.screenshot({ type: 'png', fullPage: true }));
  }
} finally {
  await browser.close();
  server.close();
}
