// The map's colours. Types get Tableau 10's qualitative colours (chosen to stay apart for
// most colour-blind readers), minus its orange, kept for new ties, and its grey, kept for the
// types beyond the eighth: a hundred types cannot all get a colour one can tell apart.
import type { Bilingual } from '../../i18n/index.ts';
import type { MapNode } from './map-input.ts';

export interface TypeColour {
  /** The type's code; null for the grey "other types". */
  typeCode: string | null;
  label: string;
  colour: string;
  /** Organisations of this type (of all the other types, for the grey). */
  count: number;
  /** The colour's name, for the alt text. */
  colourName: Bilingual;
}

const TYPE_COLOURS: ReadonlyArray<{ colour: string; name: Bilingual }> = [
  { colour: '#4e79a7', name: { fr: 'bleu', en: 'blue' } },
  { colour: '#59a14f', name: { fr: 'vert', en: 'green' } },
  { colour: '#e15759', name: { fr: 'rouge', en: 'red' } },
  { colour: '#b07aa1', name: { fr: 'violet', en: 'purple' } },
  { colour: '#edc948', name: { fr: 'jaune', en: 'yellow' } },
  { colour: '#76b7b2', name: { fr: 'turquoise', en: 'teal' } },
  { colour: '#9c755f', name: { fr: 'brun', en: 'brown' } },
  { colour: '#ff9da7', name: { fr: 'rose', en: 'pink' } },
];
export const OTHER_COLOUR = '#bab0ac';
export const OTHER_COLOUR_NAME: Bilingual = { fr: 'gris', en: 'grey' };
/** New ties, drawn thick on top of the others (the alt text says "orange"). */
export const NEW_TIE_COLOUR = '#f28e2b';
export const TIE_COLOUR = '#8c8c8c';
/** The dashed ring around an isolated organisation: darker than the red type, and dashed. */
export const ISOLATED_COLOUR = '#9e1b32';
export const TEXT_COLOUR = '#222222';
export const MAX_COLOURED_TYPES = TYPE_COLOURS.length;

/**
 * The eight most frequent types (by organisations; ties by label, then code) each get a colour;
 * the others share the grey, whose entry comes last (absent when there are none).
 */
export function typeColours(nodes: readonly MapNode[], otherLabel: string): TypeColour[] {
  const byType = new Map<string, { label: string; count: number }>();
  for (const node of nodes) {
    const entry = byType.get(node.typeCode);
    if (entry) entry.count += 1;
    else byType.set(node.typeCode, { label: node.typeLabel, count: 1 });
  }
  const ranked = [...byType.entries()].sort(
    ([codeA, a], [codeB, b]) => b.count - a.count || compare(a.label, b.label) || compare(codeA, codeB),
  );
  const coloured: TypeColour[] = ranked.slice(0, MAX_COLOURED_TYPES).map(([typeCode, entry], i) => {
    const { colour, name } = TYPE_COLOURS[i] as (typeof TYPE_COLOURS)[number];
    return { typeCode, label: entry.label, count: entry.count, colour, colourName: name };
  });
  const others = ranked.slice(MAX_COLOURED_TYPES).reduce((sum, [, entry]) => sum + entry.count, 0);
  if (others > 0)
    coloured.push({
      typeCode: null,
      label: otherLabel,
      count: others,
      colour: OTHER_COLOUR,
      colourName: OTHER_COLOUR_NAME,
    });
  return coloured;
}

/** The colour of each type code (types beyond the eighth: grey). */
export function colourOf(colours: readonly TypeColour[]): (typeCode: string) => string {
  const map = new Map(colours.map((c) => [c.typeCode, c.colour]));
  return (typeCode) => map.get(typeCode) ?? OTHER_COLOUR;
}

/** Code-point order: the same on every machine, unlike a locale's collation. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
