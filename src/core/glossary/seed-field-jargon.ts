// Shipped glossary entries for the acronyms and jargon of socio-educational work that the
// research-action reports name (PRE, QPV, IP, "sortie sèche"…) or that their actors use daily:
// school, child protection, disability, youth, urban policy. Definitions are ours.
import type { ShippedTerm } from './shipped-term.ts';

const entry = (term: string, fr: string, en: string): ShippedTerm => ({ term, fr, en });

const URBAN_POLICY: readonly ShippedTerm[] = [
  entry(
    'PRE',
    "Programme de réussite éducative : dispositif de la politique de la ville. Une équipe propose à des enfants de 2 à 16 ans des quartiers prioritaires, et à leur famille, un parcours de soutien sur mesure (scolarité, santé, loisirs, parentalité), avec l'accord des parents.",
    "Educational success programme: tailored support (school, health, leisure, parenting) for children aged 2-16 from priority neighbourhoods and their families, with the parents' consent.",
  ),
  entry(
    'QPV',
    "Quartier prioritaire de la politique de la ville : quartier désigné par l'État où beaucoup d'habitants ont de faibles revenus. Il reçoit des moyens en plus (contrat de ville, PRE, Cité éducative…).",
    'Priority neighbourhood: an area with many low-income residents that gets extra public resources.',
  ),
  entry(
    'DSU',
    "Développement social urbain : les actions menées avec les habitants et les partenaires pour améliorer la vie dans les quartiers populaires ; c'est aussi le nom d'un métier (chef de projet DSU). À ne pas confondre avec la dotation de solidarité urbaine, une aide de l'État aux communes.",
    'Urban social development: work with residents and partners to improve life in deprived neighbourhoods (also a job title).',
  ),
  entry(
    'politique de la ville',
    "Politique de l'État et des collectivités qui donne des moyens en plus aux quartiers prioritaires (QPV) pour réduire les écarts avec le reste de la ville.",
    'Urban policy: extra public resources for priority neighbourhoods to close the gap with the rest of the town.',
  ),
  entry(
    'contrat de ville',
    "Accord entre l'État, les communes ou l'intercommunalité et leurs partenaires, qui fixe les actions de la politique de la ville pour les quartiers prioritaires et les finance.",
    'City contract: the agreement between the State, towns and partners that sets and funds urban policy actions.',
  ),
  entry(
    'délégué du préfet',
    "Représentant de l'État dans les quartiers prioritaires : il connaît les acteurs de terrain, suit les actions financées par le contrat de ville et fait le lien avec la préfecture.",
    "Prefect's delegate: the State's representative in priority neighbourhoods, link between local actors and the prefecture.",
  ),
  entry(
    'Cité éducative',
    "Label de l'État (depuis 2019) pour un quartier prioritaire où l'école, la ville, l'État et les associations unissent leurs forces autour des enfants et des jeunes de 0 à 25 ans.",
    'State label for a priority neighbourhood where schools, the town, the State and associations join forces for 0-25 year-olds.',
  ),
  entry(
    'ANCT',
    "Agence nationale de la cohésion des territoires : agence de l'État qui aide les collectivités ; elle porte notamment la politique de la ville (quartiers prioritaires, Cités éducatives, PRE) et le réseau France services.",
    'National agency for territorial cohesion: State agency supporting local authorities, in charge of urban policy.',
  ),
  entry(
    'ORIV',
    "Observatoire régional de l'intégration et de la ville : centre de ressources du Grand Est sur la politique de la ville, l'intégration et la lutte contre les discriminations.",
    'Resource centre in the Grand Est region on urban policy, integration and anti-discrimination.',
  ),
  entry(
    'CLSPD',
    "Conseil local de sécurité et de prévention de la délinquance : instance présidée par le maire qui réunit l'État, la justice, la police, l'Éducation nationale, les bailleurs et les associations pour agir ensemble contre la délinquance.",
    'Local crime prevention council chaired by the mayor, bringing together State, justice, police, schools and associations.',
  ),
  entry(
    'CIPDR',
    'Comité interministériel de prévention de la délinquance et de la radicalisation : son secrétariat général (SG-CIPDR) anime la prévention de la délinquance et finance des actions locales.',
    'Interministerial committee for the prevention of crime and radicalisation; its secretariat funds local prevention work.',
  ),
  entry(
    'AAP',
    "Appel à projets : un financeur (État, collectivité, fondation) décrit ce qu'il veut financer et choisit parmi les projets proposés par les associations et les structures.",
    'Call for projects: a funder describes what it wants to fund and picks among the proposals it receives.',
  ),
  entry(
    'TZCLD',
    "Territoires zéro chômeur de longue durée : expérimentation où des entreprises à but d'emploi embauchent en CDI des personnes privées durablement d'emploi, pour des activités utiles au territoire.",
    'Zero long-term unemployment territories: non-profit firms hire long-term jobless people on permanent contracts for useful local work.',
  ),
];

