// A database of the benchmark's own on the server, migrated, with the connections that load
// generated networks into it (two, without foreign-key checks where allowed) and one more to
// measure bare SQL on. Dropped when the part ends.
import postgres from 'postgres';
import { openServer } from '../../db/client.ts';
import { skipForeignKeyChecks } from '../generate-network.ts';
import type { PartContext } from './part.ts';
import { createScratchDatabase } from './scratch-database.ts';

/** A database of its own, migrated, with a drizzle handle and three single connections. */
export async function benchDatabase(context: PartContext, label: string) {
  const scratch = await createScratchDatabase(context.serverUrl, label);
  context.cleanup(() => scratch.drop());
  const server = await openServer(scratch.url, { max: 4 });
  context.cleanup(() => server.close());
  await server.migrate();
  const connect = () => {
    const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
    context.cleanup(() => sql.end());
    return sql;
  };
  // Two connections to load (without foreign-key checks when allowed), one to measure.
  const main = connect();
  const second = connect();
  const parallel = (await skipForeignKeyChecks(main)) && (await skipForeignKeyChecks(second));
  if (!parallel) context.log('foreign keys checked while loading (not a superuser): loading is slower');
  return { server, loading: { main, second, parallel }, bare: connect() };
}
