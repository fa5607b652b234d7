// The network measures of a window on small networks whose values are known by hand: a star,
// a chain, two triangles sharing one organisation, an empty network; who counts in a window,
// who is isolated, the matrices by type and territory, and the trend over several windows.
import { describe, expect, it } from 'vitest';
import { measureWindow, trend } from '../../src/core/digest/network/graph-measures.ts';
import type { NetworkFacts, OrgNode } from '../../src/core/digest/network/network-facts.ts';
import type { DayRange } from '../../src/core/digest/period.ts';

const WEEK: DayRange = { from: '2026-11-09', to: '2026-11-16' };

function org(id: string, extra: Partial<OrgNode> = {}): OrgNode {
  return { id, name: id, typeCode: 'T', territory: null, createdOn: '2026-01-05', ...extra };
}

type Tie = [string, string, ...number[]];

/** Facts of the given windows; an organisation's activity is the sum of its ties' counts. */
function facts(organisations: OrgNode[], ties: Tie[], windows: DayRange[] = [WEEK]): NetworkFacts {
  const activity = new Map<string, number[]>();
  const counted = ties.map(([first, second, ...given]) => {
    const counts = windows.map((_, i) => given[i] ?? (given.length === 0 ? 1 : 0));
    for (const id of [first, second]) {
      const sums = activity.get(id) ?? windows.map(() => 0);
      activity.set(
        id,
        sums.map((s, i) => s + (counts[i] ?? 0)),
      );
    }
    return { first, second, counts, firstMetOn: '2026-01-05' };
  });
  return {
    windows,
    organisations,
    ties: counted,
    activity: [...activity].map(([id, counts]) => ({ id, counts })),
  };
}

