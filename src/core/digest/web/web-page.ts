// The web view of the diagnostic as one HTML document, from its view model. Made to be served
// under a strict Content-Security-Policy: no inline script or style, no handler attribute, no
// external URL; web.css and web.js (web-assets.ts) do the styling and the map's zoom.
import { isOne, sayer } from '../../i18n/index.ts';
import { mapAlt } from '../map/map-alt.ts';
import { mapSvg } from '../map/map-svg.ts';
import { assetPath } from './web-assets.ts';
import { escapeHtml, formatValue, pollResults, trendCharts } from './web-charts.ts';
import { webMessages } from './web-messages.ts';
import type { HeadlineFigure, WebDiagnostic, WebGoal, WebPoll } from './web-view.ts';

export { escapeHtml };

type Words = keyof typeof webMessages;
/** The page's fixed words, escaped for HTML; parameters are escaped with them. */
type Tell = (key: Words, params?: Record<string, string | number>) => string;

export function webPage(view: WebDiagnostic): string {
  const say = sayer(view.locale);
  const tell: Tell = (key, params) => escapeHtml(say(webMessages[key], params));
  const body = [
    header(view, tell),
    '<main>',
    headline(view, tell),
    measures(view, tell),
    trend(view, tell),
    map(view, tell),
    blindSpots(view, tell),
    goals(view, tell),
    polls(view, tell),
    cafe(view, tell),
    '</main>',
    `<footer class="page-footer"><p>${tell('footer')}</p></footer>`,
  ];
  return htmlDocument(view.locale, `${view.title} — ${view.networkName}`, body.join('\n'), true);
}

/** The document around a body: shared with the refusal page. */
export function htmlDocument(lang: string, title: string, body: string, withScript: boolean): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(title)}</title>`,
    // No request for /favicon.ico (which would answer 404): an empty icon, inline.
    '<link rel="icon" href="data:,">',
    `<link rel="stylesheet" href="${assetPath('web.css')}">`,
    ...(withScript ? [`<script src="${assetPath('web.js')}" defer></script>`] : []),
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Only a same-origin relative link ("?lang=en", "/d/…"): never a scheme, never "//host". */
export function relativeHref(href: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters and spaces are refused.
  const plain = /^(\?|\/(?![/\\])|[^:/?#\\]+(?:[/?#]|$))/.test(href) && !/[\u0000-\u0020\\]/.test(href);
  return plain ? href : undefined;
}

function header(view: WebDiagnostic, tell: Tell): string {
  const href = relativeHref(view.otherLanguage.href);
  const other = view.otherLanguage.locale;
  const partial = view.partial ? ` <span class="badge">${tell('soFar')}</span>` : '';
  return [
    '<header class="page-header">',
    '<div class="header-top">',
    `<p class="network">${escapeHtml(view.networkName)}</p>`,
    '<div class="header-actions">',
    `<button type="button" class="print-button" data-print hidden>${tell('print')}</button>`,
    href
      ? `<a class="lang-switch" href="${escapeHtml(href)}" hreflang="${other}" lang="${other}">${tell('switchLanguage')}</a>`
      : '',
    '</div>',
    '</div>',
    `<h1>${escapeHtml(view.title)}</h1>`,
    `<p class="period">${tell('period', { period: view.periodLabel })}${partial}, ${tell('comparedWith', { previous: view.previousLabel })}</p>`,
    `<p class="meta">${tell('generated', { at: view.generatedAt })}. ${tell('expires', { at: view.expiresAt })}</p>`,
    '</header>',
  ].join('\n');
}

const section = (id: string, heading: string, content: string) =>
  `<section id="${id}" class="card" aria-labelledby="${id}-h"><h2 id="${id}-h">${heading}</h2>\n${content}\n</section>`;

function headline(view: WebDiagnostic, tell: Tell): string {
  const count = (n: number) => formatValue(view.locale, n, 'count');
  const figure = (f: HeadlineFigure) =>
    [
      `<div class="figure figure-${f.key}">`,
      `<p class="figure-value">${escapeHtml(count(f.value))}</p>`,
      `<p class="figure-label">${escapeHtml(f.label)}</p>`,
      change(f, tell, count),
      '</div>',
    ].join('');
  return section(
    'headline',
    tell('headlineHeading'),
    `<div class="figures">${view.headline.map(figure).join('')}</div>`,
  );
}

function change(f: HeadlineFigure, tell: Tell, count: (n: number) => string): string {
  if (f.previous === undefined) return '';
  const difference = count(Math.abs(f.value - f.previous));
  const [kind, key] =
    f.value > f.previous ? ['up', 'up'] : f.value < f.previous ? ['down', 'down'] : ['same', 'same'];
  return `<p class="change change-${kind}">${tell(key as Words, { difference })}<br><span class="previous">${tell('previousValue', { value: count(f.previous) })}</span></p>`;
}

function measures(view: WebDiagnostic, tell: Tell): string {
  const rows = view.measures.map(
    (m) =>
      `<tr><th scope="row">${escapeHtml(m.label)}</th><td class="num">${escapeHtml(m.value)}</td><td class="num">${m.previous === undefined ? tell('noPrevious') : escapeHtml(m.previous)}</td><td>${escapeHtml(m.help)}</td></tr>`,
  );
  const head = `<tr><th scope="col">${tell('measure')}</th><th scope="col">${tell('value')}</th><th scope="col">${tell('previous')}</th><th scope="col">${tell('meaning')}</th></tr>`;
  return section(
    'measures',
    tell('measuresHeading'),
    `<div class="table-box"><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`,
  );
}

function trend(view: WebDiagnostic, tell: Tell): string {
  const charts = view.trend.months.length >= 2 ? trendCharts(view.locale, view.trend) : [];
  const content =
    charts.length > 0 ? `<div class="charts">${charts.join('\n')}</div>` : `<p>${tell('noTrend')}</p>`;
  return section('trend', tell('trendHeading'), content);
}

function map(view: WebDiagnostic, tell: Tell): string {
  const button = (zoom: string, key: Words, sign: string) =>
    `<button type="button" data-zoom="${zoom}" aria-label="${tell(key)}" title="${tell(key)}">${sign}</button>`;
  const content = [
    `<div class="map-tools" role="toolbar" aria-label="${tell('mapHeading')}" aria-controls="map-frame">`,
    button('in', 'zoomIn', '+'),
    button('out', 'zoomOut', '−'),
    button('reset', 'zoomReset', '⤢'),
    `<span class="map-help">${tell('mapHelp')}</span>`,
    '</div>',
    '<div class="map-frame" id="map-frame" data-map>',
    mapSvg(view.map, { hover: true }).svg,
    '<div class="map-tooltip" role="status" aria-live="polite" hidden></div>',
    '</div>',
    `<p class="map-label">${tell('mapWindow', { label: view.mapLabel })}</p>`,
    `<p class="visually-hidden">${escapeHtml(mapAlt(view.map))}</p>`,
  ];
  return section('map', tell('mapHeading'), content.join('\n'));
}

function blindSpots(view: WebDiagnostic, tell: Tell): string {
  const list = (heading: Words, items: string[], none: Words) =>
    [
      `<div class="blind-spot"><h3>${tell(heading)}</h3>`,
      items.length > 0
        ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`
        : `<p class="none">${tell(none)}</p>`,
      '</div>',
    ].join('');
  const { quietOrganisations, unexploredThemes, missingActorKinds } = view.blindSpots;
  const content = [
    list('quietOrganisations', quietOrganisations, 'quietNone'),
    list('unexploredThemes', unexploredThemes, 'themesNone'),
    list('missingActorKinds', missingActorKinds, 'kindsNone'),
  ];
  return section('blind-spots', tell('blindSpotsHeading'), `<div class="columns">${content.join('')}</div>`);
}

