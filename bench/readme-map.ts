// The README's example map (docs/digest-map.png), from a seeded network with everyday names: `npx tsx bench/readme-map.ts`.
import { writeFileSync } from 'node:fs';
import { renderMap } from '../src/core/digest/map/render-map.ts';
import { readmeMapInput } from './readme-network.ts';

const pic = renderMap(readmeMapInput(), 'x.png');
writeFileSync(new URL('../docs/digest-map.png', import.meta.url), pic.data);
console.log(pic.alt, pic.data.length);
