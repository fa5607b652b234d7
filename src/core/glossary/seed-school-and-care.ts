// Shipped glossary entries for the acronyms of school, child protection, disability, social
// work professions and benefits that socio-educational partners meet every day. Definitions are ours.
import type { ShippedTerm } from './shipped-term.ts';

const entry = (term: string, fr: string, en: string): ShippedTerm => ({ term, fr, en });

const SCHOOL: readonly ShippedTerm[] = [
  entry(
    'REP',
    "Réseau d'éducation prioritaire : un collège et les écoles de son secteur où beaucoup d'élèves viennent de milieux défavorisés. Ils reçoivent des moyens en plus (classes dédoublées en grande section, CP et CE1, temps de formation des enseignants).",
    'Priority education network: a lower secondary school and its primary schools in a deprived area, with extra resources.',
  ),
  entry(
    'REP+',
    "Réseau d'éducation prioritaire renforcé : les réseaux où les difficultés sociales et scolaires sont les plus fortes, avec encore plus de moyens que les REP.",
    'Reinforced priority education network: the most deprived areas, with even more resources than REP.',
  ),
  entry(
    'CLAS',
    "Contrat local d'accompagnement à la scolarité : activités après l'école (aide aux devoirs, méthodes, sorties culturelles) pour les enfants et les jeunes qui en ont besoin, avec une place faite aux parents ; financé par la CAF.",
    'After-school support scheme (homework help, methods, cultural outings) that also involves parents; funded by the CAF.',
  ),
  entry(
    'PEDT',
    "Projet éducatif territorial : document écrit par la commune avec ses partenaires (école, associations, CAF) pour organiser les activités proposées aux enfants avant, pendant et après l'école.",
    "Local education plan: the town's plan, with its partners, for children's activities around school time.",
  ),
  entry(
    'ALSH',
    'Accueil de loisirs sans hébergement : le « centre de loisirs » qui accueille les enfants le mercredi et pendant les vacances, encadré par des animateurs.',
    'Day leisure centre for children on Wednesdays and during school holidays.',
  ),
  entry(
    'CPE',
    "Conseiller ou conseillère principal(e) d'éducation : au collège et au lycée, responsable de la vie scolaire (absences, discipline, bien-être des élèves, lien avec les familles).",
    "Senior education adviser: in secondary schools, in charge of pupils' school life, attendance and contact with families.",
  ),
  entry(
    'CIO',
    "Centre d'information et d'orientation : service gratuit de l'Éducation nationale où des psychologues aident les jeunes et leurs familles à choisir une orientation, même après avoir quitté l'école.",
    'Guidance centre of the national education system: free help with study and career choices.',
  ),
  entry(
    'RASED',
    "Réseau d'aides spécialisées aux élèves en difficulté : enseignants spécialisés et psychologues de l'Éducation nationale qui aident les élèves en difficulté à l'école maternelle et élémentaire.",
    'Specialised teachers and psychologists who help struggling pupils in nursery and primary schools.',
  ),
  entry(
    'MLDS',
    "Mission de lutte contre le décrochage scolaire : service de l'Éducation nationale qui aide les jeunes de plus de 16 ans sortis de l'école sans diplôme à reprendre une formation.",
    'National education service helping over-16s who left school without a diploma to return to education.',
  ),
  entry(
    'SEGPA',
    "Section d'enseignement général et professionnel adapté : classes de la 6e à la 3e, dans certains collèges, en petits groupes, pour des élèves qui ont des difficultés scolaires importantes et durables.",
    'Adapted classes in some lower secondary schools for pupils with serious, lasting learning difficulties.',
  ),
  entry(
    'ULIS',
    "Unité localisée pour l'inclusion scolaire : petit groupe d'élèves en situation de handicap dans une école, un collège ou un lycée ordinaire, avec un enseignant spécialisé ; les élèves suivent aussi des cours dans les autres classes.",
    'Small unit for disabled pupils within an ordinary school, with a specialised teacher; pupils also join regular classes.',
  ),
  entry(
    'AESH',
    'Accompagnant ou accompagnante des élèves en situation de handicap : adulte qui aide en classe un ou plusieurs élèves en situation de handicap, sur décision de la MDPH.',
    'Teaching assistant for disabled pupils, granted by the MDPH.',
  ),
  entry(
    'PPS',
    'Projet personnalisé de scolarisation : pour un élève en situation de handicap, le document décidé par la MDPH qui organise sa scolarité (aménagements, matériel, accompagnement par un AESH, soins).',
    'Personalised schooling plan for a disabled pupil, decided by the MDPH (adjustments, equipment, assistant).',
  ),
  entry(
    'PAI',
    "Projet d'accueil individualisé : document signé par la famille, l'école et le médecin scolaire pour accueillir un enfant qui a une maladie chronique ou une allergie (médicaments, repas adaptés, conduite à tenir en cas d'urgence).",
    'Individual care plan at school for a child with a chronic illness or allergy.',
  ),
  entry(
    'PAP',
    "Plan d'accompagnement personnalisé : aménagements en classe pour un élève qui a un trouble des apprentissages (dyslexie, dyspraxie…), sans passer par la MDPH.",
    'Classroom adjustments for a pupil with a learning disorder (dyslexia…), without going through the MDPH.',
  ),
  entry(
    'DSDEN',
    "Direction des services départementaux de l'Éducation nationale : l'administration de l'Éducation nationale dans le département (écoles, affectations, santé et service social scolaires).",
    'Departmental office of the national education system.',
  ),
];

