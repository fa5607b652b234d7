// The confidentiality guard on its test corpus (not a part of issue 11's suite: run it with
// `npm run bench -- guard`): recall, false alarms and throughput, to quote in docs and PRs.
import { checkText } from '../../src/core/guard/index.ts';
import { PASS, REFUSE, WARN } from '../../test/core/guard/corpus.ts';
import { measureCorpus } from '../../test/core/guard/corpus-metrics.ts';
import { nowMs } from '../framework/measure.ts';
import type { BenchPart } from '../framework/part.ts';

/** Checks per second over `rounds` passes on `texts`, after one pass to let the JIT compile the patterns. */
function throughput(texts: readonly string[], rounds: number): number {
  for (const text of texts) checkText(text);
  const started = nowMs();
  for (let round = 0; round < rounds; round += 1) {
    for (const text of texts) checkText(text);
  }
  return (texts.length * rounds) / ((nowMs() - started) / 1000);
}

export const guardPart: BenchPart = {
  name: 'guard',
  title: 'Confidentiality guard (corpus)',
  inSuite: false,
  needsServer: false,
  async run(context) {
    const rounds = context.smoke ? 5 : 200;
    const sentences = [...REFUSE.map((s) => s.text), ...WARN.map((s) => s.text), ...PASS];
    const metrics = measureCorpus();
    const percent = (metric: string, value: number) =>
      context.record({ metric, value: value * 100, unit: '%' });
    percent(`refusal recall (${metrics.refused}/${REFUSE.length})`, metrics.refusalRecall);
    percent('refusal recall with the expected kind', metrics.kindRecall);
    percent('warning recall (warn or refuse)', metrics.warningRecall);
    percent('false refusals on ordinary text', metrics.falseRefusalRate);
    percent('false alarms on ordinary text (refuse or warn)', metrics.falseAlarmRate);
    context.record({ metric: 'sentences checked', value: throughput(sentences, rounds), unit: '/s' });
    const long = sentences.join(' ').slice(0, 4000);
    context.record({
      metric: '4,000-character texts checked',
      value: throughput([long], rounds),
      unit: '/s',
    });
    context.detail('corpus', { refuse: REFUSE.length, warn: WARN.length, pass: PASS.length });
  },
};
