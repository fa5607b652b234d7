// The digest's map: a PNG one can read (types' colours in the legend, new ties highlighted,
// isolated organisations kept in the frame), the same bytes for the same input, names that
// cannot break the SVG, and 200 organisations laid out inside the picture with labels that do
// not cover each other.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { generateMapInput } from '../../bench/generate-map.ts';
import {
  CHAR_WIDTH,
  DRAWING,
  HEIGHT,
  inside,
  LABEL_SIZE,
  overlaps,
  WIDTH,
} from '../../src/core/digest/map/frame.ts';
import { placeLabels } from '../../src/core/digest/map/labels.ts';
import { layoutMap } from '../../src/core/digest/map/layout.ts';
import type { MapInput, MapNode } from '../../src/core/digest/map/map-input.ts';
import { SWATCH, swatchAt } from '../../src/core/digest/map/map-legend.ts';
import { NEW_TIE_COLOUR, OTHER_COLOUR, typeColours } from '../../src/core/digest/map/palette.ts';
import { mapAlt, mapSvg, renderMap } from '../../src/core/digest/map/render-map.ts';
import { escapeXml, truncate } from '../../src/core/digest/map/svg-text.ts';
import type { Picture } from '../../src/core/message.ts';

const node = (id: string, typeCode: string, activity: number, isolated = false): MapNode => ({
  id,
  name: `Structure ${id}`,
  typeCode,
  typeLabel: `Type ${typeCode}`,
  activity,
  isolated,
});

/** 14 organisations of 10 types (two grey), a ring of ties, one new, one organisation alone. */
function smallNetwork(withNewTie: boolean): MapInput {
  const types = ['a', 'a', 'a', 'b', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'a'];
  const nodes = types.map((type, i) => node(`o${i}`, type, 5 + i * 3, i === 13));
  const edges = nodes.slice(0, 13).map((n, i) => ({
    first: n.id,
    second: `o${(i + 1) % 13}`,
    weight: 1 + i,
    isNew: withNewTie && i === 4,
  }));
  edges.push({ first: 'o0', second: 'o6', weight: 9, isNew: false });
  return {
    nodes,
    edges,
    locale: 'fr',
    title: 'Réseau test — semaine du 1er au 7 décembre',
    seed: 'net-1/2026-12-01',
  };
}

function pixels(picture: Picture) {
  const png = PNG.sync.read(Buffer.from(picture.data));
  const at = (x: number, y: number) => {
    const i = (png.width * y + x) * 4;
    return `#${[0, 1, 2].map((k) => (png.data[i + k] as number).toString(16).padStart(2, '0')).join('')}`;
  };
  const count = (colour: string, box = { x0: 0, y0: 0, x1: png.width, y1: png.height }) => {
    const [r, g, b] = [1, 3, 5].map((k) => Number.parseInt(colour.slice(k, k + 2), 16));
    let found = 0;
    for (let y = box.y0; y < box.y1; y += 1) {
      for (let i = (png.width * y + box.x0) * 4, end = (png.width * y + box.x1) * 4; i < end; i += 4) {
        if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) found += 1;
      }
    }
    return found;
  };
  return { png, at, count };
}