const CHILD_PROTECTION: readonly ShippedTerm[] = [
  entry(
    'IP',
    "Information préoccupante : message transmis au Département (à la CRIP) au sujet d'un enfant en danger ou qui risque de l'être. Tout professionnel ou tout citoyen peut en transmettre une ; elle déclenche une évaluation de la situation. Le numéro national est le 119.",
    "Child-at-risk referral to the département's unit (CRIP); anyone can make one, and it leads to an assessment. National helpline: 119.",
  ),
  entry(
    'CRIP',
    'Cellule de recueil des informations préoccupantes : service du Département qui reçoit toutes les informations préoccupantes sur les enfants, les fait évaluer et décide des suites (aide à la famille, saisine du juge).',
    "The département's unit that receives and assesses all child-at-risk referrals.",
  ),
  entry(
    'AED',
    "Aide éducative à domicile : mesure de l'aide sociale à l'enfance, décidée avec l'accord des parents (sans juge) : un éducateur vient régulièrement soutenir l'enfant et sa famille.",
    'Home-based educational support agreed with the parents (no court involved).',
  ),
  entry(
    'AEMO',
    "Action éducative en milieu ouvert : mesure décidée par le juge des enfants ; un éducateur suit l'enfant et aide ses parents, alors que l'enfant continue de vivre chez lui.",
    'Court-ordered educational support while the child keeps living at home.',
  ),
  entry(
    'MJIE',
    "Mesure judiciaire d'investigation éducative : le juge des enfants demande à une équipe (éducateur, psychologue, assistant social) d'évaluer pendant quelques mois la situation d'un enfant et de sa famille, pour décider de la suite.",
    "Court-ordered assessment of a child's and family's situation over a few months.",
  ),
  entry(
    'JE',
    'Juge des enfants : juge qui protège les enfants en danger (il peut ordonner une AEMO ou un placement) et qui juge les mineurs qui ont commis une infraction.',
    'Juvenile judge: protects children at risk and tries minors who commit offences.',
  ),
  entry(
    'OPP',
    'Ordonnance de placement provisoire : décision urgente du juge des enfants, ou du procureur, de confier un enfant en danger hors de sa famille pour le protéger.',
    'Emergency court order placing a child at risk outside the family.',
  ),
  entry(
    'PPE',
    "Projet pour l'enfant : document établi par l'aide sociale à l'enfance avec les parents, et avec l'enfant selon son âge, qui fixe les objectifs et les actions de sa protection.",
    "Plan for the child: the child welfare service's written plan, made with the parents, for the child's protection.",
  ),
  entry(
    'MECS',
    "Maison d'enfants à caractère social : lieu de vie qui accueille des enfants et des adolescents qui ne peuvent pas vivre chez eux pour un temps, confiés par l'aide sociale à l'enfance ou par le juge.",
    "Children's home for children who cannot live with their family for a while.",
  ),
  entry(
    'PMI',
    'Protection maternelle et infantile : service du Département qui suit gratuitement les femmes enceintes et les enfants de moins de 6 ans (consultations, vaccins, conseils) et agrée les assistantes maternelles.',
    'Mother and child health service of the département: free check-ups for pregnant women and under-6s.',
  ),
];

