// Renders an instant in the network's zone for people to read. The names are spelled out here
// rather than left to Intl so the wording does not shift with the ICU version Node ships.
import type { Locale } from '../locale.ts';
import { zonedParts } from './zoned-time.ts';

export interface FormatDateOptions {
  timeZone: string;
  locale: Locale;
  withTime?: boolean;
}

const FR_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
export const FR_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** fr: 'vendredi 18 décembre 2026 à 18 h 30', 'mardi 1er décembre 2026 à 9 h'; en: 'Fri 18 Dec 2026, 18:30'. */
export function formatDate(at: Date, opts: FormatDateOptions): string {
  const p = zonedParts(at, opts.timeZone);
  const minute = String(p.minute).padStart(2, '0');
  if (opts.locale === 'fr') {
    const day = `${FR_WEEKDAYS[p.weekday]} ${p.day === 1 ? '1er' : p.day} ${FR_MONTHS[p.month - 1]} ${p.year}`;
    // French typography writes '18 h' and '18 h 30', not '18:00'.
    return opts.withTime ? `${day} à ${p.hour} h${p.minute ? ` ${minute}` : ''}` : day;
  }
  const day = `${EN_WEEKDAYS[p.weekday]} ${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`;
  return opts.withTime ? `${day}, ${String(p.hour).padStart(2, '0')}:${minute}` : day;
}
