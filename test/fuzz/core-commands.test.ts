// Every command of the registry, fuzzed through core.handle on a seeded network: hostile
// arguments never crash, never end in the generic "unexpected error", never write when
// refused, and give replies each platform can show without notifying anyone.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commands } from '../../src/core/commands/index.ts';
import type { Core } from '../../src/core/core.ts';
import { t } from '../../src/core/i18n/index.ts';
import { messageText } from '../../src/core/message.ts';
import { describeDatabases } from '../support/databases.ts';
import { FakeClock, RecordingLogger, testCore, testDemo } from '../support/fakes.ts';
import { rowCounts } from '../support/row-counts.ts';
import { commandLines } from './command-lines.ts';
import { fastCounts } from './fast-counts.ts';
import { actor, type FuzzNetwork, seedFuzzNetwork } from './fuzz-network.ts';
import { renderingProblems } from './platform-checks.ts';
import { FUZZ_RUNS, RunCounter, saltOf, settings } from './settings.ts';

const INTERNAL = [t('fr', 'error.internal'), t('en', 'error.internal')];

describeDatabases('fuzzed commands through the core', (database) => {
  const logger = new RecordingLogger();
  const counter = new RunCounter();
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  const networks = new Map<string, FuzzNetwork>();
  let core: Core;
  let startedAt = 0;

  beforeAll(() => {
    process.on('unhandledRejection', onRejection);
    core = testCore(database().db, new FakeClock(), logger);
    startedAt = performance.now();
  });
  afterAll(() => {
    process.off('unhandledRejection', onRejection);
    counter.print(`core commands [${database().kind}]`, startedAt);
  });

  async function networkFor(platform: FuzzNetwork['platform']): Promise<FuzzNetwork> {
    const known = networks.get(platform);
    if (known) return known;
    const seeded = await seedFuzzNetwork(core, testDemo(database().db, core), platform);
    networks.set(platform, seeded);
    return seeded;
  }

  for (const command of commands) {
    const name = command.names[0];
    it(`${name}: hostile arguments are answered, within limits, and a refusal writes nothing`, async () => {
      const { db } = database();
      const network = await networkFor(command.platforms?.[0] ?? 'shell');
      let counts = await fastCounts(db, network.networkId);
      const property = fc.asyncProperty(commandLines(command), actor, async (line, user) => {
        const logged = logger.entries.length;
        const reply = await core.handle({ ...network.space, user, channelId: 'c1', text: line.text });
        counter.add(name, !reply.failed);
        const entries = logger.entries.slice(logged);
        const errors = entries.filter((e) => e.level === 'error');
        expect(errors.map((e) => ({ message: e.message, ...e.context }))).toEqual([]);
        // Logs never carry what people typed, nor their names.
        const logs = JSON.stringify(entries);
        for (const typed of [line.text, user.displayName])
          if (typed.trim().length >= 12) expect(logs.includes(typed)).toBe(false);
        expect(reply.messages.length).toBeGreaterThan(0);
        for (const message of reply.messages) {
          expect(INTERNAL).not.toContain(messageText(message));
          expect(renderingProblems(message, reply.locale)).toEqual([]);
        }
        for (const note of reply.notifications)
          expect(renderingProblems(note.message, note.locale)).toEqual([]);
        const after = await fastCounts(db, network.networkId);
        if (reply.failed) expect(after).toEqual(counts);
        counts = after;
      });
      await fc.assert(property, settings(FUZZ_RUNS, saltOf(name)));
    }, 180_000);
  }

  it('stores a NUL or a lone surrogate typed in a text as U+FFFD instead of failing', async () => {
    const { db } = database();
    const network = await networkFor('shell');
    const user = { externalId: 'UADMIN01', displayName: 'Alice Admin', isPlatformAdmin: true };
    const logged = logger.entries.length;
    for (const text of [
      'but nouveau "Zéro\u0000 jeune"',
      'config nom "Réseau é\ud800"',
      'sigle ajouter ZZZ "臔\udfff"',
    ]) {
      const reply = await core.handle({ ...network.space, user, channelId: 'c1', text });
      expect(reply.failed, text).toBe(false);
    }
    expect(logger.entries.slice(logged).filter((e) => e.level === 'error')).toEqual([]);
    const lookup = await core.handle({ ...network.space, user, channelId: 'c1', text: 'sigle ZZZ' });
    expect(lookup.messages.map(messageText).join('\n')).toContain('臔\ufffd');
    // The one-query counts the properties use are the shared helper's.
    expect(await fastCounts(db, network.networkId)).toEqual(await rowCounts(db, network.networkId));
  });

  it('left no promise rejected unhandled', async () => {
    // A rejection surfaces on a later turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(rejections).toEqual([]);
    expect(counter.total()).toBeGreaterThanOrEqual(commands.length * FUZZ_RUNS);
  });
});
