// What `sondage liste clos [PAGE]` / `poll list closed [PAGE]` says: past polls, a page at a time.
import { defineMessages } from '../i18n/index.ts';

export const closedPollMessages = defineMessages({
  'closed-title': { fr: 'Sondages clos', en: 'Closed polls' },
  'closed-empty': {
    fr: 'Aucun sondage clos pour l’instant. Les sondages ouverts : `sondage liste`.',
    en: 'No closed poll yet. The open polls: `poll list`.',
  },
  'closed-line': {
    fr: '**{ref}** — {question} · {participants} · clos le {date}',
    en: '**{ref}** — {question} · {participants} · closed on {date}',
  },
  'closed-no-answer': { fr: 'aucune réponse', en: 'no answer' },
  'closed-page': {
    fr: 'Page {page}/{pages} · {total} sondage(s) clos, le plus récent en premier. Résultats : `sondage {ref}`.',
    en: 'Page {page}/{pages} · {total} closed poll(s), most recent first. Results: `poll {ref}`.',
  },
  'closed-next': {
    fr: 'Page suivante : `sondage liste clos {next}`',
    en: 'Next page: `poll list closed {next}`',
  },
  'closed-last': { fr: 'Dernière page.', en: 'Last page.' },
  'closed-bad-page': {
    fr: 'Cette page n’existe pas. Tapez `sondage liste clos` pour la page 1, ou `sondage liste clos N` avec N entre 1 et {pages}.',
    en: 'There is no such page. Type `poll list closed` for page 1, or `poll list closed N` with N from 1 to {pages}.',
  },
  'closed-page-invalid': {
    fr: '« {word} » n’est pas un numéro de page. Tapez `sondage liste` pour les sondages ouverts, `sondage liste clos` pour les clos, `sondage liste clos 2` pour leur page 2.',
    en: '"{word}" is not a page number. Type `poll list` for the open polls, `poll list closed` for the closed ones, `poll list closed 2` for their page 2.',
  },
  'list-stray': {
    fr: 'Je n’ai pas compris « {words} ». Tapez `sondage liste` pour les sondages ouverts, `sondage liste clos` pour les clos, `sondage liste clos 2` pour leur page 2.',
    en: 'I did not understand "{words}". Type `poll list` for the open polls, `poll list closed` for the closed ones, `poll list closed 2` for their page 2.',
  },
  'open-no-pages': {
    fr: 'Les sondages ouverts tiennent sur une page : `sondage liste`. Les pages sont pour les sondages clos : `sondage liste clos {page}`.',
    en: 'The open polls fit on one page: `poll list`. Pages are for the closed polls: `poll list closed {page}`.',
  },
});
