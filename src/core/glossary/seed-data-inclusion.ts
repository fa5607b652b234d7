// Shipped glossary entries for the acronyms among the organisation-type codes of data·inclusion
// (gip-inclusion/data-inclusion-schema, docs/referentiels/typologies_de_structures.md, version of
// 2025-05-23), Licence Ouverte 2.0 / Etalab. The acronyms and their expansions come from there;
// the plain explanations and English glosses are ours. Codes that are not acronyms (MUNI, ASSO,
// Autre, PREVENTION…) are left out.
import type { ShippedTerm } from './shipped-term.ts';

const entry = (term: string, fr: string, en: string): ShippedTerm => ({
  term,
  fr,
  en,
  source: 'data-inclusion',
});

export const DATA_INCLUSION_TERMS: readonly ShippedTerm[] = [
  entry(
    'ACI',
    "Atelier et chantier d'insertion : une structure qui embauche pour quelques mois des personnes éloignées de l'emploi, sur une activité réelle (espaces verts, bâtiment, recyclage…), avec un accompagnement pour la suite.",
    'Integration work site: hires people far from employment for a few months on real work (green spaces, building, recycling…), with support towards a next job.',
  ),
  entry(
    'AFPA',
    'Agence nationale pour la formation professionnelle des adultes : organisme public qui forme des adultes à un métier (bâtiment, industrie, services), parfois avec un hébergement.',
    'National adult vocational training agency: a public body that trains adults for a trade.',
  ),
  entry(
    'AI',
    'Association intermédiaire : association qui embauche des personnes sans emploi pour des missions chez des particuliers, des associations ou des entreprises (ménage, jardinage, manutention), avec un accompagnement.',
    'Intermediary association: hires jobless people for short assignments with households or firms, with support.',
  ),
  entry(
    'ASE',
    "Aide sociale à l'enfance : service du Département qui protège les enfants et les jeunes en danger ou en risque de l'être, et aide leurs familles. Il peut confier un enfant à une famille d'accueil ou à un foyer.",
    'Child welfare service of the département: protects children at risk and supports their families, including foster care.',
  ),
  entry(
    'AVIP',
    "Crèche à vocation d'insertion professionnelle : crèche qui réserve des places aux jeunes enfants de parents qui cherchent un emploi ou une formation, et aide ces parents dans leur recherche.",
    'Nursery with places for the children of parents looking for a job or a training course.',
  ),
  entry(
    'CAARUD',
    "Centre d'accueil et d'accompagnement à la réduction des risques pour usagers de drogues : lieu anonyme et gratuit qui accueille les personnes qui consomment des drogues (matériel, soins, écoute, orientation).",
    'Harm reduction centre for drug users: anonymous and free (equipment, care, listening, referral).',
  ),
  entry(
    'CADA',
    "Centre d'accueil de demandeurs d'asile : héberge et accompagne les personnes qui ont demandé l'asile en France, le temps que leur demande soit examinée.",
    'Reception centre for asylum seekers: housing and support while their application is examined.',
  ),
  entry(
    'CAF',
    "Caisse d'allocations familiales : verse les aides aux familles et aux personnes (allocations familiales, aides au logement, RSA, prime d'activité) et finance des actions pour les familles : crèches, centres sociaux, soutien à la parentalité.",
    'Family allowance fund: pays family, housing and minimum income benefits, and funds nurseries, social centres and parenting support.',
  ),
  entry(
    'CAVA',
    "Centre d'adaptation à la vie active : ateliers pour des personnes très éloignées de l'emploi, souvent hébergées en CHRS, pour reprendre un rythme et une activité, sans contrat de travail.",
    'Workshops for people very far from employment (often living in a shelter) to get back into a routine.',
  ),
  entry(
    'CCAS',
    "Centre communal d'action sociale : le service social de la commune. Il aide les habitants en difficulté (aides d'urgence, domiciliation, personnes âgées ou isolées) et les accompagne dans leurs démarches.",
    "Municipal social action centre: the town hall's social service (emergency aid, postal address for homeless people, older or isolated people).",
  ),
  entry(
    'CD',
    "Conseil départemental : l'assemblée du département. Il est chef de file de l'action sociale : protection de l'enfance, RSA, personnes âgées et handicapées, PMI.",
    "Departmental council: the département's elected body, in charge of most social policies (child welfare, minimum income, disability, old age).",
  ),
  entry(
    'CDAS',
    "Centre départemental d'action sociale : dans certains départements, le lieu de proximité où l'on rencontre une assistante sociale, la PMI ou l'aide sociale à l'enfance. Le nom change selon les départements (MDS, CMS…).",
    "Local office of the département's social services (social workers, mother and child health, child welfare).",
  ),
  entry(
    'CHRS',
    "Centre d'hébergement et de réinsertion sociale : hébergement avec un accompagnement pour des personnes ou des familles en grande difficulté (sans logement, violences…), pour les aider à retrouver un logement et une vie plus stable.",
    'Shelter with social support for people or families in great difficulty, towards housing and a stable life.',
  ),
  entry(
    'CHU',
    "Centre d'hébergement d'urgence : hébergement immédiat et temporaire pour les personnes à la rue ; le 115 oriente vers ces places. Attention : CHU veut aussi dire centre hospitalier universitaire.",
    'Emergency shelter for homeless people (reached through the 115 helpline). Also: university hospital.',
  ),
  entry(
    'CIAS',
    "Centre intercommunal d'action sociale : le même rôle qu'un CCAS, pour plusieurs communes regroupées.",
    'Inter-municipal social action centre: a CCAS shared by several towns.',
  ),
  entry(
    'CIDFF',
    "Centre d'information sur les droits des femmes et des familles : informe gratuitement sur le droit (famille, travail, violences) et accompagne les femmes, notamment celles qui subissent des violences.",
    "Women's and family rights information centre: free legal information and support, notably for women facing violence.",
  ),
  entry(
    'CMP',
    'Centre médico-psychologique : consultations publiques et gratuites en santé mentale (psychiatre, psychologue, infirmier), rattachées à un hôpital. Il existe des CMP pour enfants et adolescents.',
    'Public mental health clinic, free of charge, run by a hospital; some are for children and teenagers.',
  ),
  entry(
    'CMS',
    "Centre médico-social : lieu du Département où l'on rencontre une assistante sociale ou la PMI. Attention : dans certaines villes, CMS veut dire centre municipal de santé.",
    "Local office of the département's social and health services. In some towns: municipal health centre.",
  ),
  entry(
    'CPAM',
    "Caisse primaire d'assurance maladie : l'Assurance maladie dans le département. Elle rembourse les soins et ouvre les droits à la santé (carte Vitale, complémentaire santé solidaire).",
    'Local health insurance fund: reimburses care and opens health cover.',
  ),
  entry(
    'CPH',
    "Centre provisoire d'hébergement : héberge et accompagne pendant quelques mois des personnes qui viennent d'obtenir le statut de réfugié.",
    'Temporary housing with support for people who have just been granted refugee status.',
  ),
  entry(
    'CSAPA',
    "Centre de soins, d'accompagnement et de prévention en addictologie : consultations gratuites pour les personnes qui ont un problème d'alcool, de drogue, de jeu… et pour leur entourage.",
    'Addiction care centre: free consultations for people with alcohol, drug or gambling problems, and their families.',
  ),
  entry(
    'CSC',
    "Centre socioculturel : un centre social (agréé par la CAF) qui met souvent l'accent sur les activités culturelles et de loisirs.",
    'Social and cultural centre: a neighbourhood social centre with a focus on culture and leisure.',
  ),
  entry(
    'DEETS',
    "Direction de l'économie, de l'emploi, du travail et des solidarités : le service de l'État pour l'emploi, le travail et les solidarités dans les départements d'outre-mer. En métropole, on parle de DREETS (région) et de DDETS (département).",
    'State directorate for the economy, employment, labour and solidarity in overseas départements.',
  ),
  entry(
    'E2C',
    "École de la deuxième chance : forme pendant quelques mois des jeunes de 16 à 25 ans sortis de l'école sans diplôme ni qualification, avec des stages en entreprise.",
    'Second chance school: training with work placements for 16-25 year-olds who left school without qualifications.',
  ),
  entry(
    'EA',
    "Entreprise adaptée : entreprise dont la plupart des salariés sont des travailleurs handicapés, avec un vrai contrat de travail (à la différence d'un ESAT).",
    'Adapted company: most employees are disabled workers, on ordinary employment contracts.',
  ),
  entry(
    'EI',
    "Entreprise d'insertion : entreprise qui vend ses produits ou services comme les autres et embauche pour quelques mois des personnes éloignées de l'emploi, avec un accompagnement.",
    'Work integration company: an ordinary business that hires people far from employment for a while, with support.',
  ),
  entry(
    'EPCI',
    "Établissement public de coopération intercommunale : l'intercommunalité (communauté de communes, d'agglomération, métropole), qui exerce certaines compétences pour plusieurs communes.",
    'Inter-municipal body (community of towns, metropolis) that runs some services for several towns.',
  ),
  entry(
    'EPIDE',
    "Établissement pour l'insertion dans l'emploi : accueille en internat des jeunes de 17 à 25 ans sans diplôme pour les aider à trouver un emploi, dans un cadre inspiré de l'armée (uniforme, règles de vie).",
    'Boarding programme with a military-style framework helping 17-25 year-olds without qualifications into work.',
  ),
  entry(
    'EPN',
    'Espace public numérique : lieu ouvert à tous pour utiliser un ordinateur et internet, apprendre et se faire aider dans ses démarches en ligne.',
    'Public digital space: computers, internet and help with online procedures, open to everyone.',
  ),
  entry(
    'ETTI',
    "Entreprise de travail temporaire d'insertion : agence d'intérim qui propose des missions à des personnes éloignées de l'emploi, avec un accompagnement.",
    'Temporary work agency for people far from employment, with support.',
  ),
  entry(
    'EVS',
    "Espace de vie sociale : petite structure, souvent associative et agréée par la CAF, qui crée du lien et des activités avec les habitants d'un quartier ou d'un village ; plus légère qu'un centre social.",
    'Social life space: a small, often volunteer-run place that brings residents together; lighter than a social centre.',
  ),
  entry(
    'FJT',
    'Foyer de jeunes travailleurs : logement temporaire pour les jeunes de 16 à 30 ans qui travaillent, se forment ou cherchent un emploi, avec un accompagnement (budget, démarches, vie collective).',
    "Young workers' hostel: temporary housing with support for 16-30 year-olds in work, training or looking for a job.",
  ),
  entry(
    'FT',
    "France Travail : le service public de l'emploi, qui a remplacé Pôle emploi en 2024 (inscription des demandeurs d'emploi, indemnisation, offres, accompagnement).",
    'France Travail: the public employment service (formerly Pôle emploi).',
  ),
  entry(
    'GEIQ',
    "Groupement d'employeurs pour l'insertion et la qualification : des entreprises s'associent pour embaucher en alternance des personnes éloignées de l'emploi, qui obtiennent ainsi une qualification.",
    'Employer group that hires people far from employment on work-study contracts leading to a qualification.',
  ),
  entry(
    'HUDA',
    "Hébergement d'urgence pour demandeurs d'asile : places d'hébergement pour les demandeurs d'asile, en plus des CADA.",
    'Emergency housing for asylum seekers, on top of the CADA places.',
  ),
  entry(
    'MDPH',
    "Maison départementale des personnes handicapées : le guichet unique pour faire reconnaître un handicap et demander les aides qui vont avec (AAH, AESH à l'école, orientation vers un établissement, carte mobilité inclusion).",
    'Departmental centre for disabled people: where a disability is recognised and the related benefits and support are decided.',
  ),
  entry(
    'MDS',
    "Maison départementale des solidarités : lieu du Département où travaillent, pour un secteur, les assistantes sociales, la PMI et l'aide sociale à l'enfance. Le nom change selon les départements (CDAS, CMS…).",
    "Local office of the département's social services (social workers, mother and child health, child welfare).",
  ),
  entry(
    'MJC',
    "Maison des jeunes et de la culture : association d'éducation populaire qui propose des activités culturelles et sportives et soutient les projets des jeunes et des habitants.",
    'Youth and culture centre: community association offering cultural and sports activities and backing projects of young people.',
  ),
  entry(
    'ML',
    "Mission locale : accompagne les jeunes de 16 à 25 ans sortis de l'école vers l'emploi, la formation, le logement, la santé. C'est elle qui propose le CEJ.",
    'Mission locale: supports 16-25 year-olds out of school towards work, training, housing and health.',
  ),
  entry(
    'MSA',
    "Mutualité sociale agricole : la sécurité sociale (santé, famille, retraite) des personnes qui travaillent dans l'agriculture.",
    'Social security (health, family, pensions) for people working in farming.',
  ),
  entry(
    'PAD',
    "Point d'accès au droit : permanences gratuites et confidentielles où des juristes, des avocats ou des conciliateurs informent sur ses droits et les démarches.",
    'Access to law point: free, confidential legal information sessions.',
  ),
  entry(
    'PIJ',
    "Point information jeunesse : lieu gratuit où les jeunes s'informent sur les études, l'emploi, le logement, la santé, les loisirs, les départs à l'étranger.",
    'Youth information point: free information for young people on studies, jobs, housing, health and leisure.',
  ),
  entry(
    'BIJ',
    "Bureau information jeunesse : un point information jeunesse (PIJ) de plus grande taille, souvent à l'échelle d'une ville ou d'un département.",
    'Youth information office: a larger youth information point.',
  ),
  entry(
    'PIMMS',
    "Point information médiation multi services : lieu d'accueil où des médiateurs aident les habitants dans leurs démarches (énergie, eau, transports, administrations, numérique) et à régler un litige.",
    'Drop-in centre where mediators help residents with procedures (energy, transport, public services) and disputes.',
  ),
  entry(
    'PJJ',
    "Protection judiciaire de la jeunesse : service du ministère de la Justice qui prend en charge des mineurs sur décision d'un juge, en particulier les mineurs qui ont commis une infraction.",
    'Youth judicial protection: Ministry of Justice service working with minors on court orders, notably young offenders.',
  ),
  entry(
    'PLIE',
    "Plan local pour l'insertion et l'emploi : dispositif d'une ou plusieurs communes qui offre aux personnes très éloignées de l'emploi un accompagnement renforcé par un même référent.",
    'Local plan for integration and employment: intensive one-to-one support towards work.',
  ),
  entry(
    'SIAE',
    "Structure d'insertion par l'activité économique : nom commun des ACI, AI, EI et ETTI, qui embauchent des personnes éloignées de l'emploi avec un accompagnement.",
    'Work integration organisation: the family of ACI, AI, EI and ETTI that hire people far from employment, with support.',
  ),
  entry(
    'SPIP',
    "Service pénitentiaire d'insertion et de probation : suit les personnes condamnées, en prison ou dehors, contrôle leurs obligations et prépare leur sortie.",
    'Prison integration and probation service: follows convicted people in and out of prison and prepares release.',
  ),
  entry(
    'UDAF',
    "Union départementale des associations familiales : représente les familles auprès des pouvoirs publics et exerce des mesures de protection (tutelle, curatelle), d'aide au budget et de médiation familiale.",
    'Departmental union of family associations: represents families and handles guardianship and budget support.',
  ),
];