describe('network measures of a window', () => {
  it('finds the centre of a star: density 4/10, betweenness 1, a cut vertex', () => {
    const star = facts(
      ['C', 'L1', 'L2', 'L3', 'L4'].map((id) => org(id)),
      [
        ['C', 'L1'],
        ['C', 'L2'],
        ['C', 'L3'],
        ['C', 'L4'],
      ],
    );
    const m = measureWindow(star, 0);
    expect(m).toMatchObject({ organisations: 5, linked: 5, ties: 4, exchangesBetween: 4, density: 0.4 });
    // The leaves' betweenness is 0: they are not bridges.
    expect(m.bridges).toEqual([{ id: 'C', name: 'C', betweenness: 1, cutVertex: true }]);
  });

  it('gives the inner links of a chain A-B-C-D betweenness 2/3 each, both cut vertices', () => {
    const chain = facts(
      ['D', 'C', 'B', 'A'].map((id) => org(id)),
      [
        ['A', 'B'],
        ['B', 'C'],
        ['C', 'D'],
      ],
    );
    const m = measureWindow(chain, 0);
    expect(m.bridges.map((b) => [b.id, b.cutVertex])).toEqual([
      ['B', true],
      ['C', true],
    ]);
    for (const b of m.bridges) expect(b.betweenness).toBeCloseTo(2 / 3, 12);
    expect(m.density).toBeCloseTo(3 / 6, 12);
  });

  // X belongs to two triangles, X-A-B (type ML, in Cergy) and X-C-D (type CS; C in Pontoise,
  // D with no territory). X and C-D exchanged twice, the other pairs once.
  const bowtie = facts(
    [
      org('X', { typeCode: 'ML', territory: 'Cergy' }),
      org('A', { typeCode: 'ML', territory: 'Cergy' }),
      org('B', { typeCode: 'ML', territory: 'Cergy' }),
      org('C', { typeCode: 'CS', territory: 'Pontoise' }),
      org('D', { typeCode: 'CS', territory: null }),
    ],
    [
      ['A', 'X'],
      ['B', 'X'],
      ['A', 'B'],
      ['C', 'X'],
      ['D', 'X'],
      ['C', 'D', 2],
    ],
  );

  it('finds the one organisation joining two groups, and the E-I index of its types', () => {
    const m = measureWindow(bowtie, 0);
    // The 4 pairs across the triangles all go through X: 4 × 2 / (4 × 3).
    expect(m.bridges).toHaveLength(1);
    expect(m.bridges[0]).toMatchObject({ id: 'X', cutVertex: true });
    expect(m.bridges[0]?.betweenness).toBeCloseTo(2 / 3, 12);
    expect(m).toMatchObject({ ties: 6, exchangesBetween: 7, crossTies: 2, withinTies: 4 });
    expect(m.eiIndex).toBeCloseTo(-1 / 3, 12);
  });

  it('counts exchanges between and within types and territories in symmetric matrices', () => {
    const m = measureWindow(bowtie, 0);
    expect(m.byType).toEqual({
      keys: ['ML', 'CS'],
      cells: [
        [3, 2],
        [2, 2],
      ],
    });
    // Cergy 5, then '' (no territory) and Pontoise with 3 each, by key.
    expect(m.byTerritory).toEqual({
      keys: ['Cergy', '', 'Pontoise'],
      cells: [
        [3, 1, 1],
        [1, 0, 2],
        [1, 2, 0],
      ],
    });
    for (const { cells } of [m.byType, m.byTerritory]) {
      cells.forEach((row, i) => {
        row.forEach((value, j) => {
          expect(cells[j]?.[i]).toBe(value);
        });
      });
    }
  });

  it('gives an empty network density 0, no E-I index, no bridge', () => {
    expect(measureWindow(facts([], []), 0)).toEqual({
      organisations: 0,
      linked: 0,
      ties: 0,
      exchangesBetween: 0,
      density: 0,
      crossTies: 0,
      withinTies: 0,
      eiIndex: null,
      bridges: [],
      isolated: [],
      byType: { keys: [], cells: [] },
      byTerritory: { keys: [], cells: [] },
    });
    const alone = measureWindow(facts([org('A')], []), 0);
    expect(alone).toMatchObject({ organisations: 1, density: 0, eiIndex: null });
  });

  it('counts only the organisations created before the window ends', () => {
    const m = measureWindow(
      facts(
        [
          org('A'),
          org('B'),
          org('last day', { createdOn: '2026-11-15' }),
          org('after', { createdOn: '2026-11-16' }),
        ],
        [['A', 'B']],
      ),
      0,
    );
    expect(m).toMatchObject({ organisations: 3, linked: 2, ties: 1, density: 1 / 3 });
    expect(m.byType.cells).toEqual([[1]]);
  });

  it('counts an organisation created after the window when an exchange in it is dated back', () => {
    const m = measureWindow(
      facts([org('A'), org('later', { createdOn: '2026-12-01' })], [['A', 'later']]),
      0,
    );
    expect(m).toMatchObject({ organisations: 2, linked: 2, ties: 1, density: 1 });
  });

  it('lists as isolated those there before the window with no exchange in it, by name', () => {
    const network = facts(
      [
        org('o1', { name: 'Zèbre' }),
        org('o2', { name: 'Atelier' }),
        org('o3', { name: 'Nouveau', createdOn: '2026-11-10' }),
        org('o4', { name: 'Actif' }),
        org('o5', { name: 'Béguinage' }),
        org('o6', { name: 'Seul' }),
      ],
      [['o4', 'o5']],
    );
    // o6 logged an exchange with no other organisation: active, though without a tie.
    network.activity.push({ id: 'o6', counts: [1] });
    const m = measureWindow(network, 0);
    expect(m.isolated).toEqual(['o2', 'o1']);
    expect(m).toMatchObject({ organisations: 6, linked: 2 });
  });

  it('follows linked organisations, ties, density and E-I index over three windows', () => {
    const windows = [
      { from: '2026-10-26', to: '2026-11-02' },
      { from: '2026-11-02', to: '2026-11-09' },
      WEEK,
    ];
    const network = facts(
      [org('A', { typeCode: 'ML' }), org('B', { typeCode: 'ML' }), org('C', { typeCode: 'CS' }), org('D')],
      [
        ['A', 'B', 1, 0, 2],
        ['A', 'C', 0, 0, 1],
        ['B', 'C', 0, 0, 3],
      ],
      windows,
    );
    expect(trend(network, [0, 1, 2])).toEqual([
      {
        window: windows[0],
        organisations: 4,
        linked: 2,
        ties: 1,
        density: 1 / 6,
        crossTies: 0,
        withinTies: 1,
        eiIndex: -1,
      },
      {
        window: windows[1],
        organisations: 4,
        linked: 0,
        ties: 0,
        density: 0,
        crossTies: 0,
        withinTies: 0,
        eiIndex: null,
      },
      {
        window: windows[2],
        organisations: 4,
        linked: 3,
        ties: 3,
        density: 3 / 6,
        crossTies: 2,
        withinTies: 1,
        eiIndex: 1 / 3,
      },
    ]);
    expect(() => trend(network, [3])).toThrow(RangeError);
  });
});
