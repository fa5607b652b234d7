// Data: the words that announce a personal administrative identifier, as regular-expression
// sources over folded text (lower case, no accents). A number right after one of them is personal
// data whatever its checksum. Compiled by hand (2026) from the public pages that tell people where
// to find each number: service-public.fr (numéro d'allocataire CAF/MSA, passeport, carte nationale
// d'identité, titre de séjour and its AGDREF number, numéro fiscal), francetravail.fr (identifiant),
// education.gouv.fr (INE), ofpra.gouv.fr and cnda.fr (numéro de dossier), the Code pénitentiaire
// (numéro d'écrou), mdphenligne.cnsa.fr (numéro de dossier MDPH) and the ANTS (plates, SIV and
// the older FNI layout). Organisation identifiers (SIRET, SIREN, RNA, UAI, FINESS, APE) are left
// out on purpose: they name no person.

/** Words that make the number after them an administrative identifier of a person. */
export const ADMIN_ID_WORDS = [
  "(?:n(?:°|o|um|umero)?\\.? ?(?:d')?)?allocataire",
  'alloc',
  'matricule(?: caf| msa)?',
  'identifiant (?:france travail|ft|pole emploi|pe|caf|fiscal)',
  'id (?:france travail|ft|pole emploi|pe|caf)',
  '(?:inscrite?|inscription) (?:a|a la|au|chez) (?:france travail|ft|pole emploi|pe)',
  '(?:france travail|pole emploi)',
  'num(?:ero)? fiscal|n° fiscal|no fiscal|numero fiscal de reference|spi',
  "(?:num(?:ero)?|n°|no|code) (?:d'|de l')?ine",
  'ofpra|cnda|agdref',
  "(?:num(?:ero)?|n°|no) (?:d')?etranger",
  "(?:num(?:ero)?|n°|no) (?:d')?ecrou|ecrou|levee d'ecrou",
  'mdph',
] as const;

/**
 * Short words that announce a number only right before it ("CAF n° 3345120", "INE : …"): further
 * away they are the organisation or the topic ("la CAF a versé 1 200 €").
 */
export const ADMIN_ID_SHORT_WORDS = ['caf', 'msa', 'ine', 'ft', 'pe', 'cpam'] as const;

/** Identity and residence documents. */
export const ID_DOCUMENT_WORDS = [
  'passeport',
  'passport',
  'cni',
  "carte (?:nationale )?d'identite",
  "piece d'identite",
  'titre de sejour',
  'carte de (?:sejour|resident)',
  'recepisse',
  'permis de conduire',
  'visa',
] as const;

/** Words that announce a vehicle's plate. */
export const PLATE_WORDS = [
  'plaque',
  'immat',
  'immatriculation',
  'immatriculee?s?',
  'vehicule',
  'voiture',
  'scooter',
  'moto',
  'camionnette',
  'camion',
  'utilitaire',
] as const;
