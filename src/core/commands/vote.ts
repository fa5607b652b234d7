// Voting in a poll: what the poll's buttons run, and what one types in the shell.
import { pollMessages } from '../polls/messages.ts';
import { voteVerbs } from '../polls/vote-verbs.ts';
import { defineCommand } from './command.ts';

export const vote = defineCommand({
  names: ['vote', 'vote', 'voter'],
  help: {
    fr: {
      summary:
        "voter à un sondage, changer son vote ou le retirer jusqu'à la clôture (ce que font les boutons du sondage).",
      examples: ['vote 3 2', 'vote 3 "Logement"', 'vote 4 1 3', 'vote 4 +2', 'vote 4 -2', 'vote 3 retirer'],
    },
    en: {
      summary: 'vote in a poll, change your vote or withdraw it until the poll closes (what its buttons do).',
      examples: ['vote 3 2', 'vote 3 "Housing"', 'vote 4 1 3', 'vote 4 +2', 'vote 4 -2', 'vote 3 withdraw'],
    },
  },
  messages: pollMessages,
  // A vote's transaction holds the vote and nothing else: no delivery key, no new member.
  quiet: true,
  verbs: voteVerbs,
});
