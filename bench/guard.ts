// Throughput and accuracy of the confidentiality guard on its test corpus, to quote in docs and PRs.
// Run with: npx tsx bench/guard.ts

import { checkText } from '../src/core/guard/index.ts';
import { PASS, REFUSE, WARN } from '../test/core/guard/corpus.ts';
import { measureCorpus } from '../test/core/guard/corpus-metrics.ts';

const ROUNDS = 200;

function throughput(sentences: readonly string[]): { perSecond: number; total: number } {
  for (const sentence of sentences) checkText(sentence); // warm-up: let the JIT compile the patterns
  const started = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const sentence of sentences) checkText(sentence);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const total = sentences.length * ROUNDS;
  return { perSecond: total / seconds, total };
}

function longInputThroughput(sentences: readonly string[]): number {
  const long = sentences.join(' ').slice(0, 4000);
  const started = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round += 1) checkText(long);
  return ROUNDS / (Number(process.hrtime.bigint() - started) / 1e9);
}

const sentences = [...REFUSE.map((sample) => sample.text), ...WARN.map((sample) => sample.text), ...PASS];
const metrics = measureCorpus();
const speed = throughput(sentences);
const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;

console.log(`corpus: ${REFUSE.length} to refuse, ${WARN.length} to warn, ${PASS.length} to pass`);
console.log(`refusal recall: ${percent(metrics.refusalRecall)} (${metrics.refused}/${REFUSE.length})`);
console.log(`refusal recall with the expected kind: ${percent(metrics.kindRecall)}`);
console.log(`warning recall (warn or refuse): ${percent(metrics.warningRecall)}`);
console.log(`false refusals on ordinary text: ${percent(metrics.falseRefusalRate)}`);
console.log(`false alarms on ordinary text (refuse or warn): ${percent(metrics.falseAlarmRate)}`);
console.log(
  `throughput: ${Math.round(speed.perSecond).toLocaleString('en')} sentences/s (${speed.total} checks)`,
);
console.log(
  `4,000-character inputs: ${Math.round(longInputThroughput(sentences)).toLocaleString('en')} texts/s`,
);
