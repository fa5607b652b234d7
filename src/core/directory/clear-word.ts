// The word that empties a profile field, typed after the field's name (`profil aide efface`),
// given as a Discord option's value, or sent by the profile form for a field emptied there.
import { fold } from '../text/fold.ts';

/** What the form sends for a prefilled field the member emptied. */
export const CLEAR_WORD = 'efface';
const WORDS = new Set(['efface', 'effacer', 'clear']);

export const isClearWord = (typed: string): boolean => WORDS.has(fold(typed));
