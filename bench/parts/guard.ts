// The confidentiality guard on its test corpora (not a part of issue 11's suite: run it with
// `npm run bench:guard`): recall, false alarms and throughput, to quote in docs and PRs. The
// second level's corpus (issue 31) is judged through `verifier` as a member reads it, category by
// category, on the part the guard was tuned on and on the held-out parts it never was.
import { checkText } from '../../src/core/guard/index.ts';
import { PASS, REFUSE, WARN } from '../../test/core/guard/corpus.ts';
import { measureCorpus } from '../../test/core/guard/corpus-metrics.ts';
import { CORPUS_PARTS, readCorpus } from '../../test/core/guard/level2/corpus-file.ts';
import { measurePart } from '../../test/core/guard/level2/verifier-metrics.ts';
import { nowMs } from '../framework/measure.ts';
import type { BenchPart, PartContext } from '../framework/part.ts';

// Issue 31's goal, for every category and overall.
const MIN_RECALL = 95;
const MAX_FALSE_ALARMS = 3;
const MIN_THROUGHPUT = 50_000;

/**
 * Checks per second of wall-clock time and per second of this process's CPU time, over `rounds`
 * passes on `texts` after one pass to let the JIT compile the patterns. On a machine shared with
 * other work the CPU figure is the one that says what the guard costs.
 */
function throughput(texts: readonly string[], rounds: number): { wall: number; cpu: number } {
  for (const text of texts) checkText(text);
  const started = nowMs();
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < rounds; round += 1) {
    for (const text of texts) checkText(text);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const checks = texts.length * rounds;
  return { wall: checks / ((nowMs() - started) / 1000), cpu: checks / ((cpu.user + cpu.system) / 1e6) };
}

function recordFirstLevel(context: PartContext): void {
  const metrics = measureCorpus();
  const percent = (metric: string, value: number) =>
    context.record({ metric, value: value * 100, unit: '%' });
  percent(`first level: refusal recall (${metrics.refused}/${REFUSE.length})`, metrics.refusalRecall);
  percent('first level: refusal recall with the expected kind', metrics.kindRecall);
  percent('first level: warning recall (warn or refuse)', metrics.warningRecall);
  percent('first level: false alarms on ordinary text', metrics.falseAlarmRate);
}

async function recordSecondLevel(context: PartContext): Promise<void> {
  for (const part of CORPUS_PARTS) {
    const figures = await measurePart(part);
    for (const category of figures.categories) {
      const value = category.rate * 100;
      const personal = category.personal;
      context.record({
        metric: `${part} · ${category.category} (${category.count}): ${personal ? 'refused or confirmed' : 'false alarms'}`,
        value,
        unit: '%',
        target: personal ? { op: '>=', limit: MIN_RECALL } : { op: '<=', limit: MAX_FALSE_ALARMS },
      });
    }
    context.record({
      metric: `${part} · all personal data (${figures.personalCount}): refused or confirmed`,
      value: figures.recall * 100,
      unit: '%',
      target: { op: '>=', limit: MIN_RECALL },
    });
    context.record({
      metric: `${part} · all personal data: as strong as expected (refused where due)`,
      value: figures.exactRecall * 100,
      unit: '%',
    });
    context.record({
      metric: `${part} · all ordinary text (${figures.ordinaryCount}): false alarms`,
      value: figures.falseAlarms * 100,
      unit: '%',
      target: { op: '<=', limit: MAX_FALSE_ALARMS },
    });
    const misses = figures.categories.flatMap((category) => category.misses);
    context.detail(
      `${part} misses`,
      misses.map(({ at, verdict, text }) => ({ at, verdict, text })),
    );
  }
}

export const guardPart: BenchPart = {
  name: 'guard',
  title: 'Confidentiality guard (corpus)',
  inSuite: false,
  needsServer: false,
  async run(context) {
    const rounds = context.smoke ? 5 : 200;
    recordFirstLevel(context);
    await recordSecondLevel(context);
    const secondLevel = CORPUS_PARTS.flatMap((part) => readCorpus(part).map((line) => line.text));
    const sentences = [...REFUSE.map((s) => s.text), ...WARN.map((s) => s.text), ...PASS, ...secondLevel];
    const speed = throughput(sentences, rounds);
    context.record({ metric: 'sentences checked (wall clock)', value: speed.wall, unit: '/s' });
    context.record({
      metric: 'sentences checked per second of CPU',
      value: speed.cpu,
      unit: '/s',
      target: { op: '>=', limit: MIN_THROUGHPUT },
    });
    const long = sentences.join(' ').slice(0, 4000);
    const longSpeed = throughput([long], rounds);
    context.record({
      metric: '4,000-character texts checked per second of CPU',
      value: longSpeed.cpu,
      unit: '/s',
    });
    context.detail('corpus', {
      refuse: REFUSE.length,
      warn: WARN.length,
      pass: PASS.length,
      secondLevel: secondLevel.length,
      sentences: sentences.length,
    });
  },
};
