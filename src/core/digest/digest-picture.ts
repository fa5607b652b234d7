// The digest's map: every organisation of the network at the period's end, coloured by type,
// sized by its exchanges over the map's window (the last 90 days, or the period if longer),
// the ties of that window, those first made in the period highlighted, the quiet ones marked.
import { sayer } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import type { Picture } from '../message.ts';
import { organisationTypeLabel } from '../reference/organisation-types.ts';
import type { DigestData } from './digest-data.ts';
import type { MapEdge, MapInput, MapNode } from './map/map-input.ts';
import { renderMap } from './map/render-map.ts';
import { networkMessages as m } from './network-messages.ts';
import { lastDay, parseDay } from './period.ts';
import { rangeLabel } from './render-digest.ts';

export function digestPicture(data: DigestData, locale: Locale): Picture | undefined {
  const input = digestMapInput(data, locale);
  const { days } = data;
  return input && renderMap(input, `diagnostic-${days.from}-${days.to}.png`);
}

/** What the map is drawn from (the picture, the web view); undefined without organisations. */
export function digestMapInput(data: DigestData, locale: Locale): MapInput | undefined {
  const { facts, windows, days } = data;
  const map = windows.map;
  const existing = facts.organisations.filter((o) => o.createdOn < days.to);
  if (existing.length === 0) return undefined;
  const activity = new Map(facts.activity.map((a) => [a.id, a.counts[map] ?? 0]));
  const quiet = new Set(data.blindSpots.quietOrganisations.map((o) => o.id));
  const ids = new Set(existing.map((o) => o.id));
  const nodes: MapNode[] = existing.map((o) => ({
    id: o.id,
    name: o.name,
    typeCode: o.typeCode,
    typeLabel: organisationTypeLabel(o.typeCode, locale),
    activity: activity.get(o.id) ?? 0,
    isolated: quiet.has(o.id),
  }));
  const edges: MapEdge[] = facts.ties
    .filter((t) => (t.counts[map] ?? 0) > 0 && ids.has(t.first) && ids.has(t.second))
    .map((t) => ({
      first: t.first,
      second: t.second,
      weight: t.counts[map] ?? 0,
      isNew: t.firstMetOn >= days.from && t.firstMetOn < days.to,
    }));
  const first = parseDay(days.from);
  const last = lastDay(days);
  const title = sayer(locale)(m.mapTitle, {
    network: data.network.name,
    range: rangeLabel(first, last, locale),
  });
  const seed = `${data.network.id}:${days.from}:${days.to}`;
  return { nodes, edges, locale, title, seed };
}
