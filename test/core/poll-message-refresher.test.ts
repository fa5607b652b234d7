// The one place a poll's live message is edited (src/core/polls/poll-message-refresher.ts),
// on a hand-driven timer: the first change at once, at most one edit every 2 s per poll,
// the last change always shown, one edit in flight per poll, and nothing read where
// nothing is edited.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/core/message.ts';
import type { Network, Space } from '../../src/core/model.ts';
import { pollRefresher, type Timer } from '../../src/core/polls/poll-message-refresher.ts';
import type { PollView } from '../../src/core/polls/poll-view.ts';
import type { PostOutcome, Publisher } from '../../src/core/ports.ts';
import { RecordingLogger } from '../support/fakes.ts';

/** A timer whose time only moves when the test says so. */
class ManualTimer implements Timer {
  time = 0;
  private tasks: Array<{ at: number; callback: () => void; id: number }> = [];
  private next = 1;
  set(callback: () => void, ms: number) {
    const id = this.next++;
    this.tasks.push({ at: this.time + ms, callback, id });
    return id;
  }
  clear(handle: unknown) {
    this.tasks = this.tasks.filter((t) => t.id !== handle);
  }
  now() {
    return this.time;
  }
  /** Takes out the earliest task due by `end`, to run it (tasks run in order, one at a time). */
  dueBy(end: number) {
    const next = this.tasks.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
    if (next) this.tasks = this.tasks.filter((t) => t !== next);
    return next;
  }
}

/** Lets reads and edits that are not held run to their end. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Edit {
  ref: string;
  /** The vote count the edit showed. */
  count: string;
  at: number;
}

function setUp(options: { edits?: boolean; messageRef?: string | null; holdEdits?: boolean } = {}) {
  const timer = new ManualTimer();
  const logger = new RecordingLogger();
  /** Each poll's current vote count, as the next read sees it. */
  const counts = new Map<string, number>();
  let reads = 0;
  const edits: Edit[] = [];
  const held: Array<() => void> = [];
  let failNext = false;
  const view = (pollId: string): PollView => {
    const message: Message = {
      visibility: 'public',
      blocks: [{ type: 'text', text: String(counts.get(pollId) ?? 0) }],
    };
    return {
      network: { id: 'n', locale: 'fr' } as Network,
      space: { id: 's', platform: 'slack', removedAt: null } as Space,
      channelId: 'C1',
      messageRef: options.messageRef === undefined ? `C1:${pollId}` : options.messageRef,
      status: 'open',
      ref: 1,
      message,
    };
  };
  const publisher: Publisher = {
    post: async () => ({ ok: true }),
    direct: async () => ({ ok: true }),
  };
  if (options.edits !== false)
    publisher.edit = async (_space, ref, message): Promise<PostOutcome> => {
      const block = message.blocks[0];
      edits.push({ ref, count: block?.type === 'text' ? block.text : '?', at: timer.time });
      if (options.holdEdits) await new Promise<void>((resolve) => held.push(resolve));
      if (failNext) {
        failNext = false;
        throw new Error('refused');
      }
      return { ok: true };
    };
  const refresher = pollRefresher({
    read: async (_networkId, pollId) => {
      reads += 1;
      return view(pollId);
    },
    publisher,
    logger,
    timer,
  });
  /** One vote more on `poll`, and its change signalled. */
  const vote = (poll = 'p') => {
    counts.set(poll, (counts.get(poll) ?? 0) + 1);
    refresher.changed('n', poll);
  };
  /** Moves the time on, running what falls due, then what it starts. */
  const advance = async (ms: number) => {
    await settle(); // what the last change started, before the time moves
    const end = timer.time + ms;
    for (;;) {
      const due = timer.dueBy(end);
      if (!due) break;
      timer.time = due.at;
      due.callback();
      await settle();
    }
    timer.time = end;
    await settle();
  };
  return {
    timer,
    logger,
    refresher,
    vote,
    advance,
    edits,
    reads: () => reads,
    release: async () => {
      held.shift()?.();
      await settle();
    },
    failNextEdit: () => {
      failNext = true;
    },
  };
}

