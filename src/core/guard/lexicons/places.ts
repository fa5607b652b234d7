// Data: organisations, public services and public places whose address may be given freely
// (folded: lower case, no accents). Drawn by hand (2026) from the shared referential of organisation
// types (shared/data/typologies-de-structures.tsv, from data·inclusion) and the acronyms of the
// project's glossary, plus the everyday places where outreach work happens.

export const INSTITUTION_PLACES = `
  mission locale|ccas|cias|caf|cpam|msa|pmi|cmp|cmpp|camsp|capp|mds|edas|eds|sessad|ime|itep|esat|
  centre social|centre de sante|centre medico|centre communal|centre d'accueil|centre municipal|centre|
  maison de quartier|maison des ados|maison de sante|maison de la justice|maison des solidarites|
  maison france services|france services|maison de l'emploi|maison des associations|maison|
  espace|mairie|mairie annexe|hotel de ville|college|lycee|ecole|creche|halte-garderie|multi-accueil|
  gymnase|stade|city stade|piscine|mediatheque|bibliotheque|ludotheque|local|locaux|siege|antenne|
  permanence|bureau|bureaux|agence|association|asso|foyer|fjt|chrs|cada|huda|epicerie|restos du coeur|
  restos|secours populaire|secours catholique|croix-rouge|emmaus|planning familial|cegidd|pad|
  point d'acces au droit|acces au droit|point accueil|point info|paej|mjc|police|commissariat|gendarmerie|
  tribunal|prefecture|sous-prefecture|pole emploi|france travail|spip|pjj|hopital|clinique|pharmacie|
  poste|gare|marche|parc|square|eglise|mosquee|temple|synagogue|salle|theatre|cinema|musee|club|
  complexe|universite|crous|bailleur|office|entreprise|magasin|supermarche|boutique|cafe|restaurant
`;

/** Outreach actions held in the street: "maraude rue de la Gare", "stand au 1 place du Marché". */
export const STREET_ACTIONS = `
  maraude|maraudes|action de rue|actions de rue|tournee|stand|distribution|forum|atelier|reunion|
  fete|kermesse|brocante|vide-grenier|chantier|animation|animations|permanence|
  tenue|aura lieu|se tiendra|se trouve|installe|installee|demenage|demenagee|ouvert|ouverte
`;
