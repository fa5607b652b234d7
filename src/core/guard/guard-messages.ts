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
  'admin-id': {
    label: 'un identifiant administratif (numéro CAF, France Travail, fiscal, INE, OFPRA, écrou…)',
    advice:
      'Ce numéro reste dans le dossier de la structure ; écrivez plutôt : « dossier CAF à mettre à jour ».',
  },
  'id-document': {
    label: 'un numéro de pièce d’identité ou de titre de séjour',
    advice: 'Écrivez plutôt : « renouvellement du titre de séjour en cours ».',
  },
  plate: {
    label: 'une plaque d’immatriculation',
    advice: 'Retirez la plaque : écrivez plutôt « un véhicule stationné devant l’école ».',
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
  health: {
    label: 'une donnée de santé sur une personne (maladie, handicap, grossesse…)',
    advice:
      'La santé d’une personne reconnaissable ne circule pas ici : retirez le prénom, ou écrivez plutôt « un besoin de suivi médical ».',
  },
  religion: {
    label: 'la religion d’une personne',
    advice: 'Retirez le prénom ou la religion : écrivez plutôt « des contraintes à prévoir pour la sortie ».',
  },
  'sexual-orientation': {
    label: 'l’orientation sexuelle ou l’identité de genre d’une personne',
    advice:
      'Cette information ne circule pas ici : écrivez plutôt « un jeune en difficulté avec sa famille ».',
  },
  origin: {
    label: 'l’origine d’une personne',
    advice:
      'Retirez le prénom ou l’origine : écrivez plutôt « une famille arrivée récemment, besoin d’interprétariat ».',
  },
  justice: {
    label: 'une information judiciaire sur une personne (mesure, peine, détention…)',
    advice: 'Retirez le prénom : écrivez plutôt « une situation suivie par le SPIP ou la PJJ ».',
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
  'admin-id': {
    label: 'an administrative identifier (CAF, France Travail, tax, INE, OFPRA, prison number…)',
    advice: 'This number stays in the organisation’s file; write instead: “CAF file to update”.',
  },
  'id-document': {
    label: 'an identity document or residence permit number',
    advice: 'Write instead: “residence permit renewal in progress”.',
  },
  plate: {
    label: 'a vehicle registration plate',
    advice: 'Remove the plate: write instead “a car parked outside the school”.',
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
  health: {
    label: 'health data about a person (illness, disability, pregnancy…)',
    advice:
      'The health of someone who can be recognised does not circulate here: remove the name, or write instead “needs medical follow-up”.',
  },
  religion: {
    label: 'a person’s religion',
    advice: 'Remove the name or the religion: write instead “constraints to plan for the outing”.',
  },
  'sexual-orientation': {
    label: 'a person’s sexual orientation or gender identity',
    advice: 'This does not circulate here: write instead “a young person in difficulty with their family”.',
  },
  origin: {
    label: 'a person’s origin',
    advice: 'Remove the name or the origin: write instead “a recently arrived family, needs an interpreter”.',
  },
  justice: {
    label: 'judicial information about a person (measure, sentence, detention…)',
    advice: 'Remove the name: write instead “a situation followed by the probation service or the PJJ”.',
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
