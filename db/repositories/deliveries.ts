import { eq, lt } from 'drizzle-orm';
import type { DeliveryRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { processedDeliveries } from '../schema.ts';

export function deliveryRepository(db: Database): DeliveryRepository {
  return {
    async claim(key, at) {
      // The primary key makes the insert the claim; a concurrent duplicate waits for the
      // first transaction and then finds the row, or takes over if the first rolled back.
      const rows = await db
        .insert(processedDeliveries)
        .values({ key, receivedAt: at })
        .onConflictDoNothing()
        .returning({ key: processedDeliveries.key });
      return rows.length === 1;
    },

    async seen(key) {
      const rows = await db
        .select({ key: processedDeliveries.key })
        .from(processedDeliveries)
        .where(eq(processedDeliveries.key, key));
      return rows.length === 1;
    },

    async purge(before) {
      const rows = await db
        .delete(processedDeliveries)
        .where(lt(processedDeliveries.receivedAt, before))
        .returning({ key: processedDeliveries.key });
      return rows.length;
    },
  };
}
