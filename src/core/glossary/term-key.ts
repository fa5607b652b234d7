// The key a glossary term is stored and found under: accents, case, dots, spaces, hyphens and
// apostrophes ignored, so "P.R.E." finds PRE and "sortie seche" finds "sortie sèche".
// Stored in `glossary_terms.term_key`: changing it means migrating the stored keys.
import { fold } from '../text/fold.ts';

export function termKey(term: string): string {
  return fold(term).replace(/[\s.\-_'/·]+/g, '');
}
