// The tables of `diagnostic export`, from the network's facts: exchanges per pair of
// organisations and month, new ties, measures by month, goals and their indicators, café
// rounds. Organisations and the network only: no member, no exchange note.
import { zonedDay } from '../../args/zoned-time.ts';
import { statusLabels } from '../../goals/messages.ts';
import type { Say } from '../../i18n/index.ts';
import type { Network } from '../../model.ts';
import type { Repositories } from '../../ports.ts';
import { trend } from '../network/graph-measures.ts';
import type { NetworkFacts } from '../network/network-facts.ts';
import type { DayRange, DigestPeriod } from '../period.ts';
import { exportMessages as m } from './export-messages.ts';
import type { Cell, Column, ColumnKind, Table } from './export-table.ts';

const col = (title: string, kind: ColumnKind, width = 14): Column => ({ title, kind, width });
const month = (w: DayRange): Cell => ({ day: w.from });
const byText = (a: string, b: string) => a.localeCompare(b, 'fr');

/** Each tie's two names, in alphabetical order. */
function namedTies(facts: NetworkFacts) {
  const names = new Map(facts.organisations.map((o) => [o.id, o.name]));
  return facts.ties
    .map((tie) => {
      const [a, b] = [names.get(tie.first) ?? '', names.get(tie.second) ?? ''].sort(byText);
      return { a: a ?? '', b: b ?? '', tie };
    })
    .sort((x, y) => byText(x.a, y.a) || byText(x.b, y.b));
}

function exchangesTable(say: Say, facts: NetworkFacts): Table {
  const ties = namedTies(facts);
  const rows: Cell[][] = [];
  facts.windows.forEach((w, i) => {
    for (const { a, b, tie } of ties) {
      const count = tie.counts[i] ?? 0;
      if (count > 0) rows.push([a, b, month(w), count]);
    }
  });
  return {
    sheet: say(m.sheetExchanges),
    slug: 'echanges',
    columns: [
      col(say(m.colOrgA), 'text', 32),
      col(say(m.colOrgB), 'text', 32),
      col(say(m.colMonth), 'month'),
      col(say(m.colExchanges), 'integer'),
    ],
    rows,
  };
}

function newTiesTable(say: Say, facts: NetworkFacts): Table {
  const from = facts.windows[0]?.from ?? '';
  const rows: Cell[][] = namedTies(facts)
    .filter(({ tie }) => tie.firstMetOn >= from)
    .sort((x, y) => x.tie.firstMetOn.localeCompare(y.tie.firstMetOn))
    .map(({ a, b, tie }) => [a, b, { day: tie.firstMetOn }]);
  return {
    sheet: say(m.sheetNewTies),
    slug: 'nouveaux-liens',
    columns: [
      col(say(m.colOrgA), 'text', 32),
      col(say(m.colOrgB), 'text', 32),
      col(say(m.colFirstDay), 'day', 16),
    ],
    rows,
  };
}

function measuresTable(say: Say, facts: NetworkFacts): Table {
  // The headline figures of each month (no betweenness: the export has no use for it).
  const points = trend(
    facts,
    facts.windows.map((_, i) => i),
  );
  const rows: Cell[][] = points.map((x) => [
    month(x.window),
    x.organisations,
    x.linked,
    x.ties,
    x.density,
    x.crossTies,
    x.withinTies,
    x.eiIndex,
  ]);
  return {
    sheet: say(m.sheetMeasures),
    slug: 'mesures',
    columns: [
      col(say(m.colMonth), 'month'),
      col(say(m.colOrganisations), 'integer'),
      col(say(m.colLinked), 'integer', 20),
      col(say(m.colTies), 'integer'),
      col(say(m.colDensity), 'decimal'),
      col(say(m.colCross), 'integer', 18),
      col(say(m.colWithin), 'integer', 18),
      col(say(m.colEi), 'decimal'),
    ],
    rows,
  };
}

/** Each goal with its indicator updates of the period (a row each), or one row without. */
async function goalsTable(
  say: Say,
  repos: Repositories,
  network: Network,
  period: DigestPeriod,
): Promise<Table> {
  const rows: Cell[][] = [];
  for (const goal of await repos.goals.list(network.id)) {
    const head: Cell[] = [goal.ref, goal.title, say(statusLabels[goal.status])];
    const updates = (await repos.goals.listUpdates(network.id, goal.id)).filter(
      (u) => u.kind === 'indicator' && u.createdAt >= period.start && u.createdAt < period.end,
    );
    if (updates.length === 0) rows.push([...head, null, null]);
    for (const u of updates)
      rows.push([...head, { day: zonedDay(u.createdAt, network.timeZone) }, 'text' in u ? u.text : null]);
  }
  return {
    sheet: say(m.sheetGoals),
    slug: 'buts',
    columns: [
      col(say(m.colGoal), 'integer', 8),
      col(say(m.colTitle), 'text', 40),
      col(say(m.colStatus), 'text', 12),
      col(say(m.colIndicatorDay), 'day', 18),
      col(say(m.colIndicator), 'text', 50),
    ],
    rows,
  };
}

async function cafeTable(
  say: Say,
  repos: Repositories,
  network: Network,
  period: DigestPeriod,
): Promise<Table> {
  const rounds = await repos.cafe.roundTotals(network.id, period);
  return {
    sheet: say(m.sheetCafe),
    slug: 'cafe',
    columns: [
      col(say(m.colRound), 'day'),
      col(say(m.colGroups), 'integer', 16),
      col(say(m.colMeetings), 'integer', 20),
    ],
    rows: rounds.map((r) => [{ day: zonedDay(r.slot, network.timeZone) }, r.groups, r.meetings]),
  };
}

/** The five tables, in the order of the workbook's sheets. */
export async function exportTables(
  repos: Repositories,
  network: Network,
  months: readonly DayRange[],
  period: DigestPeriod,
  say: Say,
): Promise<Table[]> {
  const facts = await repos.digest.networkFacts(network.id, months, network.timeZone);
  return [
    exchangesTable(say, facts),
    newTiesTable(say, facts),
    measuresTable(say, facts),
    await goalsTable(say, repos, network, period),
    await cafeTable(say, repos, network, period),
  ];
}
