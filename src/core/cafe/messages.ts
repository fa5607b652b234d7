// What the café coopération says: the command's answers, the introductions, the follow-up.
import { defineMessages } from '../i18n/index.ts';

export const cafeMessages = defineMessages({
  optedIn: {
    fr: 'C’est noté : vous participerez au prochain café coopération ({next}). Vous serez mis·e en relation avec une personne d’une autre structure. `cafe non` pour ne plus participer.',
    en: 'Done: you are in the next café coopération ({next}). You will be introduced to someone from another organisation. `coffee no` to stop.',
  },
  alreadyIn: {
    fr: 'Vous participez déjà au café coopération. `cafe non` pour ne plus participer.',
    en: 'You are already in the café coopération. `coffee no` to stop.',
  },
  optedOut: {
    fr: 'C’est noté : vous ne serez plus mis·e en relation. `cafe oui` pour revenir quand vous voulez.',
    en: 'Done: you will not be paired any more. `coffee yes` to come back any time.',
  },
  alreadyOut: {
    fr: 'Vous ne participez pas au café coopération. `cafe oui` pour vous inscrire.',
    en: 'You are not in the café coopération. `coffee yes` to join.',
  },
  statusTitle: { fr: 'Café coopération', en: 'Café coopération' },
  statusYou: { fr: 'Vous', en: 'You' },
  youIn: { fr: 'inscrit·e (`cafe non` pour arrêter)', en: 'in (`coffee no` to stop)' },
  youOut: { fr: 'pas inscrit·e (`cafe oui` pour participer)', en: 'not in (`coffee yes` to join)' },
  statusPeople: { fr: 'Inscrits', en: 'Taking part' },
  statusRhythm: { fr: 'Rythme', en: 'Rhythm' },
  statusChannel: { fr: 'Canal', en: 'Channel' },
  statusNext: { fr: 'Prochain tour', en: 'Next round' },
  channelNone: {
    fr: 'aucun : un facilitateur tape `cafe ici` dans le canal du café',
    en: 'none: a facilitator types `coffee here` in the café’s channel',
  },
  channelHere: { fr: 'ce canal', en: 'this channel' },
  channelElsewhere: { fr: 'un autre canal ({channel})', en: 'another channel ({channel})' },
  nextNone: { fr: 'aucun de prévu', en: 'none planned' },
  rhythm: {
    fr: 'toutes les {weeks} semaines, le {day} à 10:00 ({zone})',
    en: 'every {weeks} weeks, on {day} at 10:00 ({zone})',
  },
  rhythmWeekly: {
    fr: 'chaque semaine, le {day} à 10:00 ({zone})',
    en: 'every week, on {day} at 10:00 ({zone})',
  },
  hereSet: {
    fr: 'Ce canal accueille désormais le café coopération : {rhythm}. Chacun s’inscrit avec `cafe oui`.',
    en: 'This channel now hosts the café coopération: {rhythm}. Everyone joins with `coffee yes`.',
  },
  hereAlready: {
    fr: 'Ce canal accueille déjà le café coopération : {rhythm}.',
    en: 'This channel already hosts the café coopération: {rhythm}.',
  },
  rhythmSet: { fr: 'Café coopération : {rhythm}.', en: 'Café coopération: {rhythm}.' },
  noChannelYet: {
    fr: 'Aucun canal choisi pour l’instant : tapez `cafe ici` dans le canal du café.',
    en: 'No channel chosen yet: type `coffee here` in the café’s channel.',
  },
  turnedOff: {
    fr: 'Café coopération en pause : plus de tours automatiques. `cafe on` pour reprendre.',
    en: 'Café coopération paused: no more rounds. `coffee on` to resume.',
  },
  turnedOn: { fr: 'Café coopération repris : {rhythm}.', en: 'Café coopération resumed: {rhythm}.' },
  alreadyOff: { fr: 'Le café coopération est déjà en pause.', en: 'The café coopération is already paused.' },
  alreadyOn: {
    fr: 'Le café coopération est déjà actif : {rhythm}.',
    en: 'The café coopération is already on: {rhythm}.',
  },
  runRequested: {
    fr: 'Un tour du café coopération est lancé : les binômes reçoivent leur présentation en message privé dans la minute.',
    en: 'A café coopération round is starting: pairs get their introduction by private message within a minute.',
  },
  everyInvalid: {
    fr: 'Indiquez un nombre de semaines entre 1 et 8, par exemple `cafe rythme 2` (toutes les deux semaines).',
    en: 'Give a number of weeks from 1 to 8, for example `coffee every 2` (every two weeks).',
  },
  dayInvalid: {
    fr: 'Indiquez un jour de la semaine, par exemple `cafe jour lundi`.',
    en: 'Give a day of the week, for example `coffee day monday`.',
  },
  unknownAction: {
    fr: 'Je ne connais pas cette action du café. Tapez `cafe oui`, `cafe non`, `cafe statut`, `cafe rencontre N oui|non` ; facilitateurs : `cafe ici`, `cafe rythme 2`, `cafe jour lundi`, `cafe on|off`, `cafe lancer`, `cafe inviter "Structure"`.',
    en: 'Unknown café action. Type `coffee yes`, `coffee no`, `coffee status`, `coffee met N yes|no`; facilitators: `coffee here`, `coffee every 2`, `coffee day monday`, `coffee on|off`, `coffee run`, `coffee invite "Organisation"`.',
  },
  inviteUsage: {
    fr: 'Quelle structure inviter ? Tapez `cafe inviter "Nom de la structure"`.',
    en: 'Which organisation? Type `coffee invite "Organisation name"`.',
  },
  invitation: {
    fr: 'Le réseau {network} vous propose le prochain café coopération : une rencontre courte avec quelqu’un d’une autre structure que {organisation}. Partant·e ?',
    en: 'The {network} network suggests the next café coopération: a short meeting with someone from an organisation other than {organisation}. Up for it?',
  },
  invitationButton: { fr: 'Participer au café', en: 'Join the café' },
  inviteSent: {
    fr: '{count} membre(s) de {organisation} invité(s) au prochain café, en privé ({already} déjà inscrit·e·s).',
    en: '{count} member(s) of {organisation} invited to the next café, privately ({already} already in).',
  },
  inviteAllIn: {
    fr: 'Les membres de {organisation} sur Maillage sont déjà tous inscrits au café.',
    en: 'Every member of {organisation} on Maillage is already in the café.',
  },
  inviteNobody: {
    fr: 'Personne de {organisation} n’est encore sur Maillage : invitez ses professionnels dans l’espace, puis à `profil structure "{organisation}"`.',
    en: 'Nobody from {organisation} is on Maillage yet: invite its staff to the space, then to `profile organisation "{organisation}"`.',
  },
  metUsage: {
    fr: 'Répondez avec le numéro du binôme, par exemple `cafe rencontre 12 oui` ou `cafe rencontre 12 non`.',
    en: 'Answer with the pair’s number, for example `coffee met 12 yes` or `coffee met 12 no`.',
  },
  groupUnknown: {
    fr: 'Vous n’êtes pas dans le binôme n° {ref}. Les numéros figurent dans vos messages du café coopération.',
    en: 'You are not in pair #{ref}. The numbers are in your café coopération messages.',
  },
  metThanksWaiting: {
    fr: 'Merci ! Dès que {others} confirme aussi, la rencontre sera notée dans le journal des échanges.',
    en: 'Thanks! As soon as {others} confirms too, the meeting will be logged in the exchange log.',
  },
  metLogged: {
    fr: 'Merci ! La rencontre est notée : échange n° {ref} (rencontre, entre {names}).',
    en: 'Thanks! The meeting is logged: exchange #{ref} (meeting, between {names}).',
  },
  metAlready: {
    fr: 'Votre rencontre est déjà notée (échange n° {ref}). `echange retirer {ref}` pour y retirer votre nom.',
    en: 'Your meeting is already logged (exchange #{ref}). `log remove {ref}` takes your name off it.',
  },
  notMet: {
    fr: 'Merci de votre réponse. Il n’est pas trop tard : écrivez-leur ! Si vous vous voyez, `cafe rencontre {ref} oui`.',
    en: 'Thanks for answering. It is not too late: write to them! If you meet, `coffee met {ref} yes`.',
  },
  // The introductions, sent privately.
  introTitle: { fr: '☕ Café coopération', en: '☕ Café coopération' },
  introOne: {
    fr: 'Pour ce tour, je vous présente **{name}**{about}. Proposez-lui un café, un appel ou une visite de vos structures !',
    en: 'This round, meet **{name}**{about}. Suggest a coffee, a call or a visit of your organisations!',
  },
  introGroup: {
    fr: 'Pour ce tour, le café coopération vous réunit :\n{names}\nProposez un café, un appel ou une visite de vos structures !',
    en: 'This round, the café coopération brings you together:\n{names}\nSuggest a coffee, a call or a visit of your organisations!',
  },
  introAbout: { fr: ' — {details}', en: ' — {details}' },
  themesOf: { fr: 'thématiques : {themes}', en: 'themes: {themes}' },
  starterShared: {
    fr: 'Pour lancer la conversation : vous travaillez tous deux sur **{theme}** — comment chacun l’aborde-t-il dans sa structure ?',
    en: 'To start the conversation: you both work on **{theme}** — how does each of your organisations approach it?',
  },
  starterSharedGroup: {
    fr: 'Pour lancer la conversation : vous êtes plusieurs à travailler sur **{theme}** — comment chacun l’aborde-t-il dans sa structure ?',
    en: 'To start the conversation: several of you work on **{theme}** — how does each of your organisations approach it?',
  },
  starterComplementary: {
    fr: 'Pour lancer la conversation : l’un travaille sur **{first}**, l’autre sur **{second}** — où vos publics se croisent-ils ?',
    en: 'To start the conversation: one of you works on **{first}**, the other on **{second}** — where do the people you support meet?',
  },
  starterGeneric: {
    fr: 'Pour lancer la conversation : qu’est-ce qui occupe le plus votre structure en ce moment, et qui aimeriez-vous mieux connaître sur le territoire ?',
    en: 'To start the conversation: what keeps your organisation busiest right now, and whom would you like to know better in the area?',
  },
  introSameOrganisation: {
    fr: "Personne d'une autre structure n'était disponible pour ce tour : vous êtes présentés entre collègues de {organisation}. Au prochain tour, Maillage cherchera de nouveau hors de votre structure.",
    en: 'Nobody from another organisation was available this round: you are introduced to colleagues of {organisation}. Next round, Maillage will look beyond your organisation again.',
  },
  introFooter: {
    fr: 'Binôme n° {ref}. Dans une semaine, je vous demanderai si vous vous êtes vus. `cafe non` pour ne plus participer.',
    en: 'Pair #{ref}. In a week I will ask whether you met. `coffee no` to stop taking part.',
  },
  alone: {
    fr: 'Pas de café coopération pour vous ce tour-ci : vous êtes la seule personne inscrite. Invitez vos partenaires à taper `cafe oui` !',
    en: 'No café coopération for you this round: you are the only person taking part. Invite your partners to type `coffee yes`!',
  },
  // The follow-up, a week later.
  askTitle: { fr: '☕ Café coopération : et alors ?', en: '☕ Café coopération: so?' },
  ask: {
    fr: 'Il y a une semaine, je vous ai présenté {names}. Vous êtes-vous rencontrés ? Si oui, la rencontre sera notée dans le journal des échanges, avec l’accord de chacun.',
    en: 'A week ago I introduced you to {names}. Did you meet? If so, the meeting will be logged in the exchange log, with everyone’s consent.',
  },
  askYes: { fr: 'Oui, on s’est vus', en: 'Yes, we met' },
  askNo: { fr: 'Pas encore', en: 'Not yet' },
  // In the channel.
  announced: {
    fr: '☕ Café coopération : {groups} ({people} personnes). Chacun a reçu sa présentation en message privé. Pour participer au prochain tour : `cafe oui`.',
    en: '☕ Café coopération: {groups} ({people} people). Everyone got their introduction privately. To take part next time: `coffee yes`.',
  },
  groupsCount: { fr: '{count} rencontres proposées', en: '{count} meetings suggested' },
  groupCount: { fr: '1 rencontre proposée', en: '1 meeting suggested' },
  tooFew: {
    fr: '☕ Café coopération : pas assez de personnes inscrites pour ce tour (il en faut au moins 2). Pour participer : `cafe oui`.',
    en: '☕ Café coopération: not enough people for this round (at least 2 are needed). To take part: `coffee yes`.',
  },
  dmClosed: {
    fr: 'Je n’ai pas pu écrire en privé à : {names}. {how} Votre binôme a reçu votre présentation : vous pouvez aussi lui écrire directement.',
    en: 'I could not write privately to: {names}. {how} Your partner got your introduction: you can also write to them directly.',
  },
  dmHowDiscord: {
    fr: 'Pour recevoir le café coopération, autorisez les messages privés des membres de ce serveur (clic sur le nom du serveur › Paramètres de confidentialité › Messages privés).',
    en: 'To get the café coopération, allow direct messages from members of this server (server name › Privacy Settings › Direct Messages).',
  },
  dmHowSlack: {
    fr: 'Slack refuse les messages privés de Maillage vers ces comptes (compte désactivé, invité Slack Connect que l’application ne voit pas, ou onglet Messages de l’application désactivé par un administrateur de l’espace de travail) : un administrateur peut le corriger dans les réglages de l’application.',
    en: 'Slack refuses Maillage’s private messages to these accounts (deactivated account, Slack Connect guest the app cannot see, or the app’s Messages tab turned off by a workspace admin): an admin can fix it in the app’s settings.',
  },
  dmHowOther: {
    fr: 'Pour recevoir le café coopération, autorisez les messages privés de Maillage.',
    en: 'To get the café coopération, allow private messages from Maillage.',
  },
});
