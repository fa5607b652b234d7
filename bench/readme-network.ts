// The seeded network with everyday names the README's pictures show (the map, the web view).
import type { MapInput } from '../src/core/digest/map/map-input.ts';
import { generateMapInput } from './generate-map.ts';

export function readmeMapInput(): MapInput {
  const input = generateMapInput({
    organisations: 45,
    ties: 80,
    exchanges: 1200,
    seed: 'readme',
    newShare: 0.08,
  });
  const labels = [
    'Centre social',
    'École',
    'Collège',
    'Mission locale',
    'Prévention spécialisée',
    'CCAS',
    'Médiation sociale',
    'Service jeunesse',
    'Bailleur social',
    'CAF',
    'PRE',
    'Bibliothèque',
    'Club sportif',
    'PJJ',
    'CMP',
    'Maison de quartier',
    'Lycée',
    'MJC',
    'Tiers-lieu',
    'Association',
    'EVS',
  ];
  const places = [
    'des Tilleuls',
    'Les Linandes',
    'de Cergy',
    'Saint-Christophe',
    'des Touleuses',
    'du Val',
    'Les Explorateurs',
    'de Pontoise',
    'Axe Majeur',
    'des Hauts-de-Cergy',
  ];
  let k = 0;
  const used = new Set<string>();
  const codeOf = new Map<string, string>();
  const nodes = input.nodes.map((n) => {
    const label = codeOf.get(n.typeCode) ?? labels[codeOf.size % labels.length] ?? 'Association';
    codeOf.set(n.typeCode, label);
    const place = places[k++ % places.length] ?? '';
    let name = `${label} ${place}`;
    for (let n = 2; used.has(name); n++) name = `${label} ${place} ${n}`;
    used.add(name);
    return { ...n, typeLabel: label, name };
  });
  return { ...input, nodes, title: 'Réseau de Cergy — le réseau des structures, novembre 2026' };
}
