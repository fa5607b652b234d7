// The rows of the organisation types. The `data-inclusion` rows are the data·inclusion referential
// (gip-inclusion/data-inclusion-schema, docs/referentiels/typologies_de_structures.md, version of
// 2025-05-23), Licence Ouverte 2.0 / Etalab: codes and French labels as published, English labels
// and other names ours. The `maillage` rows are our additions. See organisation-types.ts.
import type { OrganisationType } from './organisation-types.ts';

const row = (code: string, fr: string, en: string, aliases: readonly string[] = []): OrganisationType => ({
  code,
  fr,
  en,
  origin: 'data-inclusion',
  aliases,
});

const ours = (code: string, fr: string, en: string, aliases: readonly string[] = []): OrganisationType => ({
  code,
  fr,
  en,
  origin: 'maillage',
  aliases,
});

/** The 91 types of the data·inclusion referential, in its order. */
export const REFERENTIAL_TYPES: readonly OrganisationType[] = [
  row(
    'ACI',
    'Structures porteuses d’ateliers et chantiers d’insertion (ACI)',
    'Integration work sites (ACI)',
  ),
  row(
    'ACIPHC',
    'SIAE — Atelier chantier d’insertion premières heures en chantier',
    'Integration work site for first working hours (SIAE)',
  ),
  row(
    'AFPA',
    'Agence nationale pour la formation professionnelle des adultes (AFPA)',
    'National adult vocational training agency (AFPA)',
  ),
  row('AI', 'Associations intermédiaires (AI)', 'Intermediary associations for work integration (AI)'),
  row('ASE', 'Aide sociale à l’enfance (ASE)', 'Child welfare services (ASE)'),
  row('ASSO', 'Associations', 'Associations', ['association']),
  row('ASSO_CHOMEUR', 'Associations de chômeurs', 'Associations of unemployed people'),
  row(
    'AVIP',
    'Crèche À Vocation d’Insertion Professionnelle (AVIP)',
    'Nursery places for job-seeking parents (AVIP)',
  ),
  row('Autre', 'Autre', 'Other'),
  row('BIB', 'Bibliothèque / Médiathèque', 'Library / media library'),
  row(
    'CAARUD',
    'CAARUD - Centre d’accueil et d’accompagnement à la réduction de risques pour usagers de drogues',
    'Harm reduction centre for drug users (CAARUD)',
  ),
  row(
    'CADA',
    'Centres d’accueil de demandeurs d’asile (CADA)',
    'Reception centres for asylum seekers (CADA)',
  ),
  row('CAF', 'Caisses d’allocation familiale (CAF)', 'Family allowance funds (CAF)'),
  row('CAP_EMPLOI', 'Cap Emploi', 'Cap Emploi (employment service for disabled people)'),
  row('CAVA', 'Centres d’adaptation à la vie active (CAVA)', 'Centres for adaptation to working life (CAVA)'),
  row('CC', 'Communautés de Commune', 'Communities of municipalities'),
  row('CCAS', 'Centres communaux d’action sociale (CCAS)', 'Municipal social action centres (CCAS)'),
  row('CCONS', 'Chambres consulaires (CCI, CMA, CA)', 'Chambers of commerce, trades and agriculture', [
    'CCI',
    'CMA',
    'chambre de commerce',
    'chambre des métiers',
  ]),
  row('CD', 'Conseils Départementaux (CD)', 'Departmental councils (CD)', [
    'conseil départemental',
    'département',
  ]),
  row('CDAS', 'Centre Départementale d’Action Sociale (CDAS)', 'Departmental social action centre (CDAS)'),
  row('CFP', 'Centre des Finances Publiques (CFP)', 'Public finance centre (CFP)'),
  row(
    'CHRS',
    'Centres d’hébergement et de réinsertion sociale (CHRS)',
    'Shelter and social rehabilitation centres (CHRS)',
  ),
  row('CHU', 'Centres d’hébergement d’urgence (CHU)', 'Emergency shelters (CHU)'),
  row(
    'CIAS',
    'Centres intercommunaux d’action sociale (CIAS)',
    'Inter-municipal social action centres (CIAS)',
  ),
  row(
    'CIDFF',
    'Centres d’information sur les droits des femmes et des familles (CIDFF)',
    "Women's and family rights information centres (CIDFF)",
  ),
  row('CITMET', 'Cité des métiers', 'Cité des métiers (careers centre)'),
  row('CMP', 'Centre Médico-Psychologique (CMP)', 'Mental health clinic (CMP)'),
  row('CMS', 'Centre Médico-Social (CMS)', 'Health and social centre (CMS)'),
  row('CPAM', 'Caisse Primaire d’Assurance Maladie (CPAM)', 'Local health insurance fund (CPAM)'),
  row('CPH', 'Centres provisoires d’hébergement (CPH)', 'Temporary housing centres for refugees (CPH)'),
  row('CS', 'Centre social', 'Social centre'),
  row(
    'CSAPA',
    'CSAPA - Centre de soins, d’accompagnement et de prévention en addictologie',
    'Addiction care and prevention centre (CSAPA)',
  ),
  row('CSC', 'Centre Socio-Culturel (CSC)', 'Social and cultural centre (CSC)'),
  row(
    'DEETS',
    'Directions de l’Economie, de l’Emploi, du Travail et des Solidarités (DEETS)',
    'State directorates for economy, employment, labour and solidarity (DEETS)',
    ['DREETS', 'DDETS'],
  ),
  row('DEPT', 'Services sociaux du Conseil départemental', "Social services of the département's council"),
  row(
    'DIPLP',
    'Délégation interministérielles à la prévention et à la lutte contre la pauvreté',
    'Interministerial delegation against poverty',
  ),
  row('E2C', 'E2C - École de la 2e chance', 'Second chance school (E2C)'),
  row('EA', 'Entreprise adaptée (EA)', 'Adapted company for disabled workers (EA)'),
  row('EATT', 'Entreprise Adaptée (EATT)', 'Adapted temporary work company (EATT)'),
  row('EI', 'Entreprises d’insertion (EI)', 'Work integration companies (EI)'),
  row(
    'EITI',
    'Entreprises d’insertion par le travail indépendant (EITI)',
    'Work integration through self-employment (EITI)',
  ),
  row('ENM', 'Espace Numérique Mobile (ENM)', 'Mobile digital space (ENM)'),
  row('EPCI', 'Intercommunalité (EPCI)', 'Inter-municipal body (EPCI)', [
    'intercommunalité',
    "communauté d'agglomération",
    'métropole',
  ]),
  row('EPI', 'Espace Public Internet (EPI)', 'Public internet space (EPI)'),
  row(
    'EPIDE',
    'EPIDE - Établissement pour l’insertion dans l’emploi',
    'Employment integration establishment (EPIDE)',
  ),
  row('EPN', 'Espace Public Numérique (EPN)', 'Public digital space (EPN)'),
  row('ES', 'Épicerie Solidaire', 'Social grocery'),
  row('ESS', 'Entreprise de l’Économie Sociale et Solidaire', 'Social and solidarity economy company'),
  row('ETABL_PRI', 'Établissement privé', 'Private establishment'),
  row('ETABL_PUB', 'Établissement public', 'Public establishment'),
  row('ETAT', 'Service de l’État', 'State service'),
  row(
    'ETTI',
    'Entreprises de travail temporaire d’insertion (ETTI)',
    'Work integration temporary agencies (ETTI)',
  ),
  row('EVS', 'Espace de Vie Sociale (EVS)', 'Social life space (EVS)'),
  row('FABLAB', 'Fablab / Atelier partagé', 'Fablab / shared workshop'),
  row(
    'FAIS',
    'Fédérations d’acteurs de l’insertion et de la solidarité',
    'Federations of integration and solidarity actors',
  ),
  row('FT', 'France Travail', 'France Travail (public employment service)', ['Pôle emploi']),
  row(
    'GEIQ',
    'Groupements d’employeurs pour l’insertion et la qualification (GEIQ)',
    'Employer groups for integration and qualification (GEIQ)',
  ),
  row(
    'HUDA',
    'HUDA - Hébergement d’urgence pour demandeurs d’asile',
    'Emergency housing for asylum seekers (HUDA)',
  ),
  row('LA_POSTE', 'Bureau de poste / Agence postale', 'Post office'),
  row('MDE', 'Maison de l’emploi', 'Employment centre'),
  row('MDEF', 'Maison de l’emploi et de la formation', 'Employment and training centre'),
  row(
    'MDPH',
    'Maison Départementale des Personnes Handicapées',
    'Departmental centre for disabled people (MDPH)',
  ),
  row('MDS', 'Maison Départementale des Solidarités', 'Departmental solidarity centre (MDS)'),
  row('MJC', 'Maison des jeunes et de la culture', 'Youth and culture centre (MJC)'),
  row('ML', 'Mission Locale', 'Mission locale (support for young people aged 16-25)'),
  row('MQ', 'Maison de quartier', 'Neighbourhood centre'),
  row('MSA', 'Mutualité Sociale Agricole', 'Agricultural social insurance (MSA)'),
  row('MSAP', 'Maison de Services Au Public (MSAP)', 'Public services centre (MSAP)'),
  row('MUNI', 'Municipalités', 'Municipalities', ['mairie', 'commune', 'ville']),
  row(
    'OACAS',
    'Structures agréées Organisme d’accueil communautaire et d’activité solidaire (OACAS)',
    'Community reception and solidarity organisations (OACAS)',
  ),
  row('ODC', 'Organisation délégataire d’un CD', "Organisation acting on behalf of a département's council"),
  row('OF', 'Organisme de formations', 'Training organisations'),
  row('OIL', 'Opérateur d’intermédiation locative', 'Rental intermediation operator'),
  row(
    'OPCS',
    'Organisation porteuse de la clause sociale',
    'Organisation running social clauses in public contracts',
  ),
  row('PAD', 'Point d’Accès au Droit', 'Access to law point (PAD)'),
  row('PENSION', 'Pension de famille / résidence accueil', 'Family boarding house / supported residence'),
  row('PI', 'Point Information (PI)', 'Information point (PI)'),
  row(
    'PIJ_BIJ',
    'Points et bureaux information jeunesse (PIJ/BIJ)',
    'Youth information points and offices (PIJ/BIJ)',
    ['PIJ', 'BIJ', 'information jeunesse'],
  ),
  row(
    'PIMMS',
    'Point Information Médiation Multi Services (PIMMS)',
    'Multi-service information and mediation point (PIMMS)',
  ),
  row('PJJ', 'Protection judiciaire de la jeunesse (PJJ)', 'Youth judicial protection service (PJJ)'),
  row(
    'PLIE',
    'Plans locaux pour l’insertion et l’emploi (PLIE)',
    'Local plans for integration and employment (PLIE)',
  ),
  row('PREF', 'Préfecture, Sous-Préfecture', 'Prefecture, sub-prefecture'),
  row('PREVENTION', 'Service ou club de prévention', 'Prevention service or club', [
    'prévention spécialisée',
    'club de prévention',
  ]),
  row('REG', 'Région', 'Region'),
  row('RESSOURCERIE', 'Ressourcerie', 'Reuse and recycling centre'),
  row('RFS', 'Réseau France Services', 'France Services network', ['France services']),
  row(
    'RS_FJT',
    'Résidence sociale / FJT - Foyer de Jeunes Travailleurs',
    "Social residence / young workers' hostel (FJT)",
    ['FJT', 'foyer de jeunes travailleurs'],
  ),
  row('SCP', 'Services et clubs de prévention', 'Prevention services and clubs'),
  row(
    'SPIP',
    'Services pénitentiaires d’insertion et de probation (SPIP)',
    'Prison integration and probation services (SPIP)',
  ),
  row('TIERS_LIEUX', 'Tiers lieu & coworking', 'Third place & coworking'),
  row(
    'UDAF',
    'Union Départementale d’Aide aux Familles (UDAF)',
    'Departmental union of family associations (UDAF)',
  ),
];

