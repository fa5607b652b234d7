// The grammar of `vote`: the poll's number, then the choices (`vote 3 2`, `vote 3 "Logement"`,
// `vote 4 1 3`, `vote 4 +2`), or the word that withdraws the vote (`vote 3 retirer`).
import { gathering, type Verb } from '../commands/command.ts';
import { refArg } from '../grammar/shared-args.ts';
import type { ArgSpec } from '../grammar/spec.ts';
import { numberOf, textsOf } from '../grammar/values.ts';
import { castVote } from './cast-vote.ts';
import { pollMessages as m } from './messages.ts';
import { voteChoices } from './vote-input.ts';

/** The number of the poll; 0 passes, answered like any number that names no poll. */
const ref = refArg({ fr: 'Numéro du sondage', en: 'Poll number' }, m['vote-ref-missing'], {
  names: ['sondage', 'poll'],
  suggest: 'open-poll',
});

const withdraw: Verb = {
  names: ['retirer', 'withdraw', 'annuler', 'supprimer', 'remove', 'aucun', 'none', 'retrait'],
  after: 'ref',
  typed: 'unlisted',
  help: { fr: 'Retirer son vote', en: 'Withdraw your vote' },
  args: [ref],
  run: (ctx, values) => castVote(ctx, { action: 'withdraw', ref: numberOf(values, 'ref') ?? 0 }),
};

const choices: ArgSpec = {
  key: 'choices',
  names: ['choix', 'choice'],
  help: { fr: 'Option(s) : numéro ou nom', en: 'Option(s): number or name' },
  // Read by the handler as numbers, labels, `1,3` or `+2`: quoted labels keep their quotes.
  type: { kind: 'text', max: 200 },
  read: { by: 'rest', quotes: 'kept' },
  many: Number.MAX_SAFE_INTEGER,
  suggest: 'poll-option',
  typedList: { split: 'words' },
  shown: {
    needed: true,
    placeholder: { fr: 'OPTION… | +OPTION | -OPTION', en: 'OPTION… | +OPTION | -OPTION' },
  },
};

const cast: Verb = {
  typed: 'unlisted',
  help: { fr: 'Voter', en: 'Vote' },
  args: [ref, choices],
  run: (ctx, values) =>
    castVote(ctx, { ref: numberOf(values, 'ref') ?? 0, ...voteChoices(textsOf(values, 'choices')) }),
};

export const voteVerbs: readonly Verb[] = [
  withdraw,
  cast,
  // Where a platform gives the options at once (`/coop vote sondage:3 retirer:True`).
  gathering(
    {
      slot: ['voter', 'cast'],
      typed: 'only',
      help: { fr: 'Voter, changer ou retirer', en: 'Vote, change or withdraw' },
      args: [
        ref,
        choices,
        {
          key: 'withdraw',
          names: ['retirer', 'withdraw'],
          help: { fr: 'Retirer mon vote', en: 'Withdraw my vote' },
          type: { kind: 'flag' },
          read: { by: 'word' },
        },
      ],
    },
    (values) => ({ verb: values.withdraw === true ? withdraw : cast, values }),
  ),
];