describe('the poll message refresher', () => {
  it('edits at once on the first change, then at most once per 2 s, ending with the last state', async () => {
    const { vote, advance, edits } = setUp();
    vote();
    await advance(0);
    expect(edits).toEqual([{ ref: 'C1:p', count: '1', at: 0 }]);
    for (let t = 0; t < 10; t++) {
      await advance(100);
      vote();
    }
    expect(edits).toHaveLength(1);
    await advance(1000);
    expect(edits.map((e) => [e.count, e.at])).toEqual([
      ['1', 0],
      ['11', 2000],
    ]);
    await advance(5000);
    expect(edits).toHaveLength(2);
  });

  it('keeps the edits of a poll 2 s apart however the changes come, and shows the last one', async () => {
    const { vote, advance, edits } = setUp();
    for (let n = 1; n <= 20; n += 1) {
      vote();
      await advance(300);
    }
    await advance(5000);
    const times = edits.map((e) => e.at);
    for (let i = 1; i < times.length; i += 1)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(2000);
    expect(edits.at(-1)?.count).toBe('20');
    expect(edits.length).toBeLessThan(20);
  });

  it('edits at once a change coming 2 s or more after the last edit', async () => {
    const { vote, advance, edits } = setUp();
    vote();
    await advance(2500);
    vote();
    await advance(0);
    expect(edits.map((e) => [e.count, e.at])).toEqual([
      ['1', 0],
      ['2', 2500],
    ]);
  });

  it('throttles each poll on its own', async () => {
    const { vote, advance, edits } = setUp();
    vote('a');
    vote('b');
    vote('a');
    await advance(0);
    expect(edits.map((e) => e.ref)).toEqual(['C1:a', 'C1:b']);
    await advance(2000);
    expect(edits.map((e) => [e.ref, e.count])).toEqual([
      ['C1:a', '1'],
      ['C1:b', '1'],
      ['C1:a', '2'],
    ]);
  });

  it('has one edit in flight per poll: changes during a slow edit make one more, from the poll as it then stands', async () => {
    const { vote, advance, edits, release } = setUp({ holdEdits: true });
    vote();
    await advance(0);
    expect(edits.map((e) => e.count)).toEqual(['1']);
    vote();
    vote();
    await advance(5000); // the platform still has not answered: nothing else goes
    expect(edits).toHaveLength(1);
    vote();
    await release();
    await advance(0);
    expect(edits.map((e) => [e.count, e.at])).toEqual([
      ['1', 0],
      ['4', 5000],
    ]);
    await release();
    await advance(5000);
    expect(edits).toHaveLength(2);
  });

  it('sends no edit that would show what the message already shows', async () => {
    const { vote, advance, edits, refresher } = setUp();
    vote();
    await advance(0);
    refresher.changed('n', 'p'); // signalled again with nothing new (read before it was)
    await advance(5000);
    vote();
    await advance(0);
    expect(edits.map((e) => [e.count, e.at])).toEqual([
      ['1', 0],
      ['2', 5000],
    ]);
  });

  it('goes on after an edit that failed', async () => {
    const { vote, advance, edits, failNextEdit, logger } = setUp();
    failNextEdit();
    vote();
    await advance(0);
    vote();
    await advance(2000);
    expect(edits.map((e) => e.count)).toEqual(['1', '2']);
    expect(logger.entries.some((e) => e.message === 'could not refresh a poll message')).toBe(true);
  });

  it('reads nothing where no platform edits (the shell), and edits nothing not posted', async () => {
    const shell = setUp({ edits: false });
    shell.vote();
    await shell.advance(5000);
    expect(shell.reads()).toBe(0);
    const unposted = setUp({ messageRef: null });
    unposted.vote();
    await unposted.advance(0);
    expect(unposted.reads()).toBe(1);
    expect(unposted.edits).toEqual([]);
  });

  it('drops the edits waiting when stopped', async () => {
    const { vote, advance, edits, refresher } = setUp();
    vote();
    await advance(0);
    vote();
    refresher.stop();
    await advance(5000);
    vote();
    await advance(0);
    expect(edits.map((e) => e.count)).toEqual(['1']);
  });
});
