// What the web view of the diagnostic shows, already in the page's language: figures, labels
// and the names of organisations only — never a member, never an exchange's note. Built from
// the database by web-data.ts, written as HTML by web-page.ts.
import type { Locale } from '../../locale.ts';
import type { MapInput } from '../map/map-input.ts';

/** A figure of the period beside the same figure for the period before. */
export interface HeadlineFigure {
  key: 'exchanges' | 'members' | 'organisations' | 'newTies';
  label: string;
  value: number;
  /** The period before; undefined where there is nothing to compare with. */
  previous: number | undefined;
}

/** A network measure of the period, formatted (a share as "42 %", a density as "0,12"). */
export interface MeasureFigure {
  key: 'linked' | 'ties' | 'density' | 'crossShare' | 'eiIndex';
  label: string;
  value: string;
  previous: string | undefined;
  /** One sentence on what it means, in plain words. */
  help: string;
}

/** One line of a trend chart: a value per month (null where it has no meaning). */
export interface TrendSeries {
  key: 'organisations' | 'linked' | 'ties' | 'crossTies' | 'withinTies' | 'density';
  label: string;
  values: Array<number | null>;
  /** How the values read: whole numbers, or a 0..1 share/density shown with two decimals. */
  unit: 'count' | 'ratio';
}

export interface WebTrend {
  /** One short label per month, oldest first ("juil. 2026"). */
  months: string[];
  /** The last month is still running. */
  lastPartial: boolean;
  series: TrendSeries[];
}

export interface IndicatorEntry {
  /** Localised day ("3 nov. 2026"). */
  day: string;
  /** Stable `YYYY-MM-DD`, for ordering and for charts. */
  isoDay: string;
  text: string;
}

export interface WebGoal {
  ref: number;
  title: string;
  /** Localised status label ("en cours"). */
  status: string;
  /** Exchanges linked to it in the period. */
  exchanges: number;
  /** Indicator updates, oldest first (at most the last 20). */
  indicators: IndicatorEntry[];
}

export interface WebPollOption {
  label: string;
  /** Null when the poll's small-group threshold hides the count. */
  votes: number | null;
}

export interface WebPoll {
  ref: number;
  question: string;
  /** Localised day it closed. */
  closedOn: string;
  anonymous: boolean;
  /** Who answered; null when hidden by the threshold. */
  participants: number | null;
  /** Set when the threshold hides the counts: the sentence that says why ("moins de 5 réponses…"). */
  hiddenReason: string | undefined;
  options: WebPollOption[];
}

export interface WebCafeRound {
  /** Localised day of the round. */
  day: string;
  groups: number;
  meetings: number;
}

export interface WebBlindSpots {
  /** Organisations with no exchange in the four weeks before the period's end. */
  quietOrganisations: string[];
  /** Theme labels in members' profiles and in no exchange of those weeks. */
  unexploredThemes: string[];
  /** Kinds of territory actors the network has no organisation of (labels). */
  missingActorKinds: string[];
}

export interface WebDiagnostic {
  locale: Locale;
  networkName: string;
  /** "Diagnostic permanent — novembre 2026". */
  title: string;
  /** "du 1er au 30 novembre 2026", compared with "…octobre". */
  periodLabel: string;
  previousLabel: string;
  /** The period is still running (its figures so far). */
  partial: boolean;
  /** Localised date and time the page was built, and when its link stops working. */
  generatedAt: string;
  expiresAt: string;
  headline: HeadlineFigure[];
  measures: MeasureFigure[];
  trend: WebTrend;
  /** The map's input (its window: the last 90 days to the period's end). */
  map: MapInput;
  /** "les 90 derniers jours, jusqu’au 30 novembre 2026". */
  mapLabel: string;
  blindSpots: WebBlindSpots;
  goals: WebGoal[];
  closedPolls: WebPoll[];
  cafe: { rounds: WebCafeRound[]; groups: number; meetings: number };
  /** The same page in the other language: a relative URL (same token, `?lang=`). */
  otherLanguage: { locale: Locale; href: string };
}
