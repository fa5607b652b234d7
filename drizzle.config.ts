import { defineConfig } from 'drizzle-kit';

// Migrations are generated from db/schema.ts and committed; the same folder migrates
// the embedded PGlite database and a PostgreSQL server.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
});
