// The digest's suggestions, in French and English: each says what to do and why.
import { defineMessages } from '../i18n/index.ts';

export const suggestionMessages = defineMessages({
  title: { fr: '**À faire cette fois-ci**', en: '**Worth doing next**' },
  quiet: {
    fr: '• **{organisation}** n’a noté aucun échange depuis 4 semaines : proposez à ses membres le prochain café coopération.',
    en: '• **{organisation}** has logged no exchange in 4 weeks: invite its members to the next café coopération.',
  },
  quietButton: { fr: 'Inviter au café', en: 'Invite to the café' },
  idleGoal: {
    fr: '• Le but n° {ref} « {title} » n’a rien eu depuis le {since} (ni échange, ni mise à jour, ni sondage) : {author}, un point d’étape ?',
    en: '• Goal #{ref} "{title}" has had nothing since {since} (no exchange, update or poll): {author}, time to take stock?',
  },
  idleGoalNoAuthor: {
    fr: '• Le but n° {ref} « {title} » n’a rien eu depuis le {since} (ni échange, ni mise à jour, ni sondage) : le reprendre, ou le clore ?',
    en: '• Goal #{ref} "{title}" has had nothing since {since} (no exchange, update or poll): pick it up again, or close it?',
  },
  goalButton: { fr: 'Voir le but n° {ref}', en: 'Show goal #{ref}' },
  missingActor: {
    fr: '• Aucune structure du réseau ne représente : {kind}. {who} pourraient l’inviter.',
    en: '• No organisation of the network stands for: {kind}. {who} might invite one.',
  },
  whoButton: { fr: 'Chercher « {word} »', en: 'Search "{word}"' },
});
