// A process that writes into the embedded database when told to (test/db/data-dir-writers.test.ts
// runs two on one DATA_DIR): `node --import tsx embedded-writer.ts DATA_DIR INSERTS`. For each
// start time read on standard input it waits for that instant, opens DATA_DIR as the bot does,
// inserts rows, each acknowledged by PGlite before the next, closes, and answers one line of
// JSON; refused, it answers with the lock's message instead.
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { openEmbedded } from '../../db/client.ts';
import { DataDirLockedError } from '../../db/data-dir.ts';

const [dataDir = '', inserts = '0'] = process.argv.slice(2);
const INSERTS = Number(inserts);
const answer = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

async function write(round: number): Promise<void> {
  const opened = await openEmbedded(dataDir);
  try {
    await opened.db.execute(sql`create table if not exists writes (round int, writer int, n int)`);
    for (let n = 1; n <= INSERTS; n++)
      await opened.db.execute(sql`insert into writes values (${round}, ${process.pid}, ${n})`);
  } finally {
    await opened.close();
  }
}

answer({ pid: process.pid, ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  const { round, at } = JSON.parse(line) as { round: number; at: number };
  // Spin rather than sleep: both writers open the directory in the same instant.
  while (performance.timeOrigin + performance.now() < at) {}
  try {
    await write(round);
    answer({ pid: process.pid, round, acknowledged: INSERTS });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    answer({ pid: process.pid, round, refused: `Maillage: ${error.message}` });
  }
}