function goals(view: WebDiagnostic, tell: Tell): string {
  const goal = (g: WebGoal) => {
    const indicators =
      g.indicators.length > 0
        ? `<ol class="timeline">${g.indicators.map((i) => `<li><time datetime="${escapeHtml(i.isoDay)}">${escapeHtml(i.day)}</time> ${escapeHtml(i.text)}</li>`).join('')}</ol>`
        : `<p class="none">${tell('noIndicator')}</p>`;
    return [
      '<article class="goal">',
      `<h3><span class="ref">${tell('goalRef', { ref: g.ref })}</span> ${escapeHtml(g.title)}</h3>`,
      `<p class="goal-facts"><span class="status">${tell('goalStatus', { status: g.status })}</span> · ${tell('goalExchanges', { count: g.exchanges })}</p>`,
      `<h4>${tell('indicators')}</h4>`,
      indicators,
      '</article>',
    ].join('\n');
  };
  const content =
    view.goals.length > 0 ? view.goals.map(goal).join('\n') : `<p class="none">${tell('noGoal')}</p>`;
  return section('goals', tell('goalsHeading'), content);
}

function polls(view: WebDiagnostic, tell: Tell): string {
  const poll = (p: WebPoll) => {
    const facts = [tell('pollRef', { ref: p.ref, day: p.closedOn })];
    if (p.anonymous) facts.push(tell('anonymous'));
    if (p.participants !== null && p.hiddenReason === undefined)
      facts.push(
        tell(isOne(view.locale, p.participants) ? 'participantsOne' : 'participantsMany', {
          count: p.participants,
        }),
      );
    return [
      '<article class="poll">',
      `<h3>${escapeHtml(p.question)}</h3>`,
      `<p class="poll-facts">${facts.join(' · ')}</p>`,
      pollResults(view.locale, p),
      '</article>',
    ].join('\n');
  };
  const content =
    view.closedPolls.length > 0
      ? view.closedPolls.map(poll).join('\n')
      : `<p class="none">${tell('noPoll')}</p>`;
  return section('polls', tell('pollsHeading'), content);
}

function cafe(view: WebDiagnostic, tell: Tell): string {
  const { rounds, groups, meetings } = view.cafe;
  if (rounds.length === 0)
    return section('cafe', tell('cafeHeading'), `<p class="none">${tell('noCafe')}</p>`);
  const head = `<tr><th scope="col">${tell('cafeRound')}</th><th scope="col">${tell('cafeGroups')}</th><th scope="col">${tell('cafeMeetings')}</th></tr>`;
  const rows = rounds.map(
    (r) =>
      `<tr><th scope="row">${escapeHtml(r.day)}</th><td class="num">${r.groups}</td><td class="num">${r.meetings}</td></tr>`,
  );
  const foot = `<tr><th scope="row">${tell('cafeTotal')}</th><td class="num">${groups}</td><td class="num">${meetings}</td></tr>`;
  const table = `<div class="table-box"><table><thead>${head}</thead><tbody>${rows.join('')}</tbody><tfoot>${foot}</tfoot></table></div>`;
  return section('cafe', tell('cafeHeading'), table);
}
