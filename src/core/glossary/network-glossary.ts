// What one network's glossary holds: its own rows over the shipped entries. A row overrides
// the shipped entry of the same key; a row without definition hides it in that network.
import { frenchTypography } from '../i18n/typography.ts';
import type { Locale } from '../locale.ts';
import type { GlossaryRow, Repositories } from '../ports.ts';
import { GLOSSARY_SEED, type ShippedTerm, shippedTerm } from './glossary-seed.ts';
import { termKey } from './term-key.ts';

export type GlossaryEntry =
  | { origin: 'shipped'; key: string; term: string; shipped: ShippedTerm }
  | {
      origin: 'network';
      key: string;
      term: string;
      definition: string;
      row: GlossaryRow;
      /** The shipped entry this row replaces in the network, if any. */
      shipped: ShippedTerm | undefined;
    };

/** Everything known under one key: the shipped entry and the network's row, either possibly absent. */
export interface TermState {
  key: string;
  shipped: ShippedTerm | undefined;
  row: GlossaryRow | undefined;
  /** What the network sees, if anything. */
  entry: GlossaryEntry | undefined;
}

export function resolveEntry(
  key: string,
  shipped: ShippedTerm | undefined,
  row: GlossaryRow | undefined,
): GlossaryEntry | undefined {
  if (row) {
    if (row.definition === null) return undefined;
    return { origin: 'network', key, term: row.term, definition: row.definition, row, shipped };
  }
  return shipped ? { origin: 'shipped', key, term: shipped.term, shipped } : undefined;
}

export async function termState(repos: Repositories, networkId: string, term: string): Promise<TermState> {
  const key = termKey(term);
  const shipped = shippedTerm(key);
  const row = key ? await repos.glossary.find(networkId, key) : undefined;
  return { key, shipped, row, entry: resolveEntry(key, shipped, row) };
}

export interface NetworkGlossary {
  /** Every entry the network sees, by key. */
  entries: GlossaryEntry[];
  /** The network's own rows with a definition (new terms and overrides), by key. */
  own: Array<GlossaryEntry & { origin: 'network' }>;
  /** Shipped entries the network hides. */
  hidden: ShippedTerm[];
}

export async function networkGlossary(repos: Repositories, networkId: string): Promise<NetworkGlossary> {
  const rows = new Map((await repos.glossary.list(networkId)).map((row) => [row.termKey, row]));
  const keys = [...new Set([...GLOSSARY_SEED.map((t) => termKey(t.term)), ...rows.keys()])].sort();
  const entries: GlossaryEntry[] = [];
  const hidden: ShippedTerm[] = [];
  for (const key of keys) {
    const shipped = shippedTerm(key);
    const entry = resolveEntry(key, shipped, rows.get(key));
    if (entry) entries.push(entry);
    else if (shipped) hidden.push(shipped);
  }
  const own = entries.filter((e): e is GlossaryEntry & { origin: 'network' } => e.origin === 'network');
  return { entries, own, hidden };
}

/** The definition to show: a shipped one in the reader's language, a network one as written. */
export function definitionOf(entry: GlossaryEntry, locale: Locale): string {
  if (entry.origin === 'network') return entry.definition;
  return locale === 'fr' ? frenchTypography(entry.shipped.fr) : entry.shipped.en;
}