const DISABILITY_AND_HEALTH: readonly ShippedTerm[] = [
  entry(
    'IME',
    "Institut médico-éducatif : établissement qui accueille des enfants et des jeunes ayant une déficience intellectuelle, pour les soins, l'éducation et la scolarité. Sur orientation de la MDPH.",
    'Medical and educational institute for children and young people with intellectual disabilities.',
  ),
  entry(
    'ITEP',
    'Institut thérapeutique, éducatif et pédagogique : établissement pour enfants et adolescents dont les difficultés psychologiques gênent beaucoup la scolarité et la vie sociale. Sur orientation de la MDPH.',
    'Institute for children whose psychological difficulties seriously disrupt schooling and social life.',
  ),
  entry(
    'SESSAD',
    "Service d'éducation spéciale et de soins à domicile : équipe (éducateurs, rééducateurs, psychologues) qui suit un enfant ou un jeune en situation de handicap là où il vit : à l'école, à la maison. Sur orientation de la MDPH.",
    'Mobile team supporting disabled children where they live: at school and at home.',
  ),
  entry(
    'ESAT',
    "Établissement et service d'accompagnement par le travail (on disait « d'aide par le travail ») : structure où des adultes en situation de handicap travaillent avec un soutien médico-social, sur orientation de la MDPH.",
    'Sheltered workplace where disabled adults work with medical and social support.',
  ),
  entry(
    'CMPP',
    "Centre médico-psycho-pédagogique : consultations pour enfants et adolescents qui ont des difficultés d'apprentissage, de comportement ou psychologiques (psychologues, orthophonistes, psychomotriciens), prises en charge par l'Assurance maladie.",
    'Clinic for children and teenagers with learning, behavioural or psychological difficulties.',
  ),
  entry(
    'MDA',
    'Maison des adolescents : lieu gratuit où les jeunes (de 11 à 25 ans environ) et leurs parents peuvent parler de ce qui les préoccupe (santé, moral, école, famille) avec des professionnels.',
    "Teenagers' centre: free place where young people and parents can talk with professionals about health, mood, school or family.",
  ),
];

const PROFESSIONS: readonly ShippedTerm[] = [
  entry(
    'AS',
    "Assistant ou assistante de service social (on dit souvent « assistante sociale ») : travailleur social qui aide les personnes et les familles à faire valoir leurs droits et à trouver des solutions (logement, budget, santé, protection de l'enfance).",
    'Social worker who helps people and families access their rights and find solutions.',
  ),
  entry(
    'ES',
    "Éducateur ou éducatrice spécialisé(e) : travailleur social qui accompagne au quotidien des enfants, des jeunes ou des adultes en difficulté (protection de l'enfance, handicap, prévention spécialisée). Dans le référentiel data·inclusion, ES désigne aussi une épicerie solidaire.",
    'Specialised educator: social worker supporting children, young people or adults in difficulty day to day.',
  ),
  entry(
    'EJE',
    "Éducateur ou éducatrice de jeunes enfants : professionnel de la petite enfance (0 à 7 ans) qui veille à l'éveil et au développement des enfants, avec les parents, en crèche, en PMI ou en centre social.",
    'Early childhood educator (0-7 years) working in nurseries, mother and child health or social centres.',
  ),
  entry(
    'CESF',
    'Conseiller ou conseillère en économie sociale familiale : travailleur social qui aide les familles dans la vie quotidienne (budget, logement, consommation, alimentation, énergie).',
    'Social worker specialised in everyday life: budget, housing, consumption, energy.',
  ),
];

const BENEFITS: readonly ShippedTerm[] = [
  entry(
    'CEJ',
    "Contrat d'engagement jeune : accompagnement intensif (15 à 20 heures par semaine) pour les jeunes de 16 à 25 ans, jusqu'à 29 ans en situation de handicap, sans emploi ni formation, avec une allocation selon leurs ressources. Proposé par la Mission locale ou France Travail.",
    'Youth commitment contract: intensive support (15-20 hours a week) for 16-25 year-olds not in work or training, with an allowance.',
  ),
  entry(
    'RSA',
    "Revenu de solidarité active : revenu minimum versé par la CAF (ou la MSA) aux personnes qui ont peu ou pas de ressources, en général à partir de 25 ans, avec un accompagnement vers l'emploi. Il est financé par le Département.",
    'Minimum income for people with little or no resources, generally from age 25, with support towards work.',
  ),
  entry(
    'AAH',
    'Allocation aux adultes handicapés : revenu versé par la CAF ou la MSA aux adultes en situation de handicap qui ont peu de ressources, sur décision de la MDPH.',
    'Disability allowance for adults with low resources.',
  ),
  entry(
    'C2S',
    "Complémentaire santé solidaire : mutuelle gratuite, ou à moins d'un euro par jour, pour les personnes qui ont de faibles revenus. Elle remplace la CMU-C et l'ACS.",
    'Free or low-cost complementary health cover for people on low incomes.',
  ),
  entry(
    'QF',
    'Quotient familial : calcul fait par la CAF à partir des revenus et de la taille de la famille. Il sert à fixer le prix de la cantine, du centre de loisirs ou des activités.',
    'Family quotient: income per household share, used to set prices for school meals and activities.',
  ),
];

export const SCHOOL_AND_CARE_TERMS: readonly ShippedTerm[] = [
  ...SCHOOL,
  ...CHILD_PROTECTION,
  ...DISABILITY_AND_HEALTH,
  ...PROFESSIONS,
  ...BENEFITS,
];
