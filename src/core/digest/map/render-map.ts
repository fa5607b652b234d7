// The digest's map of the network, as a PNG with its alt text: the one entry the digest calls.
import type { Picture } from '../../message.ts';
import { mapAlt } from './map-alt.ts';
import type { MapInput } from './map-input.ts';
import { mapSvg } from './map-svg.ts';
import { rasterise } from './rasterise.ts';

export { mapAlt, mapSvg };

export function renderMap(input: MapInput, fileName: string): Picture {
  const { svg, width, height } = mapSvg(input);
  return { name: fileName, mimeType: 'image/png', data: rasterise(svg), alt: mapAlt(input), width, height };
}
