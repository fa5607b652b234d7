import { defineMessages } from '../i18n/index.ts';

export const exchangeMessages = defineMessages({
  'kind.meeting': { fr: 'Rencontre', en: 'Meeting' },
  'kind.call': { fr: 'Appel', en: 'Call' },
  'kind.handover': { fr: 'Orientation', en: 'Hand-over' },
  'kind.joint-action': { fr: 'Action commune', en: 'Joint action' },
  'kind.other': { fr: 'Échange', en: 'Exchange' },
  with: { fr: 'avec', en: 'with' },
  goal: { fr: 'but {ref}', en: 'goal {ref}' },
  logged: {
    fr: 'Échange n° {ref} noté : {summary}. Les personnes nommées en sont informées en privé.',
    en: 'Exchange #{ref} logged: {summary}. The people named are told privately.',
  },
  loggedNoPeople: {
    fr: 'Échange n° {ref} noté : {summary}.',
    en: 'Exchange #{ref} logged: {summary}.',
  },
  undoButton: { fr: 'Annuler cet échange', en: 'Undo this exchange' },
  notifyNamed: {
    fr: '{author} a noté un échange avec vous : {summary} (n° {ref}). Il rend visible la coopération du réseau, en chiffres. Si vous ne souhaitez pas y figurer, retirez votre nom : `echange retirer {ref}`.',
    en: "{author} logged an exchange with you: {summary} (#{ref}). It makes the network's cooperation visible, as figures. If you would rather not appear in it, remove your name: `log remove {ref}`.",
  },
  removeButton: { fr: 'Retirer mon nom', en: 'Remove my name' },
  listTitle: { fr: 'Vos échanges récents', en: 'Your recent exchanges' },
  listEmpty: {
    fr: "Aucun échange pour l'instant. Notez le premier : `echange appel @Marie #logement`.",
    en: 'No exchange yet. Log the first one: `log call @Marie #housing`.',
  },
  undone: { fr: "L'échange n° {ref} est supprimé.", en: 'Exchange #{ref} is deleted.' },
  removed: {
    fr: "Votre nom est retiré de l'échange n° {ref}.",
    en: 'Your name is removed from exchange #{ref}.',
  },
  unknownExchange: {
    fr: "Il n'y a pas d'échange n° {ref} dans ce réseau. Tapez `echange liste` pour voir les vôtres.",
    en: 'There is no exchange #{ref} in this network. Type `log list` to see yours.',
  },
  notAuthor: {
    fr: "Seule la personne qui a noté l'échange n° {ref} peut l'annuler. Si vous y êtes nommé·e : `echange retirer {ref}`.",
    en: 'Only the person who logged exchange #{ref} can undo it. If you are named in it: `log remove {ref}`.',
  },
  notNamed: {
    fr: "Vous n'êtes pas nommé·e dans l'échange n° {ref}.",
    en: 'You are not named in exchange #{ref}.',
  },
  shownTitle: { fr: 'Échange n° {ref}', en: 'Exchange #{ref}' },
  shownAuthor: { fr: 'Noté par {author}.', en: 'Logged by {author}.' },
  you: { fr: 'vous', en: 'you' },
  shownNote: { fr: 'Note : {note}', en: 'Note: {note}' },
  corrected: { fr: "L'échange n° {ref} est corrigé.", en: 'Exchange #{ref} is corrected.' },
  nothingToCorrect: {
    fr: 'Que corriger ? Par exemple : `echange corriger {ref} date hier`, `echange corriger {ref} note "…"`, `echange corriger {ref} appel`, `echange corriger {ref} #logement` ou `echange corriger {ref} but aucun`.',
    en: 'What should change? For example: `log edit {ref} date yesterday`, `log edit {ref} note "…"`, `log edit {ref} call`, `log edit {ref} #housing` or `log edit {ref} goal none`.',
  },
  refMissing: {
    fr: "Donnez le numéro de l'échange, par exemple : `echange annuler 12`.",
    en: 'Give the exchange number, for example: `log undo 12`.',
  },
  refMissingShow: {
    fr: "Donnez le numéro de l'échange à voir, par exemple : `echange 12`.",
    en: 'Give the number of the exchange to show, for example: `log 12`.',
  },
  refMissingEdit: {
    fr: "Donnez le numéro de l'échange à corriger, par exemple : `echange corriger 12 date hier`.",
    en: 'Give the number of the exchange to correct, for example: `log edit 12 date yesterday`.',
  },
  noParticipant: {
    fr: 'Avec qui ? Nommez au moins un membre (`@Marie`) ou une structure (`structure "Mission locale"`). Par exemple : `echange appel @Marie #logement`.',
    en: 'With whom? Name at least one member (`@Marie`) or organisation (`organisation "Mission locale"`). For example: `log call @Marie #housing`.',
  },
  tooManyParticipants: {
    fr: 'Trop de participants : 20 au plus par échange.',
    en: 'Too many participants: 20 at most per exchange.',
  },
  self: {
    fr: "Vous ne pouvez pas noter un échange avec vous-même : nommez l'autre personne.",
    en: 'You cannot log an exchange with yourself: name the other person.',
  },
  unknownWords: {
    fr: 'Je n\'ai pas compris : « {words} ». Un thème s\'écrit `#logement`, une note `note "…"`, une date `date hier`, un but `but 3`.',
    en: 'I did not understand: "{words}". A theme is written `#housing`, a note `note "…"`, a date `date yesterday`, a goal `goal 3`.',
  },
  futureDate: {
    fr: "Cette date est dans le futur ({date}) : un échange se note une fois qu'il a eu lieu.",
    en: 'This date is in the future ({date}): an exchange is logged once it has happened.',
  },
  badDate: {
    fr: 'Date non comprise : « {date} ». Écrivez par exemple `date hier`, `date 12/03` ou `date lundi`.',
    en: 'Date not understood: "{date}". Write for example `date yesterday`, `date 12/03` or `date monday`.',
  },
  tooOld: {
    fr: 'Cette date est trop ancienne ({date}) : un an au plus.',
    en: 'This date is too old ({date}): one year at most.',
  },
  unknownGoal: {
    fr: "Il n'y a pas de but n° {ref} dans ce réseau. Tapez `but liste` pour les voir.",
    en: 'There is no goal #{ref} in this network. Type `goal list` to see them.',
  },
});

export type ExchangeMessage = keyof typeof exchangeMessages;
