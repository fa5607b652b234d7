// Recall and false-alarm figures of the guard on the test corpus, shared by the tests and the bench.

import { checkText } from '../../../src/core/guard/index.ts';
import { PASS, REFUSE, WARN } from './corpus.ts';

export interface CorpusMetrics {
  refused: number;
  /** Share of personal-data sentences refused. */
  refusalRecall: number;
  /** Share of personal-data sentences refused with the expected kind among the findings. */
  kindRecall: number;
  /** Share of person-describing sentences that at least raise a warning. */
  warningRecall: number;
  /** Share of ordinary sentences refused. */
  falseRefusalRate: number;
  /** Share of ordinary sentences refused or warned about. */
  falseAlarmRate: number;
}

export function measureCorpus(): CorpusMetrics {
  const refuseVerdicts = REFUSE.map((sample) => ({ sample, verdict: checkText(sample.text) }));
  const refused = refuseVerdicts.filter(({ verdict }) => verdict.verdict === 'refuse').length;
  const withKind = refuseVerdicts.filter(
    ({ sample, verdict }) =>
      verdict.verdict === 'refuse' && verdict.findings.some((finding) => finding.kind === sample.kind),
  ).length;
  const warned = WARN.filter((sample) => checkText(sample.text).verdict !== 'pass').length;
  const passVerdicts = PASS.map((text) => checkText(text).verdict);
  return {
    refused,
    refusalRecall: refused / REFUSE.length,
    kindRecall: withKind / REFUSE.length,
    warningRecall: warned / WARN.length,
    falseRefusalRate: passVerdicts.filter((verdict) => verdict === 'refuse').length / PASS.length,
    falseAlarmRate: passVerdicts.filter((verdict) => verdict !== 'pass').length / PASS.length,
  };
}
