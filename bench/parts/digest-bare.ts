// The digest's baseline: the very SQL statements a digest sends (caught through drizzle's
// query logger while building it), sent again bare through postgres.js, one after another,
// outside any transaction and with nothing done with the rows. What remains between the two
// is ours: drizzle, the transaction, mapping rows, rendering the message.
import { drizzle } from 'drizzle-orm/postgres-js';
import type postgres from 'postgres';
import type { Database } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { createStore } from '../../db/store.ts';
import { digestMessage } from '../../src/core/digest/digest-message.ts';
import type { NamedPeriod } from '../../src/core/digest/digest-periods.ts';
import type { DigestPeriod } from '../../src/core/digest/period.ts';
import type { Network } from '../../src/core/model.ts';
import { nowMs } from '../framework/measure.ts';

export interface CapturedQuery {
  query: string;
  params: unknown[];
}

/** A drizzle database over `client` that adds every statement it sends to `captured`. */
export function capturingDatabase(client: postgres.Sql, captured: CapturedQuery[]): Database {
  const logger = { logQuery: (query: string, params: unknown[]) => captured.push({ query, params }) };
  return drizzle(client, { schema, logger }) as unknown as Database;
}

/** Builds the network's digest once and returns the statements it sent, in order. */
export async function captureDigest(
  client: postgres.Sql,
  network: Network,
  period: DigestPeriod | NamedPeriod,
): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = [];
  await createStore(capturingDatabase(client, captured)).run((repos) =>
    digestMessage(repos, network, period, network.locale),
  );
  return captured;
}

/** Sends the statements again, bare: unprepared, as drizzle sends them; the rows are dropped. */
export async function replay(client: postgres.Sql, queries: readonly CapturedQuery[]): Promise<void> {
  for (const { query, params } of queries) {
    await client.unsafe(query, params as postgres.ParameterOrJSON<never>[], { prepare: false });
  }
}

/** Each statement alone (median of `runs`), slowest first: where a digest's SQL time goes. */
export async function replayEach(
  client: postgres.Sql,
  queries: readonly CapturedQuery[],
  runs: number,
): Promise<Array<{ query: string; medianMs: number }>> {
  const each = [];
  for (const { query, params } of queries) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = nowMs();
      await client.unsafe(query, params as postgres.ParameterOrJSON<never>[], { prepare: false });
      samples.push(nowMs() - started);
    }
    samples.sort((a, b) => a - b);
    const medianMs = Math.round((samples[Math.floor(samples.length / 2)] ?? 0) * 10) / 10;
    each.push({ query: query.replace(/\s+/g, ' ').slice(0, 140), medianMs });
  }
  return each.sort((a, b) => b.medianMs - a.medianMs);
}