describe('the digest map', () => {
  const picture = renderMap(smallNetwork(true), 'carte.png');
  const { png, at, count } = pixels(picture);

  it('is a PNG of the size it says, with its name and alt text', () => {
    expect(picture).toMatchObject({ name: 'carte.png', mimeType: 'image/png', width: WIDTH, height: HEIGHT });
    expect([png.width, png.height]).toEqual([picture.width, picture.height]);
    expect(picture.alt).toBe(mapAlt(smallNetwork(true)));
  });

  it('draws in the drawing area (not all white), and shows each type’s colour in the legend', () => {
    const box = { x0: DRAWING.x0, y0: DRAWING.y0, x1: DRAWING.x1, y1: DRAWING.y1 };
    expect(count('#ffffff', box)).toBeLessThan((box.x1 - box.x0) * (box.y1 - box.y0) - 2000);
    const types = typeColours(smallNetwork(true).nodes, 'Autres types');
    expect(types.map((t) => t.count)).toEqual([4, 2, 1, 1, 1, 1, 1, 1, 2]);
    expect(types.at(-1)).toMatchObject({ typeCode: null, colour: OTHER_COLOUR, label: 'Autres types' });
    types.forEach((type, i) => {
      const { x, y } = swatchAt(i);
      expect(at(x + SWATCH / 2, y + SWATCH / 2)).toBe(type.colour);
      // …and the nodes of a coloured type in the graph too.
      if (i < 3) expect(count(type.colour, box)).toBeGreaterThan(20);
    });
  });

  it('highlights new ties, and shows no highlight when there is none', () => {
    expect(count(NEW_TIE_COLOUR)).toBeGreaterThan(50);
    const without = pixels(renderMap(smallNetwork(false), 'carte.png'));
    expect(without.count(NEW_TIE_COLOUR)).toBe(0);
  });

  it('gives the same bytes for the same input', () => {
    expect(
      Buffer.from(renderMap(smallNetwork(true), 'carte.png').data).equals(Buffer.from(picture.data)),
    ).toBe(true);
  });

  it('says what it shows in the alt text, in French and English, naming no organisation', () => {
    // French typography puts no-break spaces inside « » and before ; and :
    const alt = picture.alt.replace(/[\u00a0\u202f]/g, ' ');
    expect(alt).toContain('Carte du réseau « Réseau test — semaine du 1er au 7 décembre » : 14 structures');
    expect(picture.alt).toContain('14 structures, 14 liens dont 1 nouveau (en orange), 1 structure isolée');
    expect(picture.alt).toContain('Type a (4, bleu)');
    expect(picture.alt).toContain('Autres types (2, gris)');
    expect(picture.alt).not.toContain('Structure o');
    const english = mapAlt({ ...smallNetwork(false), locale: 'en' });
    expect(english).toContain('14 organisations, 14 ties, none new, 1 isolated organisation');
    expect(english).toContain('Other types (2, grey)');
  });

  it('escapes names so that they cannot break the SVG', () => {
    const input = smallNetwork(true);
    (input.nodes[0] as MapNode).name = `<A&B> "C" 'D'\u0007`;
    (input.nodes[1] as MapNode).typeLabel = '</text><script>alert(1)</script>';
    const { svg } = mapSvg(input);
    expect(svg).toContain('>&lt;A&amp;B&gt; &quot;C&quot; &apos;D&apos;</text>');
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('\u0007');
    expect(() => renderMap(input, 'carte.png')).not.toThrow();
  });

  it('draws ties to unknown organisations, loops and odd figures without breaking', () => {
    const input = smallNetwork(true);
    input.edges.push(
      { first: 'o1', second: 'nowhere', weight: 3, isNew: true },
      { first: 'o2', second: 'o2', weight: 3, isNew: false },
      { first: 'o3', second: 'o5', weight: -4, isNew: false },
      { first: 'o4', second: 'o8', weight: Number.NaN, isNew: false },
    );
    (input.nodes[2] as MapNode).activity = Number.NaN;
    const { svg } = mapSvg(input);
    expect(svg).not.toContain('NaN');
    expect(mapAlt(input)).toContain('16 liens dont 1 nouveau');
    expect(() => renderMap(input, 'carte.png')).not.toThrow();
  });

  it('keeps an organisation without a tie inside the frame, in the band at the bottom', () => {
    const layout = layoutMap(smallNetwork(true));
    const alone = layout.nodes.find((p) => p.node.id === 'o13');
    expect(alone?.inBand).toBe(true);
    expect(layout.band).not.toBeNull();
    expect(alone && layout.band && alone.y > layout.band.y0 && alone.y < layout.band.y1).toBe(true);
    expect(alone && alone.x > DRAWING.x0 && alone.x < DRAWING.x1).toBe(true);
  });

  it('draws an empty network as a small picture that says so', () => {
    const empty = renderMap({ ...smallNetwork(false), nodes: [], edges: [] }, 'vide.png');
    const decoded = PNG.sync.read(Buffer.from(empty.data));
    expect([decoded.width, decoded.height]).toEqual([empty.width, empty.height]);
    expect(empty.width).toBeLessThan(WIDTH);
    expect(empty.alt).toContain('aucune structure à dessiner');
  });
});

describe('the digest map of 200 organisations', () => {
  const input = generateMapInput({ organisations: 200, ties: 3000, exchanges: 100_000 });

  it('lays every node out inside the frame, those without a tie in the band', () => {
    const layout = layoutMap(input);
    expect(layout.nodes).toHaveLength(200);
    for (const p of layout.nodes) {
      expect(inside({ x0: p.x - p.r, x1: p.x + p.r, y0: p.y - p.r, y1: p.y + p.r }, DRAWING)).toBe(true);
    }
    const isolated = layout.nodes.filter((p) => p.node.isolated);
    expect(isolated.length).toBeGreaterThan(0);
    expect(isolated.every((p) => p.inBand)).toBe(true);
  });

  it('labels many organisations in letters of at least 11 px, no label over another', () => {
    const labels = placeLabels(layoutMap(input));
    expect(LABEL_SIZE).toBeGreaterThanOrEqual(11);
    expect(labels.length).toBeGreaterThan(60);
    const boxes = labels.map((l) => {
      const width = Array.from(l.text).length * CHAR_WIDTH;
      const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
      return { x0, x1: x0 + width, y0: l.y - 0.95 * LABEL_SIZE, y1: l.y + 0.25 * LABEL_SIZE };
    });
    const clashes = boxes.filter((a, i) => boxes.some((b, j) => j > i && overlaps(a, b)));
    expect(clashes).toHaveLength(0);
  });

  it('renders to a PNG of the size it says', () => {
    const picture = renderMap(input, 'carte.png');
    const png = PNG.sync.read(Buffer.from(picture.data));
    expect([png.width, png.height]).toEqual([picture.width, picture.height]);
    expect(picture.alt).toContain('200 structures');
  });
});

describe('map text', () => {
  it('cuts long names at a code point, with an ellipsis', () => {
    expect(truncate('Association 🌍🌍 des habitants', 14)).toBe('Association 🌍…');
    expect(truncate('  Court  nom ', 24)).toBe('Court nom');
  });

  it('escapes the five XML characters and drops what XML cannot hold', () => {
    expect(escapeXml(`<&>"'\u0000\ud800ok`)).toBe('&lt;&amp;&gt;&quot;&apos;ok');
  });
});
