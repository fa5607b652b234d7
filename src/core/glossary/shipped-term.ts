// A glossary entry shipped with the product: the term as people write it, a plain French
// definition a parent or a new colleague understands, and a plain English gloss.

export interface ShippedTerm {
  term: string;
  fr: string;
  en: string;
  /** Set when the acronym comes from the data·inclusion referential (credited on display). */
  source?: 'data-inclusion';
}
