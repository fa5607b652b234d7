// Recall and false alarms of the guard's second level, measured through `verifier` exactly as a
// member sees it: the sentence is typed after `verifier` (tokenized like any command), the command
// runs, and its reply's opening says which of the three verdicts the member read.

import { tokenize } from '../../../../src/core/args/tokenize.ts';
import type { CommandContext } from '../../../../src/core/commands/command.ts';
import { runCommand } from '../../../../src/core/commands/run-command.ts';
import { verifier } from '../../../../src/core/commands/verifier.ts';
import { sayer } from '../../../../src/core/i18n/index.ts';
import { messageText } from '../../../../src/core/message.ts';
import { withoutConfirmation } from '../../../../src/core/request-parts.ts';
import {
  type CorpusLine,
  type CorpusPart,
  type Expected,
  ORDINARY_CATEGORIES,
  PERSONAL_CATEGORIES,
  readCorpus,
} from './corpus-file.ts';

const say = sayer('fr');
// `verifier` reads nothing but the language from its context: no database is needed.
const context = { locale: 'fr', say } as unknown as CommandContext;
const OPENINGS: ReadonlyArray<[Expected, string]> = [
  ['refuse', 'Ce texte serait **refusé**'],
  ['warn', 'Ce texte demanderait une **confirmation**'],
  ['pass', 'Rien à signaler'],
];

/** What a member reads after typing `verifier TEXT` (in French). */
export async function verifierReply(text: string): Promise<string> {
  const tokens = tokenize(`verifier ${text}`);
  if (!tokens.ok) throw new Error(`the tokenizer refuses ${JSON.stringify(text)}`);
  const [, ...words] = withoutConfirmation(tokens.value).tokens;
  const reply = await runCommand(verifier, context, words);
  if (!reply.ok) throw new Error(`verifier failed on ${JSON.stringify(text)}`);
  return reply.value.map(messageText).join('\n');
}

/** The verdict a member reads in `verifier`'s reply to `verifier TEXT`. */
export async function verifierVerdict(text: string): Promise<Expected> {
  const shown = await verifierReply(text);
  const opening = OPENINGS.find(([, start]) => shown.startsWith(start));
  if (opening === undefined) throw new Error(`unknown reply opening: ${shown.slice(0, 60)}`);
  return opening[0];
}

const RANK: Record<Expected, number> = { pass: 0, warn: 1, refuse: 2 };

export interface Judged extends CorpusLine {
  verdict: Expected;
}

/** A personal-data line is caught when refused or confirmed; an ordinary one when anything shows. */
export const isRight = (line: Judged): boolean =>
  line.expected === 'pass' ? line.verdict === 'pass' : line.verdict !== 'pass';
/** As strong as the corpus asks: a refusal where it expects one. */
export const isExact = (line: Judged): boolean =>
  line.expected === 'pass' ? line.verdict === 'pass' : RANK[line.verdict] >= RANK[line.expected];

export interface CategoryFigures {
  category: string;
  personal: boolean;
  count: number;
  /** Personal data: share refused or confirmed. Ordinary text: share with a warning or a refusal. */
  rate: number;
  /** Personal data: share given at least the expected verdict (a refusal where one is due). */
  exactRate: number;
  misses: Judged[];
}

export interface PartFigures {
  part: CorpusPart;
  categories: CategoryFigures[];
  /** Over all personal-data lines of the part. */
  recall: number;
  exactRecall: number;
  /** Over all ordinary lines of the part. */
  falseAlarms: number;
  personalCount: number;
  ordinaryCount: number;
}

export async function judge(part: CorpusPart): Promise<Judged[]> {
  const judged: Judged[] = [];
  for (const line of readCorpus(part)) judged.push({ ...line, verdict: await verifierVerdict(line.text) });
  return judged;
}

const share = (lines: readonly Judged[], test: (line: Judged) => boolean): number =>
  lines.length === 0 ? 0 : lines.filter(test).length / lines.length;

export async function measurePart(part: CorpusPart): Promise<PartFigures> {
  const judged = await judge(part);
  const categories = [...PERSONAL_CATEGORIES, ...ORDINARY_CATEGORIES].map((category): CategoryFigures => {
    const lines = judged.filter((line) => line.category === category);
    const personal = (PERSONAL_CATEGORIES as readonly string[]).includes(category);
    return {
      category,
      personal,
      count: lines.length,
      rate: personal ? share(lines, isRight) : share(lines, (line) => !isRight(line)),
      exactRate: share(lines, isExact),
      misses: lines.filter((line) => !isRight(line)),
    };
  });
  const personal = judged.filter((line) => line.expected !== 'pass');
  const ordinary = judged.filter((line) => line.expected === 'pass');
  return {
    part,
    categories,
    recall: share(personal, isRight),
    exactRecall: share(personal, isExact),
    falseAlarms: share(ordinary, (line) => !isRight(line)),
    personalCount: personal.length,
    ordinaryCount: ordinary.length,
  };
}
