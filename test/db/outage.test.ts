// Honest outcomes when the database fails, on the PostgreSQL server behind a TCP proxy that
// breaks the network: a COMMIT that reached the server but whose answer was lost is never
// answered "nothing was saved" (with a delivery key it is looked up and answered as done,
// posts included); a silent partition is answered within 5 s, truthfully, and what was
// under way then never commits; a database that refuses connections is answered at once;
// /healthz says 503 while the database does not answer; all recover without a restart.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startHealthServer } from '../../adapters/http/health-server.ts';
import { createHealth } from '../../adapters/platform.ts';
import { type OpenDatabase, openServer, SERVER_TIMEOUTS } from '../../db/client.ts';
import { databaseProbe } from '../../db/probe.ts';
import { COMMAND_TIMEOUT_MS, createStore } from '../../db/store.ts';
import { commands } from '../../src/core/commands/index.ts';
import { type Core, createCore, type IncomingCommand } from '../../src/core/core.ts';
import { messageText } from '../../src/core/message.ts';
import { FakeClock, newSpace, RecordingLogger } from '../support/fakes.ts';
import { TcpProxy } from '../support/tcp-proxy.ts';

const templateUrl = inject('serverUrl');
const adminUrl = inject('serverAdminUrl');
const ALICE = { externalId: 'U0ALICE', displayName: 'Alice Martin', isPlatformAdmin: true };

describe.skipIf(!templateUrl || !adminUrl)('commands while the database fails [postgres]', () => {
  const name = `maillage_outage_${process.pid}_${Date.now()}`;
  let admin: ReturnType<typeof postgres>;
  let direct: ReturnType<typeof postgres>;
  let proxy: TcpProxy;
  let opened: OpenDatabase;
  let core: Core;
  const where = newSpace('slack');
  let deliveries = 0;

  beforeAll(async () => {
    admin = postgres(adminUrl ?? '', { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${new URL(templateUrl ?? '').pathname.slice(1)}`);
    const url = new URL(templateUrl ?? '');
    url.pathname = `/${name}`;
    direct = postgres(url.toString(), { max: 1, onnotice: () => {} });
    proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || 5432) });
    opened = await openServer(proxy.url(url.toString()), { max: 4 });
    core = createCore({
      store: createStore(opened.db, { timeoutMs: COMMAND_TIMEOUT_MS }),
      clock: new FakeClock(new Date()),
      logger: new RecordingLogger(),
      commands,
      secret: 'a-server-secret-of-at-least-thirty-two-chars',
      defaults: { name: 'Réseau', locale: 'fr', timeZone: 'Europe/Paris', digestCron: '0 9 * * 1' },
      // The look-up reconnects through the proxy after the cut: on a loaded machine that can
      // take longer than the 1.5 s a user waits, and this test is about what it finds.
      confirmTimeoutMs: 15_000,
    });
    await say('profil structure "CCAS de Cergy" type CCAS');
  });

  afterAll(async () => {
    await opened?.close();
    await proxy?.close();
    await direct?.end({ timeout: 5 });
    await admin?.unsafe(`drop database if exists ${name} with (force)`);
    await admin?.end({ timeout: 5 });
  });

  async function say(text: string, options: { key?: string | null } = {}) {
    deliveries += 1;
    const key = options.key === null ? undefined : (options.key ?? `slack:trigger-${deliveries}`);
    const command: IncomingCommand = { ...where, user: ALICE, channelId: 'C1', text, deliveryKey: key };
    const reply = await core.handle(command);
    return { ...reply, text: reply.messages.map(messageText).join('\n') };
  }

  const terms = async (term: string) =>
    Number((await direct`select count(*)::int as n from glossary_terms where term = ${term}`)[0]?.n);

  it('applies the statement and idle-in-transaction time limits on its connections', async () => {
    const rows = (await opened.db.execute('show statement_timeout' as never)) as unknown as Array<{
      statement_timeout: string;
    }>;
    expect(rows[0]?.statement_timeout).toBe(`${SERVER_TIMEOUTS.statementMs / 1000}s`);
    const idle = (await opened.db.execute(
      'show idle_in_transaction_session_timeout' as never,
    )) as unknown as Array<{ idle_in_transaction_session_timeout: string }>;
    expect(idle[0]?.idle_in_transaction_session_timeout).toBe('1min');
  });

  it('answers a lost COMMIT that was saved as done, with its post, when the delivery key is found', async () => {
    proxy.cutAfterNextCommit();
    const reply = await say('sigle ajouter PERDU "Un sigle dont la confirmation s’est perdue"');
    expect(proxy.cuts).toBe(1);
    expect(reply.failed, reply.text).toBe(false);
    expect(reply.messages.some((m) => m.visibility === 'public')).toBe(true);
    expect(await terms('PERDU')).toBe(1);
  });

  it('says a lost COMMIT could not be confirmed, never that nothing was saved, without a key', async () => {
    const before = proxy.cuts;
    proxy.cutAfterNextCommit();
    const reply = await say('sigle ajouter INCERTAIN "Un sigle sans clé de livraison"', { key: null });
    expect(proxy.cuts).toBe(before + 1);
    expect(reply.failed).toBe(true);
    expect(reply.text).toContain('impossible de confirmer');
    expect(reply.text).not.toMatch(/Rien n.a été enregistré/);
    // The COMMIT reached the server; on a loaded machine it may land just after the answer.
    await expect.poll(() => terms('INCERTAIN'), { timeout: 5_000 }).toBe(1);
  });

  it('answers within 5 s during a silent partition that nothing changed, and it never commits after', async () => {
    await say('sigle liste');
    proxy.partition();
    const started = performance.now();
    const reply = await say('sigle ajouter PARTITION "Pendant la coupure"');
    const waited = performance.now() - started;
    expect(reply.failed).toBe(true);
    expect(reply.text).toMatch(/ne répond pas pour l.instant\s?:\s?rien n.a été modifié/u);
    expect(waited).toBeLessThan(5_000);
    proxy.heal();
    // The transaction under way goes on once the network heals, and rolls back.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await terms('PARTITION')).toBe(0);
    const after = await say('sigle ajouter APRES "Après la coupure"');
    expect(after.failed, after.text).toBe(false);
    expect(await terms('APRES')).toBe(1);
  }, 20_000);

  it('answers at once when the database refuses connections, and recovers without a restart', async () => {
    proxy.refuse();
    const started = performance.now();
    const reply = await say('sigle ajouter REFUS "Base arrêtée"');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(reply.text).toMatch(/rien n.a été modifié/u);
    proxy.allow();
    const after = await say('sigle ajouter REPRISE "La base est revenue"');
    expect(after.failed, after.text).toBe(false);
    expect(await terms('REFUS')).toBe(0);
    expect(await terms('REPRISE')).toBe(1);
  }, 20_000);

  it('answers /healthz 503 while the database does not answer, and 200 once it does', async () => {
    const health = createHealth();
    health.expect('slack');
    health.ready('slack');
    health.watch('database', databaseProbe(opened.db, 500));
    const server = await startHealthServer(health, 0, '127.0.0.1');
    const port = (server.address() as AddressInfo).port;
    const get = () =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
          let body = '';
          res.on('data', (chunk) => {
            body += String(chunk);
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
          .on('error', reject)
          .end();
      });
    try {
      expect((await get()).status).toBe(200);
      proxy.partition();
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const down = await get();
      expect(down.status).toBe(503);
      expect(JSON.parse(down.body)).toMatchObject({ status: 'unavailable', parts: { database: false } });
      proxy.heal();
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await get()).status).toBe(200);
    } finally {
      proxy.heal();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 20_000);
});
