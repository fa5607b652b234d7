// What the guard tells a member, per kind of finding, in French and English. French strings are
// written with plain spaces and typeset by the shared French typography.

import { frenchTypography } from '../i18n/typography.ts';
import type { Locale } from '../locale.ts';
import type { GuardKind } from './types.ts';

interface Message {
  label: string;
  advice: string;
}

const FR: Record<GuardKind, Message> = {
  phone: {
    label: 'un numéro de téléphone',
    advice: 'Écrivez plutôt : « une mère de famille, à recontacter ».',
  },
  email: {
    label: 'une adresse e-mail',
    advice:
      'Gardez l’adresse dans votre outil habituel et écrivez plutôt : « coordonnées transmises en direct ».',
  },
  nir: {
    label: 'un numéro de sécurité sociale',
    advice:
      'Ce numéro ne doit jamais circuler ici ; écrivez plutôt : « démarches d’ouverture de droits en cours ».',
  },
  iban: {
    label: 'des coordonnées bancaires (IBAN ou RIB)',
    advice: 'Écrivez plutôt : « aide financière en cours, dossier suivi par la structure ».',
  },
  birthdate: {
    label: 'une date de naissance',
    advice: 'Une tranche d’âge suffit : écrivez plutôt « un jeune de 15-17 ans ».',
  },
  address: {
    label: 'une adresse postale',
    advice: 'Indiquez seulement le quartier ou la commune : « une famille du quartier ».',
  },
  'person-age': {
    label: 'un prénom ou une initiale avec un âge',
    advice: 'Retirez le prénom ou l’initiale : écrivez plutôt « un jeune de 14 ans ».',
  },
  'civility-name': {
    label: 'le nom d’une personne (Madame, Monsieur…)',
    advice: 'Retirez le nom : écrivez plutôt « une mère de famille » ou « un parent ».',
  },
  'family-name': {
    label: 'un nom de famille',
    advice: 'Retirez le nom : écrivez plutôt « une famille suivie » ou « une fratrie ».',
  },
  'name-measure': {
    label: 'un prénom associé à une mesure de suivi',
    advice: 'Retirez le prénom : écrivez plutôt « un jeune suivi en AEMO ».',
  },
};

const EN: Record<GuardKind, Message> = {
  phone: { label: 'a phone number', advice: 'Write instead: “a mother, to call back”.' },
  email: {
    label: 'an e-mail address',
    advice: 'Keep the address in your usual tool and write instead: “contact details passed on directly”.',
  },
  nir: {
    label: 'a social security number',
    advice: 'This number must never be shared here; write instead: “benefit claim in progress”.',
  },
  iban: {
    label: 'bank details (IBAN or RIB)',
    advice: 'Write instead: “financial help in progress, handled by the organisation”.',
  },
  birthdate: {
    label: 'a date of birth',
    advice: 'An age range is enough: write instead “a young person aged 15–17”.',
  },
  address: {
    label: 'a postal address',
    advice: 'Give only the neighbourhood or the town: “a family from the neighbourhood”.',
  },
  'person-age': {
    label: 'a first name or initial with an age',
    advice: 'Remove the name or initial: write instead “a 14-year-old”.',
  },
  'civility-name': {
    label: 'a person’s name (Mr, Mrs…)',
    advice: 'Remove the name: write instead “a mother” or “a parent”.',
  },
  'family-name': {
    label: 'a family name',
    advice: 'Remove the name: write instead “a family we support” or “siblings”.',
  },
  'name-measure': {
    label: 'a first name linked to a support measure',
    advice: 'Remove the first name: write instead “a young person under an AEMO measure”.',
  },
};

const MESSAGES: Record<Locale, Record<GuardKind, Message>> = {
  fr: Object.fromEntries(
    Object.entries(FR).map(([kind, { label, advice }]) => [
      kind,
      { label: frenchTypography(label), advice: frenchTypography(advice) },
    ]),
  ) as Record<GuardKind, Message>,
  en: EN,
};

/** What was found, as a noun phrase: fr « un numéro de téléphone », en “a phone number”. */
export function guardKindLabel(kind: GuardKind, locale: Locale): string {
  return MESSAGES[locale][kind].label;
}

/** How to say the same thing without the personal data. */
export function guardAdvice(kind: GuardKind, locale: Locale): string {
  return MESSAGES[locale][kind].advice;
}
