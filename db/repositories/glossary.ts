// The network's own glossary rows (the shipped entries live in the core's code). A duplicate
// key becomes an `exists` result, never a unique-violation error.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { GlossaryRepository, GlossaryRow } from '../../src/core/ports.ts';
import { err, ok } from '../../src/core/result.ts';
import type { Database } from '../client.ts';
import { glossaryTerms } from '../schema.ts';

type TermRow = typeof glossaryTerms.$inferSelect;

const toRow = (row: TermRow): GlossaryRow => ({
  id: row.id,
  term: row.term,
  termKey: row.termKey,
  definition: row.definition,
  authorId: row.authorId,
  updatedAt: row.updatedAt,
});

export function glossaryRepository(db: Database): GlossaryRepository {
  const byKey = (networkId: string, termKey: string) =>
    and(eq(glossaryTerms.networkId, networkId), eq(glossaryTerms.termKey, termKey));

  return {
    async find(networkId, termKey) {
      const [row] = await db.select().from(glossaryTerms).where(byKey(networkId, termKey));
      return row ? toRow(row) : undefined;
    },

    async list(networkId) {
      const rows = await db
        .select()
        .from(glossaryTerms)
        .where(eq(glossaryTerms.networkId, networkId))
        .orderBy(asc(glossaryTerms.termKey));
      return rows.map(toRow);
    },

    async create(networkId, { at, ...row }) {
      const [created] = await db
        .insert(glossaryTerms)
        .values({ networkId, ...row, ...(at ? { createdAt: at, updatedAt: at } : {}) })
        .onConflictDoNothing({ target: [glossaryTerms.networkId, glossaryTerms.termKey] })
        .returning();
      return created ? ok(toRow(created)) : err({ code: 'exists' });
    },

    async save(networkId, { at, ...row }) {
      const updatedAt = at ?? sql`now()`;
      const [saved] = await db
        .insert(glossaryTerms)
        .values({ networkId, ...row, ...(at ? { createdAt: at, updatedAt: at } : {}) })
        .onConflictDoUpdate({
          target: [glossaryTerms.networkId, glossaryTerms.termKey],
          set: { term: row.term, definition: row.definition, authorId: row.authorId, updatedAt },
        })
        .returning();
      if (!saved) throw new Error('glossary upsert returned no row');
      return toRow(saved);
    },

    async remove(networkId, termKey) {
      const removed = await db
        .delete(glossaryTerms)
        .where(byKey(networkId, termKey))
        .returning({ id: glossaryTerms.id });
      return removed.length > 0;
    },
  };
}
