// The web view's HTML: every section in both languages, everything from users escaped, nothing
// the Content-Security-Policy would block, hidden poll counts never shown, and the refusal page.
import { describe, expect, it } from 'vitest';
import type { MapInput } from '../../src/core/digest/map/map-input.ts';
import { mapSvg } from '../../src/core/digest/map/map-svg.ts';
import { refusalPage } from '../../src/core/digest/web/refusal-page.ts';
import { assetPath, WEB_ASSETS } from '../../src/core/digest/web/web-assets.ts';
import { trendCharts } from '../../src/core/digest/web/web-charts.ts';
import { escapeHtml, relativeHref, webPage } from '../../src/core/digest/web/web-page.ts';
import type { WebDiagnostic } from '../../src/core/digest/web/web-view.ts';
import { webViewFixture } from '../support/web-view-fixture.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The opening tags of a document (escaped text holds no raw "<", so these are real tags). */
const tags = (html: string) => html.match(/<[a-zA-Z][^>]*>/g) ?? [];

function hostileView(): WebDiagnostic {
  const view = webViewFixture();
  view.networkName = HOSTILE;
  view.map.nodes[0] = { ...(view.map.nodes[0] as MapInput['nodes'][0]), name: HOSTILE };
  view.blindSpots.quietOrganisations = [HOSTILE];
  (view.goals[0] as WebDiagnostic['goals'][0]).title = HOSTILE;
  (view.goals[0] as WebDiagnostic['goals'][0]).indicators[0] = {
    day: '1 oct.',
    isoDay: '2026-10-01',
    text: HOSTILE,
  };
  (view.closedPolls[0] as WebDiagnostic['closedPolls'][0]).question = HOSTILE;
  (view.closedPolls[0] as WebDiagnostic['closedPolls'][0]).options[0] = { label: HOSTILE, votes: 3 };
  return view;
}

function assertCspSafe(html: string) {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  for (const tag of scripts) expect(tag).toMatch(/^<script src="\/d\/assets\/web\.js" defer>$/);
  expect(html).not.toMatch(/<style\b/i);
  for (const tag of tags(html)) {
    // Attribute names only: a quoted value may well read "onerror=" once escaped.
    const names = tag.replace(/"[^"]*"/g, '""');
    expect(names).not.toMatch(/\sstyle\s*=/i);
    expect(names).not.toMatch(/\son[a-z]+\s*=/i);
    expect(names).not.toMatch(/'/);
    expect(tag).not.toMatch(/javascript:/i);
  }
  const urls = html.match(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*/gi) ?? [];
  for (const url of urls) expect(url).toBe(SVG_NS);
  expect(html).not.toMatch(/(src|href)="\/\//);
}

describe('escapeHtml', () => {
  it('escapes tags, quotes and ampersands', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;',
    );
    expect(escapeHtml('Café « Le Préau »')).toBe('Café « Le Préau »');
  });
});

