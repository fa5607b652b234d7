// The catalogue of audited actions: what each records as details (settings' values and short
// references only, never notes or votes) and the sentence `config journal` shows for it.
import { formatDate } from '../args/format-date.ts';
import { dayName } from '../cafe/cafe-schedule.ts';
import { describeSchedule } from '../digest/schedule-words.ts';
import { statusLabels } from '../goals/messages.ts';
import { type Bilingual, defineMessages, localized, type Params } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import type { GoalStatus } from '../model.ts';

/** The details each action records; its key is the `action` column. */
export interface AuditDetails {
  'network.name': { from: string; to: string };
  'network.locale': { from: string; to: string };
  'network.timezone': { from: string; to: string };
  'facilitator.added': Record<string, never>;
  'facilitator.removed': Record<string, never>;
  'organisations.merged': { source: string; target: string };
  'digest.channel': { channel: string | null };
  'digest.schedule': { from: string; to: string };
  'digest.on': Record<string, never>;
  'digest.off': Record<string, never>;
  /** A web view link was given (`diagnostic web`): when it stops working. */
  'digest.web-link': { expires: string };
  'digest.web-revoked': Record<string, never>;
  'cafe.channel': { channel: string | null };
  'cafe.rhythm': { from: number; to: number };
  'cafe.day': { from: number; to: number };
  'cafe.on': Record<string, never>;
  'cafe.off': Record<string, never>;
  'cafe.run': { channel: string | null };
  'cafe.invited': { organisation: string; count: number };
  'poll.closed-early': { poll: number; byAuthor: boolean };
  'glossary.edited': { term: string };
  'glossary.removed': { term: string };
  'glossary.restored': { term: string };
  'goal.status': { goal: number; from: GoalStatus; to: GoalStatus };
  'goal.edited': { goal: number; field: 'title' | 'description' | 'indicator' };
  'retention.changed': { from: number; to: number };
  'poll.threshold': { from: number; to: number };
}

export type AuditAction = keyof AuditDetails;

/** `{subject}` is the member the action is about, `{...}` the recorded details. */
export const auditSentences = defineMessages<AuditAction>({
  'network.name': {
    fr: 'a renommé le réseau « {from} » en « {to} »',
    en: 'renamed the network from "{from}" to "{to}"',
  },
  'network.locale': {
    fr: 'a changé la langue du réseau : {from} → {to}',
    en: "changed the network's language: {from} → {to}",
  },
  'network.timezone': {
    fr: 'a changé le fuseau horaire : {from} → {to}',
    en: 'changed the time zone: {from} → {to}',
  },
  'facilitator.added': {
    fr: 'a nommé {subject} parmi les facilitateurs',
    en: 'made {subject} a facilitator',
  },
  'facilitator.removed': {
    fr: 'a retiré {subject} des facilitateurs',
    en: 'removed {subject} from the facilitators',
  },
  'organisations.merged': {
    fr: 'a fusionné la structure « {source} » dans « {target} »',
    en: 'merged the organisation "{source}" into "{target}"',
  },
  'digest.channel': {
    fr: 'a choisi le canal du diagnostic ({channel})',
    en: "chose the digest's channel ({channel})",
  },
  'digest.schedule': {
    fr: 'a changé l’horaire du diagnostic : {from} → {to}',
    en: "changed the digest's schedule: {from} → {to}",
  },
  'digest.on': { fr: 'a activé le diagnostic', en: 'turned the digest on' },
  'digest.off': { fr: 'a désactivé le diagnostic', en: 'turned the digest off' },
  'digest.web-link': {
    fr: 'a reçu un lien vers la page web du diagnostic (valable jusqu’au {expires})',
    en: "received a link to the digest's web page (valid until {expires})",
  },
  'digest.web-revoked': {
    fr: 'a coupé tous les liens vers la page web du diagnostic',
    en: "revoked every link to the digest's web page",
  },
  'cafe.channel': {
    fr: 'a choisi le canal du café coopération ({channel})',
    en: "chose the café coopération's channel ({channel})",
  },
  'cafe.rhythm': {
    fr: 'a changé le rythme du café (semaines entre deux tours) : {from} → {to}',
    en: "changed the café's rhythm (weeks between rounds): {from} → {to}",
  },
  'cafe.day': { fr: 'a changé le jour du café : {from} → {to}', en: "changed the café's day: {from} → {to}" },
  'cafe.on': { fr: 'a activé le café coopération', en: 'turned the café coopération on' },
  'cafe.off': { fr: 'a mis le café coopération en pause', en: 'paused the café coopération' },
  'cafe.run': { fr: 'a lancé un tour du café{channel}', en: 'ran a café round{channel}' },
  'cafe.invited': {
    fr: 'a invité au café {count} membre(s) de {organisation}',
    en: 'invited {count} member(s) of {organisation} to the café',
  },
  'poll.closed-early': {
    fr: 'a fermé le sondage n° {poll} avant son échéance{by}',
    en: 'closed poll #{poll} before its deadline{by}',
  },
  'glossary.edited': {
    fr: 'a modifié la définition de « {term} » (auteur : {subject})',
    en: 'edited the definition of "{term}" (author: {subject})',
  },
  'glossary.removed': {
    fr: 'a retiré « {term} » du glossaire (auteur : {subject})',
    en: 'removed "{term}" from the glossary (author: {subject})',
  },
  'glossary.restored': {
    fr: 'a rétabli la définition d’origine de « {term} » (définition remplacée : {subject})',
    en: 'restored the original definition of "{term}" (replaced definition by: {subject})',
  },
  'goal.status': {
    fr: 'a passé le but n° {goal} de « {from} » à « {to} » (auteur : {subject})',
    en: 'changed goal #{goal} from {from} to {to} (author: {subject})',
  },
  'goal.edited': {
    fr: 'a modifié {field} du but n° {goal} (auteur : {subject})',
    en: 'edited the {field} of goal #{goal} (author: {subject})',
  },
  'retention.changed': {
    fr: 'a changé la durée de conservation : {from} → {to} mois',
    en: 'changed the retention period: {from} → {to} months',
  },
  'poll.threshold': {
    fr: 'a changé le seuil d’anonymat des sondages : {from} → {to} réponses',
    en: "changed the polls' anonymity threshold: {from} → {to} answers",
  },
});

