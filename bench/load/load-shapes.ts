// The two shapes of load of parts 1–3, on performance.now() (the clock the fakes stamp what
// they receive with):
// - open loop: request i is due at start + i/rate whatever happened to the earlier ones, and
//   its latency is measured from that due time — a server that stalls is charged for the
//   requests it kept waiting (no coordinated omission);
// - closed loop: a fixed number of requests in flight, each slot sending its next one as soon
//   as its last one is done (saturation: as fast as the server goes).
// While a load runs, this process watches its own event loop: a late generator would be
// charged to the server, so its lateness is reported next to the figures.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { quantile } from '../framework/measure.ts';

/** One request's outcome: its latencies from its due (or send) time, in ms. */
export interface Outcome {
  ackMs?: number;
  /** For an answer that never came: how long it was waited for (a lower bound, counted so). */
  replyMs?: number;
  /** The request was refused or its answer was not the expected one. */
  failed?: boolean;
  /** Why it failed (`ack 500`, `connection ECONNRESET`, `unexpected reply`…). */
  failure?: string;
  /** The answer never came (replyMs is then the time waited). */
  unanswered?: boolean;
}

export interface LoadResult {
  sent: number;
  /** Seconds from the first due time to the last answer awaited. */
  seconds: number;
  outcomes: Outcome[];
  generator: GeneratorHealth;
}

/** How well this process kept up while generating the load. */
export interface GeneratorHealth {
  /** How late requests were sent after their due time (open loop), ms. */
  sendLagP99Ms: number;
  sendLagMaxMs: number;
  /** This process's event-loop delay, ms. */
  loopDelayP99Ms: number;
  /** Share of time this process's event loop was busy (0–1). */
  loopUtilisation: number;
}

function watchLoop() {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const before = performance.eventLoopUtilization();
  return (sendLags: number[]): GeneratorHealth => {
    delay.disable();
    const used = performance.eventLoopUtilization(before);
    return {
      sendLagP99Ms: round(quantile(sendLags, 0.99)),
      sendLagMaxMs: round(sendLags.length ? Math.max(...sendLags) : Number.NaN),
      loopDelayP99Ms: round(delay.percentile(99) / 1e6),
      loopUtilisation: round(used.utilization),
    };
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Sends one request due at `dueAt`; resolves with its outcome once everything awaited came (or never will). */
export type Fire = (index: number, dueAt: number) => Promise<Outcome>;

/** `rate` requests per second for `seconds`, each sent at its due time. */
export async function openLoop(rate: number, seconds: number, fire: Fire): Promise<LoadResult> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const finish = watchLoop();
  const start = performance.now() + 10;
  const pending: Array<Promise<Outcome>> = [];
  const sendLags: number[] = [];
  let next = 0;
  while (next < total) {
    const now = performance.now();
    while (next < total && start + next * interval <= now) {
      const dueAt = start + next * interval;
      sendLags.push(now - dueAt);
      pending.push(fire(next, dueAt));
      next += 1;
    }
    if (next < total) {
      const wait = start + next * interval - performance.now();
      await sleep(Math.max(0, Math.floor(wait)));
    }
  }
  const outcomes = await Promise.all(pending);
  return { sent: total, seconds: (performance.now() - start) / 1000, outcomes, generator: finish(sendLags) };
}

/** `concurrency` requests in flight for `seconds`; latencies from each one's send time. */
export async function closedLoop(concurrency: number, seconds: number, fire: Fire): Promise<LoadResult> {
  const finish = watchLoop();
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const outcomes: Outcome[] = [];
  let next = 0;
  const slot = async () => {
    while (performance.now() < deadline) {
      const index = next;
      next += 1;
      outcomes.push(await fire(index, performance.now()));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, slot));
  return { sent: next, seconds: (performance.now() - start) / 1000, outcomes, generator: finish([]) };
}

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  count: number;
}

export function latencies(values: readonly number[]): Latencies {
  return {
    p50: round(quantile(values, 0.5)),
    p95: round(quantile(values, 0.95)),
    p99: round(quantile(values, 0.99)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
    count: values.length,
  };
}

export interface LoadSummary {
  ack: Latencies;
  reply: Latencies;
  /** Requests fully answered (ack and reply) per second of the run. */
  throughput: number;
  sent: number;
  /** Refused or answered wrongly, and why (counts by reason). */
  failed: number;
  failures: Record<string, number>;
  unanswered: number;
  generator: GeneratorHealth;
}

function countBy(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

export function summariseLoad(result: LoadResult): LoadSummary {
  const ok = result.outcomes.filter((o) => !o.failed && !o.unanswered);
  const acks = result.outcomes.flatMap((o) => (o.ackMs === undefined ? [] : [o.ackMs]));
  const replies = result.outcomes.flatMap((o) => (o.replyMs === undefined ? [] : [o.replyMs]));
  return {
    ack: latencies(acks),
    reply: latencies(replies),
    throughput: round(ok.length / result.seconds),
    sent: result.sent,
    failed: result.outcomes.filter((o) => o.failed).length,
    failures: countBy(result.outcomes.flatMap((o) => (o.failed ? [o.failure ?? 'unknown'] : []))),
    unanswered: result.outcomes.filter((o) => o.unanswered).length,
    generator: result.generator,
  };
}
