// The texts of polls (`sondage` / `poll`, `vote`), in French and English.
import { defineMessages } from '../i18n/index.ts';

export const pollMessages = defineMessages({
  // Creating a poll: what could not be read.
  'question-missing': {
    fr: 'Donnez la question entre guillemets, puis au moins deux options entre guillemets, par exemple : `sondage "Quelle priorité pour l\'atelier ?" "Logement" "Emploi"`.',
    en: 'Give the question in quotes, then at least two options in quotes, for example: `poll "Which priority for the workshop?" "Housing" "Jobs"`.',
  },
  'question-too-long': {
    fr: 'La question est trop longue ({length} caractères) : {max} au maximum.',
    en: 'The question is too long ({length} characters): {max} at most.',
  },
  'options-too-few': {
    fr: 'Un sondage a besoin d\'au moins 2 options, chacune entre guillemets (vous en avez donné {count}). Par exemple : `sondage "Quelle priorité ?" "Logement" "Emploi"`.',
    en: 'A poll needs at least 2 options, each in quotes (you gave {count}). For example: `poll "Which priority?" "Housing" "Jobs"`.',
  },
  'options-too-many': {
    fr: 'Un sondage a au plus {max} options (vous en avez donné {count}).',
    en: 'A poll has at most {max} options (you gave {count}).',
  },
  'option-empty': {
    fr: 'Une option est vide : écrivez chaque option entre guillemets, par exemple "Logement".',
    en: 'An option is empty: write each option in quotes, for example "Housing".',
  },
  'option-too-long': {
    fr: "L'option « {option} » est trop longue ({length} caractères) : {max} au maximum.",
    en: 'The option "{option}" is too long ({length} characters): {max} at most.',
  },
  'option-duplicate': {
    fr: "L'option « {option} » est donnée deux fois (majuscules et accents ne comptent pas) : chaque option doit être différente.",
    en: 'The option "{option}" is given twice (capitals and accents do not count): each option must be different.',
  },
  'stray-words': {
    fr: 'Je n\'ai pas compris : « {words} ». Mettez la question et chaque option entre guillemets ; les réglages possibles sont `public`, `multiple`, `max 2`, `duree 48h`, `fin "vendredi 18h"` et `but 3`.',
    en: 'I did not understand: "{words}". Put the question and each option in quotes; the possible settings are `public`, `multiple`, `max 2`, `duration 48h`, `until "friday 6pm"` and `goal 3`.',
  },
  'setting-twice': {
    fr: 'Le réglage `{word}` est donné deux fois.',
    en: 'The setting `{word}` is given twice.',
  },
  'value-missing': {
    fr: 'Il manque une valeur après `{word}`, par exemple : `{example}`.',
    en: 'A value is missing after `{word}`, for example: `{example}`.',
  },
  'anonymous-and-public': {
    fr: 'Un sondage est soit anonyme (par défaut), soit `public` : pas les deux.',
    en: 'A poll is either anonymous (the default) or `public`: not both.',
  },
  'max-invalid': {
    fr: "Le nombre maximum de choix doit être un nombre entre 2 et {count} (le nombre d'options), par exemple : `multiple max 2`.",
    en: 'The maximum number of choices must be a number between 2 and {count} (the number of options), for example: `multiple max 2`.',
  },
  'max-two-options': {
    fr: 'Avec 2 options, on peut choisir les deux au plus : écrivez simplement `multiple`, sans maximum.',
    en: 'With 2 options, voters can choose both at most: just write `multiple`, with no maximum.',
  },
  'duration-invalid': {
    fr: 'Durée non comprise : « {value} ». Écrivez par exemple `duree 2h`, `duree 48h` ou `duree 3j`.',
    en: 'Duration not understood: "{value}". Write for example `duration 2h`, `duration 48h` or `duration 3d`.',
  },
  'date-invalid': {
    fr: 'Date de fin non comprise : « {value} ». Écrivez par exemple `fin "vendredi 18h"`, `fin "12/03 9h"` ou `fin demain`.',
    en: 'End date not understood: "{value}". Write for example `until "friday 6pm"`, `until "12/03 9am"` or `until tomorrow`.',
  },
  'deadline-both': {
    fr: 'Donnez soit une durée (`duree 48h`), soit une date de fin (`fin "vendredi 18h"`), pas les deux.',
    en: 'Give either a duration (`duration 48h`) or an end date (`until "friday 6pm"`), not both.',
  },
  'deadline-past': {
    fr: 'La fin du sondage ({date}) est déjà passée : choisissez un moment à venir, par exemple `fin "vendredi 18h"` ou `duree 48h`.',
    en: 'The end of the poll ({date}) has already passed: choose a time to come, for example `until "friday 6pm"` or `duration 48h`.',
  },
  'deadline-too-soon': {
    fr: 'Un sondage dure au moins une minute : laissez aux membres le temps de répondre, par exemple `duree 2h`.',
    en: 'A poll lasts at least one minute: give members time to answer, for example `duration 2h`.',
  },
  'deadline-too-far': {
    fr: 'Un sondage dure au plus {days} jours : la fin demandée ({date}) est trop lointaine.',
    en: 'A poll lasts at most {days} days: the end you asked for ({date}) is too far away.',
  },
  'unknown-goal': {
    fr: 'Je ne trouve pas de but n° {ref} dans ce réseau. Tapez `but liste` pour voir les buts.',
    en: 'I cannot find goal #{ref} in this network. Type `goal list` to see the goals.',
  },

  // Naming a poll.
  'ref-missing': {
    fr: 'Donnez le numéro du sondage, par exemple : `sondage fermer 3`. Les sondages ouverts : `sondage liste`.',
    en: 'Give the number of the poll, for example: `poll close 3`. The open polls: `poll list`.',
  },
  'unknown-poll': {
    fr: 'Je ne trouve pas de sondage n° {ref} dans ce réseau. Tapez `sondage liste` pour voir les sondages ouverts.',
    en: 'I cannot find poll #{ref} in this network. Type `poll list` to see the open polls.',
  },
  closed: {
    fr: 'Ce sondage est clos. Les votes ne sont plus possibles ; les résultats : `sondage {ref}`.',
    en: 'This poll is closed. Votes are no longer possible; the results: `poll {ref}`.',
  },
  'key-lost': {
    fr:
      "Le sondage {ref} ne prend plus de votes : sa clé d'anonymat a été perdue lors d'un arrêt brutal de la base de données. " +
      "Les votes déjà exprimés restent comptés et les résultats seront publiés à l'échéance. Rien n'a été enregistré.",
    en:
      'Poll {ref} takes no more votes: its anonymity key was lost when the database stopped abruptly. ' +
      'The votes already cast still count and the results will be posted at the deadline. Nothing was saved.',
  },
  'already-closed': {
    fr: 'Le sondage n° {ref} est déjà clos. Ses résultats : `sondage {ref}`.',
    en: 'Poll #{ref} is already closed. Its results: `poll {ref}`.',
  },
  'close-not-allowed': {
    fr: "Seuls l'auteur du sondage ({author}) et les facilitateurs du réseau ({facilitators}) peuvent le clore avant l'échéance. Il se clôt de lui-même le {date}.",
    en: "Only the author of the poll ({author}) and the network's facilitators ({facilitators}) can close it early. It closes by itself on {date}.",
  },
  'close-not-allowed-no-author': {
    fr: "Seuls les facilitateurs du réseau ({facilitators}) peuvent clore ce sondage avant l'échéance. Il se clôt de lui-même le {date}.",
    en: "Only the network's facilitators ({facilitators}) can close this poll early. It closes by itself on {date}.",
  },
  'publish-not-allowed': {
    fr: "Seuls l'auteur du sondage et les facilitateurs du réseau peuvent le publier dans un canal.",
    en: "Only the poll's author and the network's facilitators can post it in a channel.",
  },
  'publish-closed': {
    fr: 'Le sondage n° {ref} est clos : il ne se publie plus. Ses résultats : `sondage {ref}`.',
    en: 'Poll #{ref} is closed: it can no longer be posted. Its results: `poll {ref}`.',
  },
  published: {
    fr: 'Le sondage n° {ref} est publié ici ; les votes déjà exprimés sont conservés.',
    en: 'Poll #{ref} is posted here; the votes already cast are kept.',
  },
  'export-open': {
    fr: 'Le sondage n° {ref} est encore ouvert : son export sera possible après sa clôture, le {date}.',
    en: 'Poll #{ref} is still open: it can be exported once it has closed, on {date}.',
  },
  'export-hidden': {
    fr: "Le sondage n° {ref} a reçu moins de {min} réponses : comme il est anonyme, il n'a pas de détail par option à exporter.",
    en: 'Poll #{ref} received fewer than {min} answers: as it is anonymous, it has no breakdown by option to export.',
  },

  // Voting: what could not be read or done.
  'vote-ref-missing': {
    fr: 'Donnez le numéro du sondage puis votre choix, par exemple : `vote 3 2` ou `vote 3 "Logement"`.',
    en: 'Give the number of the poll, then your choice, for example: `vote 3 2` or `vote 3 "Housing"`.',
  },
  'vote-add-remove': {
    fr: 'Pour ajouter ou retirer une option de vos choix, donnez-en une seule : `vote 3 +2` ou `vote 3 -2`.',
    en: 'To add or remove an option from your choices, give just one: `vote 3 +2` or `vote 3 -2`.',
  },
  'choice-missing': {
    fr: 'Donnez votre choix après le numéro du sondage : `vote {ref} 1` (le numéro de l\'option) ou `vote {ref} "{example}"` (son nom). Options : {options}.',
    en: 'Give your choice after the number of the poll: `vote {ref} 1` (the number of the option) or `vote {ref} "{example}"` (its name). Options: {options}.',
  },
  'ambiguous-option': {
    fr: 'Plusieurs options du sondage n° {ref} correspondent à « {choice} » : {options}. Choisissez par son numéro, par exemple `vote {ref} {position}`.',
    en: 'Several options of poll #{ref} match "{choice}": {options}. Choose by number, for example `vote {ref} {position}`.',
  },
  'unknown-option': {
    fr: "Le sondage n° {ref} n'a pas d'option « {choice} ». Options : {options}.",
    en: 'Poll #{ref} has no option "{choice}". Options: {options}.',
  },
  'single-choice': {
    fr: "Le sondage n° {ref} n'accepte qu'un seul choix (vous en avez donné {count}) : par exemple `vote {ref} 2`.",
    en: 'Poll #{ref} accepts only one choice (you gave {count}): for example `vote {ref} 2`.',
  },
  'too-many-choices': {
    fr: 'Le sondage n° {ref} accepte au plus {max} choix (vous en avez donné {count}).',
    en: 'Poll #{ref} accepts at most {max} choices (you gave {count}).',
  },
  'add-over-max': {
    fr: "Vous avez déjà {max} choix au sondage n° {ref}, le maximum : retirez-en un (`vote {ref} -{position}`) ou donnez tous vos choix d'un coup (`vote {ref} 1 2`).",
    en: 'You already have {max} choices in poll #{ref}, the maximum: remove one (`vote {ref} -{position}`) or give all your choices at once (`vote {ref} 1 2`).',
  },

  // Voting: the private reply.
  recorded: { fr: 'Vote enregistré.', en: 'Vote recorded.' },
  changed: { fr: 'Vote modifié.', en: 'Vote changed.' },
  unchanged: {
    fr: "C'était déjà votre vote : rien n'a changé.",
    en: 'That was already your vote: nothing changed.',
  },
  'your-choice': {
    fr: 'Votre choix au sondage n° {ref} « {question} » : **{choice}**.',
    en: 'Your choice in poll #{ref} "{question}": **{choice}**.',
  },
  'your-choices': {
    fr: 'Vos choix au sondage n° {ref} « {question} » : **{choices}** ({count} sur {max} au plus).',
    en: 'Your choices in poll #{ref} "{question}": **{choices}** ({count} of {max} at most).',
  },
  'change-hint': {
    fr: "Vous pouvez changer d'avis ou retirer votre vote jusqu'à la clôture, le {date}.",
    en: 'You can change your mind or withdraw your vote until it closes, on {date}.',
  },
  'anonymous-note': {
    fr: 'Ce sondage est anonyme : personne, pas même son auteur, ne saura ce que vous avez choisi.',
    en: 'This poll is anonymous: no one, not even its author, will know what you chose.',
  },
  'public-note': {
    fr: 'Ce sondage est public : votre nom apparaît avec votre choix dans les résultats.',
    en: 'This poll is public: your name appears with your choice in the results.',
  },
  withdrawn: {
    fr: 'Votre vote au sondage n° {ref} est retiré.',
    en: 'Your vote in poll #{ref} is withdrawn.',
  },
  'not-voted': {
    fr: "Vous n'aviez pas voté au sondage n° {ref} : rien n'a changé.",
    en: 'You had not voted in poll #{ref}: nothing changed.',
  },
  'withdraw-button': { fr: 'Retirer mon vote', en: 'Withdraw my vote' },
  'add-button': { fr: '+ {option}', en: '+ {option}' },
  'remove-button': { fr: '− {option}', en: '− {option}' },

  // The poll as everyone sees it.
  'poll-context': {
    fr: 'Sondage n° {ref} · {mode} · {choice} · clôture le {date}',
    en: 'Poll #{ref} · {mode} · {choice} · closes on {date}',
  },
  'poll-closed-context': {
    fr: 'Sondage n° {ref} · {mode} · {choice} · clos le {date}',
    en: 'Poll #{ref} · {mode} · {choice} · closed on {date}',
  },
  anonymous: { fr: 'anonyme', en: 'anonymous' },
  public: { fr: 'public', en: 'public' },
  single: { fr: 'un seul choix', en: 'one choice' },
  multiple: { fr: 'plusieurs choix', en: 'several choices' },
  'multiple-max': { fr: "jusqu'à {max} choix", en: 'up to {max} choices' },
  'option-line': { fr: '**{position}.** {label}', en: '**{position}.** {label}' },
  'option-line-live': {
    fr: '**{position}.** {label} — {votes} ({percent} %)',
    en: '**{position}.** {label} — {votes} ({percent}%)',
  },
  'participants-none': { fr: "Aucune réponse pour l'instant.", en: 'No answer yet.' },
  'participants-zero': { fr: 'aucune réponse', en: 'no answer yet' },
  'participants-one': { fr: '1 participant', en: '1 participant' },
  'participants-many': { fr: '{count} participants', en: '{count} participants' },
  'anonymous-explain': {
    fr: "Vote anonyme : personne, pas même l'auteur, ne peut savoir qui a voté quoi. Résultats à la clôture.",
    en: 'Anonymous vote: no one, not even the author, can know who voted what. Results at closing.',
  },
  'public-explain': {
    fr: 'Vote public : les résultats se suivent en direct et, à la clôture, avec le nom des votants.',
    en: "Public vote: the results show live and, at closing, with the voters' names.",
  },
  'vote-hint-single': {
    fr: 'Pour voter : `vote {ref} 1` (le numéro de l\'option) ou `vote {ref} "{example}"` ; voter à nouveau change votre vote ; `vote {ref} retirer` le retire.',
    en: 'To vote: `vote {ref} 1` (the number of the option) or `vote {ref} "{example}"`; voting again changes your vote; `vote {ref} withdraw` withdraws it.',
  },
  'vote-hint-multiple': {
    fr: 'Pour voter : `vote {ref} 1 2` donne tous vos choix ({max} au plus) ; les boutons ajoutent une option à vos choix ; `vote {ref} retirer` retire votre vote.',
    en: 'To vote: `vote {ref} 1 2` gives all your choices ({max} at most); the buttons add an option to your choices; `vote {ref} withdraw` withdraws your vote.',
  },
  'goal-line': { fr: 'Rattaché au but n° {ref}.', en: 'Attached to goal #{ref}.' },
  'closed-line': {
    fr: 'Ce sondage est clos. Les résultats : `sondage {ref}`.',
    en: 'This poll is closed. The results: `poll {ref}`.',
  },
  'your-vote-line': { fr: 'Votre choix : {choices}', en: 'Your choice: {choices}' },
  'not-voted-line': { fr: "Vous n'avez pas encore voté.", en: 'You have not voted yet.' },
  'key-lost-line': {
    fr: "Ce sondage ne prend plus de votes (clé d'anonymat perdue lors d'un arrêt brutal de la base) ; les votes exprimés restent comptés.",
    en: 'This poll takes no more votes (its anonymity key was lost when the database stopped abruptly); the votes cast still count.',
  },
  'close-hint': {
    fr: "Clore le sondage avant l'échéance : `sondage fermer {ref}`.",
    en: 'Close the poll early: `poll close {ref}`.',
  },
  launched: {
    fr: 'Votre sondage n° {ref} est lancé ; il se clôt de lui-même le {date} et ses résultats seront publiés ici. Pour le clore plus tôt : `sondage fermer {ref}`.',
    en: 'Your poll #{ref} is open; it closes by itself on {date} and its results will be posted here. To close it earlier: `poll close {ref}`.',
  },

  // Results.
  'results-title': { fr: 'Résultats : {question}', en: 'Results: {question}' },
  'results-line': {
    fr: '**{label}** — {votes} ({percent} %)',
    en: '**{label}** — {votes} ({percent}%)',
  },
  'votes-none': { fr: 'aucun vote', en: 'no vote' },
  'votes-one': { fr: '1 vote', en: '1 vote' },
  'votes-many': { fr: '{count} votes', en: '{count} votes' },
  'results-none': { fr: 'Résultat : aucune réponse.', en: 'Result: no answer.' },
  'results-few': {
    fr: "Résultat : moins de {min} réponses. Le détail par option n'est pas affiché, pour que personne ne puisse deviner qui a voté quoi.",
    en: 'Result: fewer than {min} answers. The breakdown by option is not shown, so that no one can work out who voted what.',
  },
  'results-multiple-note': {
    fr: 'Plusieurs choix étaient possibles : chaque pourcentage est la part des participants qui ont choisi cette option.',
    en: 'Several choices were possible: each percentage is the share of participants who chose that option.',
  },
  'closed-early': {
    fr: "Clos avant l'échéance par {author}.",
    en: 'Closed early by {author}.',
  },
  'former-member': { fr: 'un ancien membre', en: 'a former member' },

  // The list of open polls.
  'list-title': { fr: 'Sondages ouverts', en: 'Open polls' },
  'list-empty': {
    fr: 'Aucun sondage ouvert. Lancez-en un : `sondage "Quelle priorité pour l\'atelier ?" "Logement" "Emploi" "Santé"`.',
    en: 'No open poll. Start one: `poll "Which priority for the workshop?" "Housing" "Jobs" "Health"`.',
  },
  'list-line': {
    fr: '**{ref}** — {question} · {participants} · clôture le {date}',
    en: '**{ref}** — {question} · {participants} · closes on {date}',
  },
  'list-voted': { fr: 'vous avez voté', en: 'you voted' },
  'list-hint': {
    fr: 'Voir un sondage et y voter : `sondage {ref}` · voter : `vote {ref} 1`.',
    en: 'See a poll and vote: `poll {ref}` · vote: `vote {ref} 1`.',
  },

  // Export.
  'export-title': {
    fr: 'Résultats du sondage n° {ref} au format CSV',
    en: 'Results of poll #{ref} as CSV',
  },
  'export-hint': {
    fr: 'Copiez les lignes ci-dessous dans un fichier .csv (séparateur : virgule ; pourcentages des participants).',
    en: 'Copy the lines below into a .csv file (separator: comma; percentages of participants).',
  },
});

export type PollMessageKey = keyof typeof pollMessages;
