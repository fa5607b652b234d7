// What `diagnostic web` answers.
import { defineMessages } from '../../i18n/index.ts';

export const webCommandMessages = defineMessages({
  title: { fr: 'Le diagnostic sur le web', en: 'The digest on the web' },
  intro: {
    fr: 'Votre lien vers la page du diagnostic (carte à explorer, tendances, buts, sondages, café) :',
    en: 'Your link to the digest’s page (a map to explore, trends, goals, polls, café):',
  },
  details: {
    fr: 'Valable jusqu’au {until}. Toute personne qui a ce lien voit la page : ne le partagez qu’avec qui en a besoin. Chiffres et noms d’organisations seulement, aucun membre ni note. Un facilitateur peut couper tous les liens : `diagnostic web revoquer`.',
    en: 'Valid until {until}. Anyone holding this link sees the page: share it only with those who need it. Figures and organisation names only, no member and no note. A facilitator can revoke every link: `digest web revoke`.',
  },
  unavailable: {
    fr: 'La page web du diagnostic n’est pas disponible sur cette installation : son serveur ne peut pas démarrer. Essayez `diagnostic export` pour les chiffres en tableur.',
    en: 'The digest’s web page is not available on this installation: its server cannot start. Try `digest export` for the figures as a spreadsheet.',
  },
  periodNotUnderstood: {
    fr: 'Je ne reconnais pas de période dans « {words} ». Tapez `diagnostic web` (la période en cours), `diagnostic web mois dernier`, `diagnostic web trimestre`, `diagnostic web 2026-11` ; ou, pour un facilitateur, `diagnostic web revoquer`. Aucun lien n’a été donné.',
    en: 'I recognise no period in "{words}". Type `digest web` (the current period), `digest web last month`, `digest web quarter`, `digest web 2026-11`; or, for a facilitator, `digest web revoke`. No link was given.',
  },
  revoked: {
    fr: 'C’est fait : tous les liens vers la page web du diagnostic donnés jusqu’ici ne marchent plus. `diagnostic web` en donne un nouveau.',
    en: 'Done: every link to the digest’s web page given so far stops working. `digest web` gives a new one.',
  },
});
