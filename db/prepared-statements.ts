// postgres.js sends a statement with parameters either prepared (named, described once per
// connection, then sent with its parameters in one go and pipelined with the next ones) or
// unnamed, which it first describes and waits for: two round trips, one after the other, for
// every statement. drizzle asks for unnamed statements unless a query is given a name, so
// every statement of every command paid the second round trip and none were pipelined.
// This wraps the client given to drizzle so that short statements are prepared: a command's
// statements are a few dozen distinct texts, kept per connection (connections are replaced
// after `max_lifetime`). Long texts (bulk statements whose text grows with their rows, the
// digest's few big aggregates, which the planner should see with their values) stay unnamed.
import type { Sql, TransactionSql } from 'postgres';

/** Statements longer than this are not prepared. */
export const PREPARED_MAX_LENGTH = 2000;

type Client = Sql | TransactionSql;
type Work = (client: TransactionSql) => unknown;

function preparing<T extends Client>(client: T): T {
  return new Proxy(client, {
    get(target, property) {
      const value = (target as unknown as Record<string | symbol, unknown>)[property];
      if (property === 'unsafe') {
        const unsafe = value as Sql['unsafe'];
        return (query: string, parameters?: unknown[], options?: { prepare?: boolean }) =>
          unsafe(query, parameters as never, {
            ...options,
            prepare: options?.prepare === true || query.length <= PREPARED_MAX_LENGTH,
          });
      }
      if (property === 'begin' || property === 'savepoint') {
        const open = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const work = args.pop() as Work;
          return open(...args, (inner: TransactionSql) => work(preparing(inner)));
        };
      }
      return value;
    },
  });
}

/** The client to give drizzle: the same pool, its short statements prepared. */
export function withPreparedStatements(sql: Sql): Sql {
  return preparing(sql);
}
