import { and, asc, eq } from 'drizzle-orm';
import type { Organisation } from '../../src/core/model.ts';
import type { OrganisationRepository } from '../../src/core/ports.ts';
import { err, ok } from '../../src/core/result.ts';
import { fold } from '../../src/core/text/fold.ts';
import type { Database } from '../client.ts';
import { exchangeParticipants, members, organisations } from '../schema.ts';
import { markLinksStale } from './organisation-links.ts';

type OrganisationRow = typeof organisations.$inferSelect;

const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  networkId: row.networkId,
  name: row.name,
  typeCode: row.typeCode,
});

export function organisationRepository(db: Database): OrganisationRepository {
  return {
    async create(networkId, name, typeCode, since) {
      const nameKey = fold(name);
      const [row] = await db
        .insert(organisations)
        .values({ networkId, name, nameKey, typeCode, ...(since ? { createdAt: since } : {}) })
        .onConflictDoNothing()
        .returning();
      if (row) return ok(toOrganisation(row));
      const [existing] = await db
        .select()
        .from(organisations)
        .where(and(eq(organisations.networkId, networkId), eq(organisations.nameKey, nameKey)));
      if (!existing) throw new Error('organisation conflict without a row');
      return err({ code: 'exists', existing: toOrganisation(existing) });
    },

    async list(networkId) {
      const rows = await db
        .select()
        .from(organisations)
        .where(eq(organisations.networkId, networkId))
        .orderBy(asc(organisations.name));
      return rows.map(toOrganisation);
    },

    async merge(networkId, sourceId, targetId) {
      await markLinksStale(db, networkId);
      await db
        .update(members)
        .set({ organisationId: targetId })
        .where(and(eq(members.networkId, networkId), eq(members.organisationId, sourceId)));
      await db
        .update(exchangeParticipants)
        .set({ organisationId: targetId })
        .where(
          and(
            eq(exchangeParticipants.networkId, networkId),
            eq(exchangeParticipants.organisationId, sourceId),
          ),
        );
      await db
        .delete(organisations)
        .where(and(eq(organisations.networkId, networkId), eq(organisations.id, sourceId)));
    },

    async get(networkId, organisationId) {
      const [row] = await db
        .select()
        .from(organisations)
        .where(and(eq(organisations.networkId, networkId), eq(organisations.id, organisationId)));
      return row ? toOrganisation(row) : undefined;
    },
  };
}
