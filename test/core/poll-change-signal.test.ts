import { describe, expect, it } from 'vitest';
import { PollChangeSignal, type Timer } from '../../src/core/polls/poll-change-signal.ts';

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
  advance(ms: number) {
    this.time += ms;
    const due = this.tasks.filter((t) => t.at <= this.time);
    this.tasks = this.tasks.filter((t) => t.at > this.time);
    for (const task of due) task.callback();
  }
}

describe('the coalesced poll-changed signal', () => {
  it('flushes the first change at once and a burst at most once per 2 seconds, ending with the last', () => {
    const timer = new ManualTimer();
    const flushed: number[] = [];
    const signal = new PollChangeSignal(() => flushed.push(timer.time), timer);
    signal.changed('n', 'p');
    expect(flushed).toEqual([0]);
    for (let t = 0; t < 10; t++) {
      timer.advance(100);
      signal.changed('n', 'p');
    }
    expect(flushed).toEqual([0]);
    timer.advance(1000);
    expect(flushed).toEqual([0, 2000]);
    timer.advance(5000);
    expect(flushed).toEqual([0, 2000]);
  });

  it('throttles each poll separately', () => {
    const timer = new ManualTimer();
    const flushed: string[] = [];
    const signal = new PollChangeSignal((_, poll) => flushed.push(poll), timer);
    signal.changed('n', 'a');
    signal.changed('n', 'b');
    signal.changed('n', 'a');
    expect(flushed).toEqual(['a', 'b']);
    timer.advance(2000);
    expect(flushed).toEqual(['a', 'b', 'a']);
  });

  it('drops pending flushes when stopped', () => {
    const timer = new ManualTimer();
    const flushed: string[] = [];
    const signal = new PollChangeSignal((_, poll) => flushed.push(poll), timer);
    signal.changed('n', 'a');
    signal.changed('n', 'a');
    signal.stop();
    timer.advance(5000);
    expect(flushed).toEqual(['a']);
  });
});
