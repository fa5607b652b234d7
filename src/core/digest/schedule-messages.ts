// What the `diagnostic` command and the scheduled digest say about the schedule and the channel.
import { defineMessages } from '../i18n/index.ts';

const EXAMPLES_FR =
  'par exemple `diagnostic horaire "chaque lundi à 9h"`, `"tous les jours à 8h30"`, `"du lundi au vendredi à 17h"`, `"le 1er du mois à 10h"` ou une expression cron comme `"0 9 * * 1"`';
const EXAMPLES_EN =
  'for example `digest schedule "every monday at 9am"`, `"every day at 8:30"`, `"monday to friday at 5pm"`, `"the 1st of the month at 10am"` or a cron expression such as `"0 9 * * 1"`';

export const scheduleMessages = defineMessages({
  previewNote: {
    fr: 'Aperçu visible par vous seulement. Publication {schedule}{where} ; `diagnostic mois`, `diagnostic 2026-11` ou `diagnostic historique` montrent d’autres périodes.',
    en: 'Preview only you can see. Posted {schedule}{where}; `digest month`, `digest 2026-11` or `digest history` show other periods.',
  },
  previewNowhere: {
    fr: ', dès qu’un facilitateur aura choisi le canal avec `diagnostic ici`',
    en: ', once a facilitator has chosen the channel with `digest here`',
  },
  previewOff: {
    fr: ' (publication automatique désactivée)',
    en: ' (automatic posting is turned off)',
  },
  hereSet: {
    fr: 'Ce canal reçoit désormais le diagnostic permanent : {schedule}.',
    en: 'This channel now receives the digest: {schedule}.',
  },
  hereAlready: {
    fr: 'Ce canal reçoit déjà le diagnostic : {schedule}.',
    en: 'This channel already receives the digest: {schedule}.',
  },
  scheduleSet: {
    fr: 'Le diagnostic sera publié {schedule}.',
    en: 'The digest will be posted {schedule}.',
  },
  noChannelYet: {
    fr: 'Aucun canal choisi pour l’instant : tapez `diagnostic ici` dans le canal qui doit le recevoir.',
    en: 'No channel chosen yet: type `digest here` in the channel that should receive it.',
  },
  stillOff: {
    fr: 'La publication automatique est désactivée : `diagnostic on` pour la réactiver.',
    en: 'Automatic posting is turned off: `digest on` turns it back on.',
  },
  turnedOff: {
    fr: 'Diagnostic désactivé : plus de publication automatique. `diagnostic on` pour le réactiver.',
    en: 'Digest turned off: no more automatic posts. `digest on` turns it back on.',
  },
  turnedOn: {
    fr: 'Diagnostic activé : publication {schedule}.',
    en: 'Digest turned on: posted {schedule}.',
  },
  alreadyOff: {
    fr: 'Le diagnostic est déjà désactivé.',
    en: 'The digest is already turned off.',
  },
  alreadyOn: {
    fr: 'Le diagnostic est déjà activé : publication {schedule}.',
    en: 'The digest is already on: posted {schedule}.',
  },
  statusTitle: { fr: 'Diagnostic permanent', en: 'Digest' },
  statusChannel: { fr: 'Canal', en: 'Channel' },
  statusSchedule: { fr: 'Horaire', en: 'Schedule' },
  statusNext: { fr: 'Prochaine publication', en: 'Next post' },
  statusState: { fr: 'Publication automatique', en: 'Automatic posting' },
  stateOn: { fr: 'activée', en: 'on' },
  stateOff: { fr: 'désactivée', en: 'off' },
  channelHere: { fr: 'ce canal', en: 'this channel' },
  channelElsewhere: { fr: 'un autre canal (`{channel}`)', en: 'another channel (`{channel}`)' },
  channelNone: {
    fr: 'aucun — tapez `diagnostic ici` dans le canal voulu',
    en: 'none — type `digest here` in the channel you want',
  },
  nextNone: { fr: 'aucune', en: 'none' },
  scheduleMissing: {
    fr: `Donnez l’horaire entre guillemets, ${EXAMPLES_FR}.`,
    en: `Give the schedule in quotes, ${EXAMPLES_EN}.`,
  },
  notExpressible: {
    fr: `Cet horaire ne tient pas en une seule règle qui se répète (un jour de la semaine ou du mois, à une heure) : « toutes les deux semaines » ou « le premier lundi du mois » ne sont pas possibles. Essayez ${EXAMPLES_FR}.`,
    en: `This schedule is not one repeating rule (a day of the week or of the month, at a time): "every two weeks" or "the first Monday of the month" are not possible. Try ${EXAMPLES_EN}.`,
  },
  needsTime: {
    fr: `À quelle heure ? Ajoutez-la, ${EXAMPLES_FR}.`,
    en: `At what time? Add it, ${EXAMPLES_EN}.`,
  },
  notUnderstood: {
    fr: `Je ne comprends pas cet horaire. Écrivez-le ${EXAMPLES_FR}.`,
    en: `I do not understand this schedule. Write it ${EXAMPLES_EN}.`,
  },
  neverRuns: {
    fr: `Cet horaire ne tombe jamais (un 31 février, par exemple) : le diagnostic ne serait jamais publié. Écrivez-le ${EXAMPLES_FR}.`,
    en: `This schedule never comes round (a 31st of February, say): the digest would never be posted. Write it ${EXAMPLES_EN}.`,
  },
  periodNotUnderstood: {
    fr: 'Je ne reconnais ni période ni action dans « {words} ». Une période : `diagnostic` (en cours), `diagnostic semaine`, `diagnostic mois`, `diagnostic trimestre`, `diagnostic mois dernier`, `diagnostic 2026-11`, `diagnostic novembre 2026`, `diagnostic 2026-T4`. Une action : `historique`, `statut`, `export`, `web`, `ici`, `horaire "chaque lundi à 9h"`, `on`, `off`.',
    en: 'I recognise no period nor action in "{words}". A period: `digest` (current), `digest week`, `digest month`, `digest quarter`, `digest last month`, `digest 2026-11`, `digest november 2026`, `digest 2026-Q4`. An action: `history`, `status`, `export`, `web`, `here`, `schedule "every monday at 9am"`, `on`, `off`.',
  },
  periodNotBegun: {
    fr: 'La période « {words} » n’a pas encore commencé. `diagnostic` montre la période en cours.',
    en: 'The period "{words}" has not begun yet. `digest` shows the current period.',
  },
  historyUsage: {
    fr: 'Quel diagnostic ? Tapez `diagnostic historique` pour la liste, puis `diagnostic historique 3`.',
    en: 'Which digest? Type `digest history` for the list, then `digest history 3`.',
  },
  unknownAction: {
    fr: 'Après `diagnostic`, tapez rien (aperçu), une période (`mois`, `2026-11`…), `historique`, `export`, `ici`, `horaire "chaque lundi à 9h"`, `statut`, `on` ou `off`.',
    en: 'After `digest`, type nothing (preview), a period (`month`, `2026-11`…), `history`, `export`, `here`, `schedule "every monday at 9am"`, `status`, `on` or `off`.',
  },
  noAccess: {
    fr: 'Maillage ne peut pas publier le diagnostic dans le canal choisi : invitez-le dans ce canal (ou donnez-lui le droit d’y écrire), ou choisissez un autre canal avec `diagnostic ici`.',
    en: 'Maillage cannot post the digest in the chosen channel: invite it to that channel (or let it write there), or choose another channel with `digest here`.',
  },
});
