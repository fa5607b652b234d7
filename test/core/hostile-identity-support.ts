import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { spaces } from '../../db/schema.ts';

export async function networkIdOfSpace(db: Database, externalId: string): Promise<string> {
  const [space] = await db.select().from(spaces).where(eq(spaces.externalId, externalId));
  if (!space) throw new Error(`no space ${externalId}`);
  return space.networkId;
}