const words = defineMessages({
  unknownAction: { fr: 'a fait : {action}', en: 'did: {action}' },
  byAuthor: { fr: ' (son auteur)', en: ' (its author)' },
  byFacilitator: { fr: ' (auteur : {subject})', en: ' (author: {subject})' },
  runChannel: { fr: ' (ce canal devient le sien : {channel})', en: ' (its channel is now {channel})' },
  noChannel: { fr: 'canal par défaut', en: 'default channel' },
  title: { fr: 'le titre', en: 'title' },
  description: { fr: 'la description', en: 'description' },
  indicator: { fr: 'l’indicateur', en: 'indicator' },
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
});

type Details = Readonly<Record<string, string | number | boolean | null>>;

export interface SentenceInput {
  action: string;
  details: Details;
  /** The subject's name as it should read ("a former member" when unknown). */
  subject: string;
  timeZone: string;
}

const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const pick = (table: Record<string, Bilingual>, value: unknown, locale: Locale) =>
  table[str(value)]?.[locale] ?? str(value);

/** Turns recorded values into words of `locale` where the raw value would not read well. */
function paramsOf(input: SentenceInput, locale: Locale): Params {
  const { action, details, subject, timeZone } = input;
  const base: Record<string, string | number> = { subject };
  for (const [key, value] of Object.entries(details)) base[key] = str(value);
  const both = (f: (value: unknown) => string) => ({ from: f(details.from), to: f(details.to) });
  switch (action) {
    case 'network.locale':
      return { ...base, ...both((v) => pick(words, v, locale)) };
    case 'digest.schedule':
      return { ...base, ...both((v) => describeSchedule(str(v), timeZone, locale)) };
    case 'cafe.day':
      return { ...base, ...both((v) => dayName(Number(v), locale)) };
    case 'goal.status':
      return { ...base, ...both((v) => pick(statusLabels, v, locale)) };
    case 'goal.edited':
      return { ...base, field: pick(words, details.field, locale) };
    case 'digest.channel':
    case 'cafe.channel':
      return { ...base, channel: str(details.channel) || words.noChannel[locale] };
    case 'cafe.run':
      return { ...base, channel: details.channel ? localized(locale, words.runChannel, base) : '' };
    case 'poll.closed-early':
      return { ...base, by: byWhom(details, subject, locale) };
    case 'digest.web-link': {
      const at = new Date(str(details.expires));
      if (Number.isNaN(at.getTime())) return base;
      return { ...base, expires: formatDate(at, { timeZone, locale, withTime: true }) };
    }
    default:
      return base;
  }
}

function byWhom(details: Details, subject: string, locale: Locale): string {
  if (details.byAuthor === true) return words.byAuthor[locale];
  return localized(locale, words.byFacilitator, { subject });
}

/** The sentence for one entry, without its date and actor; an unknown action is shown by its key. */
export function auditSentence(input: SentenceInput, locale: Locale): { message: Bilingual; params: Params } {
  const known = (auditSentences as Record<string, Bilingual>)[input.action];
  if (!known) return { message: words.unknownAction, params: { action: input.action } };
  return { message: known, params: paramsOf(input, locale) };
}
