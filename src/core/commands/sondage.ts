// Quick polls: anonymous by default, single or multiple choice, with a deadline; closed
// by the scheduler at the deadline or early by their author or a facilitator.

import { closedPollMessages } from '../polls/closed-messages.ts';
import { pollMessages } from '../polls/messages.ts';
import { pollVerbs } from '../polls/poll-verbs.ts';
import { defineCommand } from './command.ts';

export const sondage = defineCommand({
  names: ['sondage', 'poll', 'sondages', 'polls'],
  brief: { fr: 'Sondages rapides', en: 'Quick polls' },
  help: {
    fr: {
      summary:
        'un sondage rapide, anonyme par défaut, à un ou plusieurs choix, avec une échéance ; les résultats sont publiés à la clôture.',
      examples: [
        'sondage "Quelle priorité pour l\'atelier du 12 décembre ?" "Logement" "Emploi" "Santé"',
        'sondage "Quels créneaux vous conviennent ?" "Lundi matin" "Mardi soir" "Jeudi midi" multiple max 2 fin "vendredi 18h"',
        'sondage "On garde le café coopération mensuel ?" "Oui" "Non" public duree 3j but 2',
        'sondage liste',
        'sondage liste clos 2',
        'sondage fermer 3',
      ],
    },
    en: {
      summary:
        'a quick poll, anonymous by default, single or multiple choice, with a deadline; the results are posted when it closes.',
      examples: [
        'poll "Which priority for the 12 December workshop?" "Housing" "Jobs" "Health"',
        'poll "Which slots suit you?" "Monday morning" "Tuesday evening" "Thursday noon" multiple max 2 until "friday 6pm"',
        'poll "Shall we keep the monthly coffee?" "Yes" "No" public duration 3d goal 2',
        'poll list',
        'poll list closed 2',
        'poll close 3',
      ],
    },
  },
  messages: { ...pollMessages, ...closedPollMessages },
  verbs: pollVerbs,
});
