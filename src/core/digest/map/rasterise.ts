// SVG to PNG with resvg, with the font shipped beside this file and no system font, so the
// picture is the same on every machine. From the bundle (dist/main.js), import.meta.dirname is
// dist/, where db/build.ts copies this fonts/ folder: the same path works from both.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { MaillageError } from '../../errors.ts';

export const FONTS_DIR = join(import.meta.dirname, 'fonts');
export const FONT_FILES = [join(FONTS_DIR, 'DejaVuSans-subset.ttf')];

let checked = false;

export function rasterise(svg: string): Uint8Array {
  // resvg draws no text at all, silently, when it has no font: say so instead.
  if (!checked) {
    const missing = FONT_FILES.filter((file) => !existsSync(file));
    if (missing.length > 0)
      throw new MaillageError('MAP_FONT_MISSING', `map font missing: ${missing.join(', ')}`);
    checked = true;
  }
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
    background: '#ffffff',
  });
  const png = resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
