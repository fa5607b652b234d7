// The pacing of a message's edits (adapters/slack/paced-edits.ts) on a hand-driven clock: one
// edit in flight per message, edits at least 2 s apart, the latest version winning, and a
// failing edit not blocking the next ones.
import { describe, expect, it } from 'vitest';
import { pacedEdits } from '../../adapters/slack/paced-edits.ts';

/** A clock moved by hand; `wait` resolves once the clock has been moved past its end. */
function handClock() {
  let time = 0;
  const waiting: Array<{ until: number; resolve: () => void }> = [];
  return {
    now: () => time,
    wait: (ms: number) =>
      new Promise<void>((resolve) => {
        waiting.push({ until: time + ms, resolve });
      }),
    async advance(ms: number) {
      time += ms;
      for (const w of waiting.filter((w) => w.until <= time)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
      // Let the woken edits run up to their next wait.
      for (let i = 0; i < 10; i += 1) await Promise.resolve();
    },
  };
}

interface Edit {
  message: string;
  count: number;
}

function setUp(options: { failOn?: number } = {}) {
  const clock = handClock();
  const sent: Array<Edit & { at: number }> = [];
  const edit = pacedEdits(
    (e: Edit) => e.message,
    async (e: Edit) => {
      sent.push({ ...e, at: clock.now() });
      if (e.count === options.failOn) throw new Error('refused');
    },
    { intervalMs: 2000, now: clock.now, wait: clock.wait },
  );
  return { clock, sent, edit };
}

describe('pacedEdits', () => {
  it('sends the first edit at once, then only the latest, 2 s later', async () => {
    const { clock, sent, edit } = setUp();
    const done = [1, 2, 3].map((count) => edit({ message: 'C1:1.1', count }));
    await clock.advance(0);
    expect(sent.map((e) => e.count)).toEqual([1]);
    await clock.advance(1999);
    expect(sent.map((e) => e.count)).toEqual([1]);
    await clock.advance(1);
    expect(sent).toEqual([
      { message: 'C1:1.1', count: 1, at: 0 },
      { message: 'C1:1.1', count: 3, at: 2000 },
    ]);
    await Promise.all(done);
  });

  it('keeps edits of one message 2 s apart however they are asked for, and the last one shown', async () => {
    const { clock, sent, edit } = setUp();
    for (let count = 1; count <= 20; count += 1) {
      void edit({ message: 'C1:1.1', count });
      await clock.advance(300);
    }
    await clock.advance(5000);
    const times = sent.map((e) => e.at);
    for (let i = 1; i < times.length; i += 1)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(2000);
    expect(sent.at(-1)?.count).toBe(20);
    expect(sent.length).toBeLessThan(20);
  });

  it('paces each message on its own', async () => {
    const { clock, sent, edit } = setUp();
    void edit({ message: 'C1:1.1', count: 1 });
    void edit({ message: 'C1:2.2', count: 1 });
    await clock.advance(0);
    expect(sent.map((e) => e.message)).toEqual(['C1:1.1', 'C1:2.2']);
  });

  it('sends at once an edit asked for 2 s or more after the last one', async () => {
    const { clock, sent, edit } = setUp();
    void edit({ message: 'C1:1.1', count: 1 });
    await clock.advance(2500);
    void edit({ message: 'C1:1.1', count: 2 });
    await clock.advance(0);
    expect(sent.map((e) => [e.count, e.at])).toEqual([
      [1, 0],
      [2, 2500],
    ]);
  });

  it('goes on after an edit that failed', async () => {
    const { clock, sent, edit } = setUp({ failOn: 1 });
    await expect(edit({ message: 'C1:1.1', count: 1 })).rejects.toThrow('refused');
    void edit({ message: 'C1:1.1', count: 2 });
    await clock.advance(2000);
    expect(sent.map((e) => e.count)).toEqual([1, 2]);
  });
});