/** Actors of socio-educational territories that the referential does not name. */
export const MAILLAGE_TYPES: readonly OrganisationType[] = [
  ours('ECOLE', 'École maternelle ou élémentaire', 'Nursery or primary school', [
    'école maternelle',
    'école élémentaire',
    'école primaire',
    'maternelle',
    'primaire',
  ]),
  ours('COLLEGE', 'Collège', 'Lower secondary school (collège)'),
  ours('LYCEE', 'Lycée (général, technologique ou professionnel)', 'Upper secondary school (lycée)', [
    'lycée professionnel',
  ]),
  ours(
    'EN_SERVICE',
    "Autre service de l'Éducation nationale (CIO, RASED, infirmerie et service social scolaires, DSDEN…)",
    'Other national education service (guidance centre, school health and social service…)',
    ['Éducation nationale', 'CIO', 'RASED', 'DSDEN', 'infirmière scolaire', 'assistante sociale scolaire'],
  ),
  ours('PRE', 'Programme de Réussite Éducative (PRE)', 'Educational success programme (PRE)', [
    'réussite éducative',
  ]),
  ours('CITE_EDUC', 'Cité éducative', 'Cité éducative (education alliance of a priority area)'),
  ours('BAILLEUR', 'Bailleur social', 'Social landlord', ['HLM', 'office HLM', 'OPH', 'logement social']),
  ours('MEDIATION', 'Service de médiation sociale', 'Social mediation service', [
    'médiation sociale',
    'médiation',
    'adulte relais',
  ]),
  ours('SERVICE_JEUNESSE', 'Service jeunesse de la ville', 'Town youth service', [
    'service jeunesse',
    'jeunesse',
  ]),
  ours(
    'POLITIQUE_VILLE',
    'Équipe politique de la ville, délégué du préfet',
    "Urban policy team, prefect's delegate",
    ['politique de la ville', 'délégué du préfet', 'déléguée du préfet', 'DSU', 'contrat de ville'],
  ),
  ours(
    'ESMS',
    'Établissement ou service médico-social (IME, ITEP, SESSAD, ESAT…)',
    'Medico-social establishment or service for disabled people (IME, ITEP, SESSAD, ESAT…)',
    ['médico-social', 'IME', 'ITEP', 'SESSAD', 'ESAT'],
  ),
  ours(
    'PROTECTION_ENFANCE',
    "Service ou établissement de protection de l'enfance (MECS, AEMO, sauvegarde de l'enfance…)",
    'Child protection service or home (MECS, AEMO…)',
    ["protection de l'enfance", 'MECS', 'AEMO', "sauvegarde de l'enfance", "foyer de l'enfance"],
  ),
  ours('ACCUEIL_LOISIRS', 'Accueil de loisirs, périscolaire', 'Leisure and after-school centre', [
    'ALSH',
    'centre de loisirs',
    'périscolaire',
  ]),
  ours('CLUB_SPORT', 'Club ou association sportive ou culturelle', 'Sports or cultural club', [
    'club sportif',
    'club de sport',
    'association sportive',
  ]),
  ours('MDA', 'Maison des adolescents (MDA)', "Teenagers' centre (MDA)", ['maison des ados']),
];