const STATE_AND_NETWORKS: readonly ShippedTerm[] = [
  entry(
    'DREETS',
    "Direction régionale de l'économie, de l'emploi, du travail et des solidarités : le service de l'État, dans la région, pour l'emploi, le travail et les solidarités (il finance et contrôle des actions).",
    'Regional State directorate for the economy, employment, labour and solidarity.',
  ),
  entry(
    'DDETS',
    "Direction départementale de l'emploi, du travail et des solidarités : le service de l'État dans le département pour l'emploi, l'hébergement d'urgence, l'insertion et, souvent, la politique de la ville.",
    'Departmental State directorate for employment, labour, emergency housing and solidarity.',
  ),
  entry(
    'DGCS',
    "Direction générale de la cohésion sociale : direction des ministères sociaux qui conçoit les politiques de solidarité (protection de l'enfance, handicap, lutte contre la pauvreté, travail social).",
    'Directorate-general for social cohesion: designs national social policies (child protection, disability, poverty).',
  ),
  entry(
    'CNLAPS',
    'Comité national de liaison des acteurs de la prévention spécialisée : réseau national des associations et services de prévention spécialisée.',
    'National network of specialised prevention (street youth work) associations and services.',
  ),
  entry(
    'SIAO',
    "Service intégré d'accueil et d'orientation : dans chaque département, il recense les demandes d'hébergement et de logement accompagné et oriente les personnes vers les places disponibles ; il gère le 115.",
    'Departmental service that collects requests for shelter and supported housing and allocates places; runs the 115 helpline.',
  ),
];

const FIELD_WORDS: readonly ShippedTerm[] = [
  entry(
    'sortie sèche',
    "Fin d'une prise en charge sans solution prête pour la suite : pas de logement, pas de ressources, pas de relais. On en parle surtout pour les jeunes qui quittent l'aide sociale à l'enfance à 18 ans, mais aussi pour les sorties de prison ou d'hôpital.",
    'A "dry exit": support ends with nothing ready for afterwards (no housing, income or follow-up), typically young people leaving care at 18.',
  ),
  entry(
    'aller vers',
    "Aller à la rencontre des personnes là où elles sont (rue, quartier, domicile, réseaux sociaux) au lieu d'attendre qu'elles viennent dans un bureau.",
    'Outreach: going to meet people where they are instead of waiting for them at an office.',
  ),
  entry(
    'libre adhésion',
    "La personne choisit librement d'être accompagnée, et peut arrêter : pas de mandat, pas d'obligation. C'est un principe de la prévention spécialisée.",
    'Voluntary engagement: the person freely chooses to be supported and can stop at any time.',
  ),
  entry(
    'prévention spécialisée',
    "Des éducateurs vont à la rencontre des jeunes (environ 11-25 ans) dans la rue et les lieux qu'ils fréquentent, dans certains quartiers, sans mandat, de façon anonyme et avec leur accord. Elle fait partie de la protection de l'enfance, financée par le Département.",
    'Specialised prevention: street educators meeting young people where they hang out, anonymously and with their consent.',
  ),
  entry(
    'médiation sociale',
    "Des médiateurs présents dans l'espace public, les transports, les logements ou les écoles apaisent les conflits, recréent le dialogue et aident les habitants à accéder aux services.",
    'Social mediation: mediators in public spaces, transport, housing or schools who ease conflicts and help residents reach services.',
  ),
  entry(
    'diagnostic partagé',
    "Portrait d'un territoire (besoins, ressources, manques) construit ensemble par les acteurs qui y travaillent, pour décider d'actions communes. Tenu à jour, il devient un « diagnostic permanent ».",
    'Shared assessment: a picture of local needs and resources built together by the actors of a territory.',
  ),
];

export const FIELD_JARGON_TERMS: readonly ShippedTerm[] = [
  ...URBAN_POLICY,
  ...STATE_AND_NETWORKS,
  ...FIELD_WORDS,
];