describe('the web view page', () => {
  const fr = webPage(webViewFixture());
  const en = webPage(webViewFixture({ locale: 'en' }));

  it('is a complete document in the page’s language with its assets', () => {
    expect(fr.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(en).toContain('<html lang="en">');
    for (const html of [fr, en]) {
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html).toContain('<meta name="referrer" content="no-referrer">');
      expect(html).toContain(`<link rel="stylesheet" href="${assetPath('web.css')}">`);
      expect(html).toContain('<script src="/d/assets/web.js" defer></script>');
      expect(html.trimEnd().endsWith('</html>')).toBe(true);
    }
  });

  it('has every section’s heading, in French and in English', () => {
    const headings = (html: string) =>
      [...html.matchAll(/<h2 id="[^"]+">([^<]*)<\/h2>/g)].map((m) => plain(m[1] ?? ''));
    expect(headings(fr)).toEqual([
      'En bref',
      'Mesures du réseau',
      'Évolution sur les derniers mois',
      'Carte du réseau',
      'Angles morts',
      'Buts partagés',
      'Sondages clos',
      'Café du réseau',
    ]);
    expect(headings(en)).toEqual([
      'At a glance',
      'Network measures',
      'Trend over the last months',
      'Network map',
      'Blind spots',
      'Shared goals',
      'Closed polls',
      'Network café',
    ]);
  });

  it('says the period, its running mark, the dates and links to the other language', () => {
    const text = plain(fr);
    expect(text).toContain(
      'Période : du 1er au 31 décembre 2026 <span class="badge">en cours</span>, comparée à novembre 2026',
    );
    expect(text).toContain(
      'Page générée le 7 décembre 2026 à 10 h 12. Ce lien cesse de fonctionner le 14 décembre 2026',
    );
    expect(fr).toContain(
      '<a class="lang-switch" href="?lang=en" hreflang="en" lang="en">English version</a>',
    );
    expect(en).toContain('href="?lang=fr"');
    expect(plain(webPage(webViewFixture({ partial: false })))).not.toContain('class="badge"');
  });

  it('shows each headline figure’s change, and none without a previous period', () => {
    const figure = (key: string) => plain(fr.split(`figure-${key}">`)[1]?.split('</div>')[0] ?? '');
    expect(figure('exchanges')).toContain('↓ −8 par rapport à la période précédente');
    expect(figure('exchanges')).toContain('Période précédente : 31');
    expect(figure('members')).toContain('↑ +5');
    expect(figure('organisations')).toContain('= comme la période précédente');
    expect(figure('newTies')).toContain('<p class="figure-value">3</p>');
    expect(figure('newTies')).not.toContain('change');
  });

  it('lists the measures with their previous value and help', () => {
    expect(plain(fr)).toContain(
      '<th scope="row">Liens entre types</th><td class="num">64 %</td><td class="num">58 %</td><td>La part des liens entre structures de types différents.</td>',
    );
    expect(fr).toContain('<th scope="row">Densité</th><td class="num">0,17</td><td class="num">—</td>');
  });

  it('draws the counts together and the density apart, accessibly, the last month marked', () => {
    const charts = fr.match(/<svg [^>]*class="chart">[\s\S]*?<\/svg>/g) ?? [];
    expect(charts).toHaveLength(2);
    expect(charts[0]).toMatch(/role="img" aria-label="Effectifs et liens, de juil\. 2026 à déc\. 2026/);
    expect(plain(charts[0] ?? '')).toContain('Liens de 5 à 11');
    // Three count series of six months, and density without its first (null) month.
    expect(charts[0]?.match(/<title>/g)).toHaveLength(18);
    expect(charts[1]?.match(/<title>/g)).toHaveLength(5);
    expect(plain(charts[1] ?? '')).toContain('<title>Densité — déc. 2026 (en cours) : 0,17</title>');
    expect(charts[0]).toContain('font-style="italic">en cours</text>');
    expect(plain(en)).toContain('<title>Density — Dec 2026 (so far): 0.17</title>');
  });

  it('puts the map with hover titles, zoom buttons and its window under it', () => {
    const map = fr.split('<div class="map-frame" id="map-frame" data-map>')[1]?.split('</svg>')[0] ?? '';
    expect(map.match(/<title>/g)).toHaveLength(12);
    expect(map.match(/ data-name="/g)).toHaveLength(12);
    expect(plain(map)).toContain('<title>Collectif Vélo &amp; Co · Association · 0 échange</title>');
    expect(map).toContain('data-name="Café-librairie « Le Préau »"');
    for (const zoom of ['in', 'out', 'reset'])
      expect(fr).toMatch(new RegExp(`<button type="button" data-zoom="${zoom}"`));
    expect(plain(fr)).toContain('Période de la carte : les 90 derniers jours, jusqu’au 31 décembre 2026');
  });

  it('lists blind spots and says so kindly when a list is empty', () => {
    expect(fr).toContain('<li>Collectif Vélo &amp; Co</li>');
    expect(plain(fr)).toContain('<p class="none">Aucun : tous sont représentés.</p>');
    const empty = webViewFixture({
      blindSpots: { quietOrganisations: [], unexploredThemes: [], missingActorKinds: [] },
    });
    expect(plain(webPage(empty))).toContain('Aucune : toutes ont échangé. Bravo !');
  });

  it('shows goals with their indicators oldest first', () => {
    const text = plain(fr);
    expect(text).toContain('But n° 1</span> Ouvrir une cantine en circuit court');
    expect(text.indexOf('2 fermes partenaires')).toBeLessThan(text.indexOf('5 fermes partenaires'));
    expect(fr).toContain('<time datetime="2026-10-03">3 oct. 2026</time>');
    expect(plain(fr)).toContain('Aucun indicateur pour l’instant.');
  });

  it('draws a poll’s counts and never a hidden poll’s', () => {
    const [, shown, hidden] = plain(fr).split('<article class="poll">');
    expect(shown).toContain('14 participants');
    expect(shown).toContain('8 voix (57 %)');
    expect(shown).toContain('<rect width="57.1" height="10"');
    expect(hidden).toContain('Moins de 5 réponses : les résultats restent cachés.');
    expect(hidden).toContain('<li>Oui</li>');
    expect(hidden).not.toMatch(/voix|participant|<rect|\d+ %/);
  });

  it('gives each option its share of the participants, as in chat (a multiple-choice poll passes 100 %)', () => {
    const [first] = webViewFixture().closedPolls;
    if (!first) throw new Error('no poll in the fixture');
    const multiple = {
      ...first,
      participants: 10,
      options: [
        { label: 'A', votes: 8 },
        { label: 'B', votes: 6 },
      ],
    };
    const page = plain(webPage(webViewFixture({ closedPolls: [multiple] })));
    expect(page).toContain('8 voix (80 %)');
    expect(page).toContain('6 voix (60 %)');
    expect(page).toContain('<rect width="60.0" height="10"');
  });

  it('tabulates the café rounds with their totals', () => {
    expect(fr).toContain('<th scope="row">2 déc. 2026</th><td class="num">5</td><td class="num">2</td>');
    expect(fr).toContain(
      '<tfoot><tr><th scope="row">Total</th><td class="num">9</td><td class="num">5</td></tr></tfoot>',
    );
  });

  it('says in the footer that it holds no member and no exchange note', () => {
    expect(plain(fr)).toContain('aucun membre, aucune note d’échange');
    expect(en).toContain('no member and no exchange note');
  });

  it('escapes hostile names, questions and titles everywhere', () => {
    const html = webPage(hostileView());
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<img');
    // Network name (twice: <title> and header), map node (data-name), its hover title, blind
    // spot, goal title, indicator, poll question and poll option.
    expect(html.split(HOSTILE_ESCAPED).length - 1).toBeGreaterThanOrEqual(8);
    assertCspSafe(html);
  });

  it('holds nothing the Content-Security-Policy would block', () => {
    assertCspSafe(fr);
    assertCspSafe(en);
    expect(fr.match(/<script\b/g)).toHaveLength(1);
    expect(fr).toContain(SVG_NS);
  });

  it('links to the other language only by a same-origin relative address', () => {
    expect(relativeHref('?lang=en')).toBe('?lang=en');
    expect(relativeHref('/d/abc?lang=fr')).toBe('/d/abc?lang=fr');
    for (const bad of [
      'javascript:alert(1)',
      '//evil.example/x',
      'https://evil.example',
      '/\\evil',
      ' ?x',
      'data:text/html,x',
    ])
      expect(relativeHref(bad)).toBeUndefined();
    const page = webPage(webViewFixture({ otherLanguage: { locale: 'en', href: 'javascript:alert(1)' } }));
    expect(page).not.toContain('lang-switch" href');
    assertCspSafe(page);
  });
});

describe('the map with and without hover', () => {
  const small = (): MapInput => ({ ...webViewFixture().map, title: 'Petit réseau' });

  it('adds a title and a data-name to each organisation only when asked', () => {
    const plainSvg = mapSvg(small()).svg;
    expect(plainSvg).not.toContain('<title>');
    expect(plainSvg).not.toContain('data-name');
    expect(mapSvg(small(), { hover: false }).svg).toBe(plainSvg);
    const hover = mapSvg(small(), { hover: true }).svg;
    expect(
      hover.match(/<circle [^>]*data-name="[^"]*" tabindex="0"><title>[^<]*<\/title><\/circle>/g),
    ).toHaveLength(12);
    // Without those additions, the hover picture is the default one byte for byte.
    expect(hover.replace(/ data-name="[^"]*" tabindex="0"><title>[^<]*<\/title><\/circle>/g, '/>')).toBe(
      plainSvg,
    );
  });
});

describe('the assets', () => {
  it('serves web.css and web.js with their types', () => {
    expect(Object.keys(WEB_ASSETS).sort()).toEqual(['web.css', 'web.js']);
    expect(WEB_ASSETS['web.css']?.type).toBe('text/css; charset=utf-8');
    expect(WEB_ASSETS['web.js']?.type).toBe('text/javascript; charset=utf-8');
    expect(assetPath('web.js')).toBe('/d/assets/web.js');
  });

  it('load nothing from elsewhere and hold a print layout', () => {
    const css = WEB_ASSETS['web.css']?.body ?? '';
    const js = WEB_ASSETS['web.js']?.body ?? '';
    expect(`${css}${js}`).not.toMatch(/https?:|@import|url\(/);
    expect(css).toContain('@media print');
    expect(css).toContain('@page { size: A4; margin: 15mm; }');
    expect(css).toMatch(/break-inside: avoid/);
    expect(js).toContain("document.documentElement.dataset.ready = '1'");
    expect(() => new Function(js)).not.toThrow();
  });
});

describe('the refusal page', () => {
  const reasons = ['expired', 'invalid', 'revoked', 'not-found'] as const;
  const french = {
    expired: 'a expiré',
    invalid: 'n’est pas valide',
    revoked: 'a été révoqué',
    'not-found': 'n’existe pas',
  };
  const english = {
    expired: 'has expired',
    invalid: 'is not valid',
    revoked: 'has been revoked',
    'not-found': 'does not exist',
  };

  it.each(reasons)('says what happened (%s) in both languages and how to get a new link', (reason) => {
    for (const locale of ['fr', 'en'] as const) {
      const html = plain(refusalPage(reason, locale));
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(french[reason]);
      expect(html).toContain(english[reason]);
      expect(html).toContain('<code>diagnostic web</code>');
      expect(html).toContain('<code>digest web</code>');
      expect(html).not.toMatch(/<script/);
      assertCspSafe(html);
    }
    const fr = refusalPage(reason, 'fr');
    expect(fr.indexOf(french[reason])).toBeLessThan(fr.indexOf(english[reason]));
    const en = refusalPage(reason, 'en');
    expect(en.indexOf(english[reason])).toBeLessThan(en.indexOf(french[reason]));
  });

  it('does not tell one reason for another', () => {
    expect(refusalPage('expired', 'fr')).not.toContain('révoqué');
    expect(refusalPage('revoked', 'fr')).not.toContain('expiré');
    expect(refusalPage('revoked', 'en')).not.toContain('only lasts 24 hours');
    expect(plain(refusalPage('expired', 'en'))).toContain('A digest link only lasts 24 hours');
  });
});

describe('the trend charts’ scale', () => {
  const ticks = (svg: string) =>
    [...svg.matchAll(/<text x="\d+(?:\.\d+)?" y="[\d.]+">([^<]+)<\/text>/g)].map((m) => m[1]);
  const chart = (values: number[], unit: 'count' | 'ratio') =>
    trendCharts('fr', {
      months: values.map((_, i) => `m${i}`),
      lastPartial: false,
      series: [{ key: unit === 'ratio' ? 'density' : 'ties', label: 'x', values, unit }],
    }).join('');

  it('has four round steps, with as many decimals as they need', () => {
    expect(ticks(chart([0.05, 0.07, 0.074], 'ratio'))).toEqual(
      expect.arrayContaining(['0,00', '0,02', '0,04', '0,06', '0,08']),
    );
    expect(ticks(chart([0.004, 0.006], 'ratio'))).toEqual(
      expect.arrayContaining(['0,000', '0,002', '0,004', '0,006', '0,008']),
    );
    expect(ticks(chart([52, 74], 'count'))).toEqual(expect.arrayContaining(['0', '20', '40', '60', '80']));
  });
});
