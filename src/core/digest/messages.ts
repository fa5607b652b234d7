// The digest's own words, in French and English.
import { defineMessages } from '../i18n/index.ts';

export const digestMessages = defineMessages({
  'title-week': {
    fr: 'Diagnostic permanent — semaine du {range}',
    en: 'Network digest — week of {range}',
  },
  'title-period': { fr: 'Diagnostic permanent — du {range}', en: 'Network digest — {range}' },
  'title-month': {
    fr: 'Diagnostic permanent — {month} {year}{running}',
    en: 'Network digest — {month} {year}{running}',
  },
  'title-quarter': {
    fr: 'Diagnostic permanent — {quarter} trimestre {year}{running}',
    en: 'Network digest — {quarter} {year}{running}',
  },
  'title-running': { fr: ' (en cours)', en: ' (so far)' },
  'title-day': { fr: 'Diagnostic permanent — {range}', en: 'Network digest — {range}' },
  'range-same-month': { fr: '{first} au {last} {month}', en: '{first}–{last} {month}' },
  'range-same-year': {
    fr: '{first} {firstMonth} au {last} {lastMonth}',
    en: '{first} {firstMonth} – {last} {lastMonth}',
  },
  'range-years': {
    fr: '{first} {firstMonth} {firstYear} au {last} {lastMonth} {lastYear}',
    en: '{first} {firstMonth} {firstYear} – {last} {lastMonth} {lastYear}',
  },
  intro: {
    fr: '{network} : ce que le réseau a fait, en chiffres. Aucune note d’échange n’y figure.',
    en: '{network}: what the network did, in figures. No exchange note ever appears here.',
  },
  empty: {
    fr: 'Semaine calme : aucun échange noté, aucune arrivée, aucun sondage clos. Un appel, une rencontre ? `echange appel @Marie` les note en une ligne.',
    en: 'A quiet week: no exchange logged, no newcomer, no poll closed. A call, a meeting? `log call @Marie` records it in one line.',
  },

  'activity-title': { fr: '**Activité**', en: '**Activity**' },
  'activity-line': { fr: '• {figure} — {trend}', en: '• {figure} — {trend}' },
  'exchanges-one': { fr: '{count} échange noté', en: '{count} exchange logged' },
  'exchanges-many': { fr: '{count} échanges notés', en: '{count} exchanges logged' },
  'members-one': { fr: '{count} personne impliquée', en: '{count} person involved' },
  'members-many': { fr: '{count} personnes impliquées', en: '{count} people involved' },
  'organisations-one': { fr: '{count} structure impliquée', en: '{count} organisation involved' },
  'organisations-many': { fr: '{count} structures impliquées', en: '{count} organisations involved' },
  'attached-one': { fr: '{count} échange rattaché', en: '{count} exchange attached' },
  'attached-many': { fr: '{count} échanges rattachés', en: '{count} exchanges attached' },
  up: { fr: 'en hausse ({previous} la période précédente)', en: 'up ({previous} the period before)' },
  down: { fr: 'en baisse ({previous} la période précédente)', en: 'down ({previous} the period before)' },
  stable: { fr: 'stable ({previous} la période précédente)', en: 'stable ({previous} the period before)' },

  'links-title': { fr: '**Nouveaux liens**', en: '**New links**' },
  'links-intro': {
    fr: 'Structures qui ont noté un échange ensemble pour la première fois :',
    en: 'Organisations that logged an exchange together for the first time:',
  },
  'link-line': { fr: '• {first} ↔ {second}', en: '• {first} ↔ {second}' },

  'blind-title': { fr: '**Angles morts**', en: '**Blind spots**' },
  'blind-quiet': {
    fr: '• Sans échange depuis 4 semaines : {list}',
    en: '• No exchange in the last 4 weeks: {list}',
  },
  'blind-themes': {
    fr: '• Thématiques des profils absentes des échanges depuis 4 semaines : {list}',
    en: '• Themes in profiles but in no exchange in the last 4 weeks: {list}',
  },
  'blind-actors': {
    fr: '• Acteurs du territoire sans structure dans le réseau : {list}',
    en: '• Local actors with no organisation in the network: {list}',
  },

  'newcomers-title': { fr: '**Bienvenue**', en: '**Welcome**' },
  'newcomer-line': { fr: '• {name}', en: '• {name}' },
  'newcomer-details': { fr: '• {name} — {details}', en: '• {name} — {details}' },

  'polls-title': { fr: '**Sondages**', en: '**Polls**' },
  'poll-closed': { fr: '• Clos : « {question} » (n° {ref})', en: '• Closed: "{question}" (#{ref})' },
  'poll-result': { fr: '    {label} : {votes} ({percent} %)', en: '    {label}: {votes} ({percent}%)' },
  'poll-participants': { fr: '    {participants}', en: '    {participants}' },
  'poll-none': { fr: '    aucune réponse', en: '    no answer' },
  'poll-few': {
    fr: '    moins de {min} réponses : pas de détail par option, pour préserver l’anonymat',
    en: '    fewer than {min} answers: no breakdown by option, to keep votes anonymous',
  },
  'poll-open': {
    fr: '• Ouvert jusqu’au {date} : « {question} » — `vote {ref}`',
    en: '• Open until {date}: "{question}" — `vote {ref}`',
  },

  'goals-title': { fr: '**Buts partagés**', en: '**Shared goals**' },
  'goal-change': {
    fr: '• But n° {ref} « {title} » : {from} → **{to}**',
    en: '• Goal #{ref} "{title}": {from} → **{to}**',
  },
  'goal-now': {
    fr: '• But n° {ref} « {title} » : désormais **{to}**',
    en: '• Goal #{ref} "{title}": now **{to}**',
  },
  'goal-exchanges': {
    fr: '• But n° {ref} « {title} » : {exchanges}',
    en: '• Goal #{ref} "{title}": {exchanges}',
  },

  'cafe-title': { fr: '**Café coopération**', en: '**Café coopération**' },
  'cafe-groups': {
    fr: '• {count} mises en relation entre structures',
    en: '• {count} introductions across organisations',
  },
  'cafe-group': { fr: '• 1 mise en relation entre structures', en: '• 1 introduction across organisations' },
  'cafe-meetings': { fr: '• {count} rencontres déclarées', en: '• {count} meetings reported' },
  'cafe-meeting': { fr: '• 1 rencontre déclarée', en: '• 1 meeting reported' },
  'acronym-title': { fr: '**Le sigle de la semaine**', en: '**Acronym of the week**' },
  'acronym-line': { fr: '**{term}** : {definition}', en: '**{term}**: {definition}' },

  more: { fr: 'et {count} autres', en: 'and {count} more' },
  'one-more': { fr: 'et 1 autre', en: 'and 1 more' },
});
