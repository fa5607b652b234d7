// The guard's second level (issue 31), detector by detector: what each new kind catches, what it
// points at, what it lets pass, and how `verifier` words it.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/args/tokenize.ts';
import { guardAdvice } from '../../../src/core/guard/guard-messages.ts';
import { checkText, GUARD_KINDS, type GuardKind } from '../../../src/core/guard/index.ts';
import { type NumberToken, readGroup } from '../../../src/core/guard/spoken-numbers.ts';
import { LOCALES } from '../../../src/core/locale.ts';
import { verifierReply } from './level2/verifier-metrics.ts';

const kindsIn = (text: string): GuardKind[] => checkText(text).findings.map((finding) => finding.kind);
const excerptOf = (text: string, kind: GuardKind): string | undefined =>
  checkText(text).findings.find((finding) => finding.kind === kind)?.excerpt;

describe('administrative identifiers', () => {
  it.each([
    ['n° allocataire CAF : 1234567', 'admin-id', '1234567'],
    ['2233445 c’est son n° d’allocataire', 'admin-id', '2233445'],
    ['identifiant France Travail 1234567A', 'admin-id', '1234567A'],
    ['n° fiscal : 0 12 345 678 901 2', 'admin-id', '0 12 345 678 901 2'],
    ['OFPRA n° 21-12345 en cours', 'admin-id', '21-12345'],
    ['numéro d’écrou 12345', 'admin-id', '12345'],
    ['passeport : 21FR03348, expire en 2028', 'id-document', '21FR03348'],
    ['titre de séjour n°: 7501928374', 'id-document', '7501928374'],
    ['véhicule immatriculé AB-123-CD', 'plate', 'AB-123-CD'],
    ['ancienne plaque 1234 AB 95 sur la camionnette', 'plate', '1234 AB 95'],
  ] as const)('refuses %j as %s, pointing at the number', (text, kind, excerpt) => {
    expect(checkText(text).verdict).toBe('refuse');
    expect(excerptOf(text, kind)).toBe(excerpt);
  });

  it('reads whose number it is between a short word and the number', () => {
    expect(excerptOf('INE du jeune 0923456781H pour l’inscription', 'admin-id')).toBe('0923456781H');
    expect(excerptOf('n° CAF de la famille : 4471820', 'admin-id')).toBe('4471820');
  });

  it.each([
    'SIRET 123 456 789 00012',
    'RNA W953004512 pour la préfecture',
    'UAI du collège : 0951234X',
    'FINESS 950012345',
    'code APE 8899B',
    'la CAF a versé 1 200 € à 12 000 allocataires',
    'Numéro vert de la CAF 0 810 25 95 10',
    'le titre de séjour coûte 225 € depuis 2024',
    'pas de numéro CAF ni de matricule ici',
  ])('lets %j pass', (text) => {
    expect(checkText(text).findings).toEqual([]);
  });

  it('needs the word for a plate written with spaces', () => {
    expect(kindsIn('immat de la voiture : GH 456 JK')).toContain('plate');
    expect(kindsIn('salle GH 456 JK')).toEqual([]);
  });
});

describe('disguised phone numbers', () => {
  it.each([
    'tel : zéro six douze trente-quatre cinquante-six soixante-dix-huit',
    'zero sept, quatre vingt un, vingt deux, quarante cinq, quatre vingt dix',
    'tel O6 12 34 56 78',
    '06 l2 34 56 78 c’est la mère',
    'le 07 puis 31 58 22 90',
    'joignable au 06 12 34 puis 56 78',
    '0 6 1 2 3 4 5 6 7 8',
    'son 06 : 06 - 12 - 34 - 56 - 78',
    'whatsapp: plus trente trois six douze trente quatre cinquante six soixante dix huit',
    'portable : +trente-trois sept 12 34 56 78',
  ])('refuses %j as a phone number', (text) => {
    expect(checkText(text).verdict).toBe('refuse');
    expect(kindsIn(text)).toContain('phone');
  });

  it('points at the whole number spelt out', () => {
    const text = 'rappeler au zéro six douze trente-quatre cinquante-six soixante-dix-huit demain';
    expect(excerptOf(text, 'phone')).toBe('zéro six douze trente-quatre cinquante-six soixante-dix-huit');
  });

  it.each([
    'réunion le 07 puis le 14, 21 et 28 mars',
    'le 03, le 10, le 17, le 24 et le 31',
    'deux trois jeunes sont venus, puis six ou sept',
    'SOS Homophobie 01 48 06 42 41, ligne d’écoute',
    'standard de la mairie : 01 30 12 34 00',
    'ligne d’écoute 0 970 123 456 pour les parents',
  ])('lets %j pass', (text) => {
    expect(checkText(text).verdict).toBe('pass');
  });
});

describe('numbers in words', () => {
  const tokens = (text: string): NumberToken[] =>
    [...text.matchAll(/[a-z]+|\d+/g)].map((match, index, all) => {
      const start = match.index ?? 0;
      const previous = all[index - 1];
      const previousEnd = previous ? (previous.index ?? 0) + previous[0].length : 0;
      return { text: match[0], start, end: start + match[0].length, before: text.slice(previousEnd, start) };
    });

  it.each([
    ['soixante et onze', '71'],
    ['quatre-vingt-dix-neuf', '99'],
    ['quatre vingt un', '81'],
    ['dix-sept', '17'],
    ['vingt-deux', '22'],
    ['zero', '0'],
    ['trente', '30'],
  ])('reads %j as %s', (text, digits) => {
    expect(readGroup(tokens(text), 0)?.digits).toBe(digits);
  });

  it('does not join numbers across a comma', () => {
    expect(readGroup(tokens('quarante, cinq'), 0)?.digits).toBe('40');
  });
});

describe('disguised e-mail addresses', () => {
  it.each([
    'prenom point nom arobase fournisseur point fr',
    'x.y[at]mail[dot]fr',
    'x.y @ mail . fr',
    'sophie.durand(at)orange(dot)fr',
    'ahmed.ben AT gmail DOT com',
    'envoyer à emma.leroy chez gmail point com',
  ])('refuses %j as an e-mail address', (text) => {
    expect(kindsIn(text)).toContain('email');
  });

  it.each([
    'rendez-vous chez le médecin point final',
    'on se retrouve at home',
    'le point sur la CAF arobase ?',
  ])('lets %j pass', (text) => {
    expect(checkText(text).verdict).toBe('pass');
  });
});

describe('a RIB field by field', () => {
  it('refuses two labelled fields, whichever and in any order', () => {
    for (const text of [
      'banque 30004 guichet 00123 compte 12345678901 clé 45',
      'compte 12345678901 clé 45, banque postale',
      'code banque 30004, code guichet 00817',
    ]) {
      expect(kindsIn(text), text).toContain('iban');
    }
  });

  it('lets one field alone or a report pass', () => {
    expect(checkText('la banque alimentaire a servi 30004 repas').verdict).toBe('pass');
    expect(checkText('compte rendu du guichet unique').verdict).toBe('pass');
  });
});

describe('special categories of data about someone', () => {
  it.each([
    ['Kevin est diabétique, il doit avoir son insuline', 'health'],
    ['Amina, 16 ans, est enceinte de 4 mois', 'health'],
    ['Mme Diallo est musulmane pratiquante', 'religion'],
    ['Théo 4eB est gay et se fait harceler', 'sexual-orientation'],
    ['la famille Dumitru est rom', 'origin'],
    ['Nina est métisse, on l’insulte au collège', 'origin'],
    ['le frère de Lina est en prison pour trafic', 'justice'],
  ] as const)('warns about %j as %s', (text, kind) => {
    const verdict = checkText(text);
    expect(verdict.verdict).toBe('warn');
    expect(verdict.findings.map((finding) => finding.kind)).toContain(kind);
  });

  it('takes a first name it does not know for someone when a verb follows it', () => {
    expect(kindsIn('Samy est diabétique depuis ses 8 ans')).toContain('health');
    expect(kindsIn('pour Kylan qui est autiste, prévoir un temps calme')).toContain('health');
    expect(checkText('Emmaüs porte le projet des sortants de prison').verdict).toBe('pass');
    expect(checkText('Rien n’est prévu pour les jeunes sous main de justice').verdict).toBe('pass');
  });

  it('points at the sensitive term, not at the whole sentence', () => {
    expect(excerptOf('Kevin est diabétique, il doit avoir son insuline', 'health')).toBe('diabétique');
  });

  it('refuses sensitive data that comes with personal data, and names both', () => {
    const verdict = checkText('Kevin est diabétique, tel de la mère 06 12 34 56 78');
    expect(verdict.verdict).toBe('refuse');
    const health = verdict.findings.find((finding) => finding.kind === 'health');
    expect(health?.severity).toBe('refuse');
    expect(verdict.findings.map((finding) => finding.kind)).toContain('phone');
  });

  it.each([
    'atelier santé mentale des 16-25 ans',
    'la laïcité au collège',
    'permanence du SPIP',
    'formation sur l’accueil des jeunes LGBT+',
    'le ramadan commence la semaine prochaine',
    'Yasmine, infirmière scolaire, anime l’atelier sur le diabète',
    'Sophie du SPIP présente le dispositif',
    'un jeune de 14 ans suivi en AEMO',
    'Kevin a perdu la clé de son casier',
    'les jeunes qui quittent l’ASE à 18 ans, ou les sorties de prison',
    'jeunes de 16 à 25 ans, jusqu’à 29 ans en situation de handicap',
    'Lina a ramené son enceinte pour la fête',
  ])('lets %j pass', (text) => {
    expect(checkText(text).verdict).toBe('pass');
  });
});

describe('initials and short forms with an age', () => {
  it.each([
    'T.R., 13 ans',
    'M.L (16ans) a quitté le foyer',
    'Yanis B. (2011) inscrit',
    'AB, 15 ans, absent',
    'vu C-E. 12 ans au parc',
  ])('warns about %j', (text) => {
    expect(kindsIn(text)).toContain('person-age');
  });

  it.each(['BTS en 2 ans', 'élèves de CP, 6 ans', 'les 11-15 ans', 'les jeunes nés en 2010 entrent en 3e'])(
    'lets %j pass',
    (text) => {
      expect(checkText(text).verdict).toBe('pass');
    },
  );
});

describe('addresses of organisations and public places', () => {
  it.each([
    'la Mission locale, 3 rue du Marché',
    'le CCAS est au 1 place de l’Hôtel de Ville',
    'maraude au 5 rue des Écoles ce soir',
  ])('lets %j pass', (text) => {
    expect(checkText(text).verdict).toBe('pass');
  });

  it('still refuses a home address after an organisation word', () => {
    expect(kindsIn('la mère est hébergée au foyer, 12 rue des Lilas')).toContain('address');
    expect(kindsIn('la famille habite en face de la mairie, 3 rue Voltaire')).toContain('address');
  });
});

describe('roles and organisations named after people', () => {
  it.each([
    'M. le principal adjoint sera présent',
    'Mme l’adjointe à la jeunesse',
    'partenaires : centre social Louise Michel, collège Victor Hugo',
    'Écoute Famille Unafam pour les proches',
  ])('lets %j pass', (text) => {
    expect(checkText(text).verdict).toBe('pass');
  });
});

describe('what verifier says', () => {
  it('keeps the opening of a confirmation and names the kind of data found', async () => {
    const reply = await verifierReply('Kevin est diabétique');
    expect(reply).toMatch(/^Ce texte demanderait une \*\*confirmation\*\*/);
    expect(reply).toContain('une donnée de santé');
  });

  it('keeps the opening of a refusal for a new kind of identifier', async () => {
    const reply = await verifierReply('n° allocataire CAF : 1234567');
    expect(reply).toMatch(/^Ce texte serait \*\*refusé\*\*/);
    expect(reply).toContain('un identifiant administratif');
  });

  it('reads the text as a member types it after the command', () => {
    expect(tokenize('verifier x.y @ mail . fr').ok).toBe(true);
  });
});

describe('advice', () => {
  it.each(LOCALES)('in %s, passes the guard itself for every kind', (locale) => {
    for (const kind of GUARD_KINDS) {
      const advice = guardAdvice(kind, locale);
      const quoted = /[«“]\s*([^»”]+?)\s*[»”]/.exec(advice)?.[1];
      if (quoted) expect(checkText(quoted).verdict, `${kind}: ${quoted}`).toBe('pass');
    }
  });
});

describe('robustness of the second level', () => {
  const adversarial: Record<string, string> = {
    'spoken digits': 'zero six '.repeat(444),
    'number words': 'soixante et onze, '.repeat(222),
    'spelt-out dots': 'a point '.repeat(500),
    'at words': 'x at y dot '.repeat(400),
    'bank fields': 'banque 30004 '.repeat(307),
    'identifier words': 'alloc 12345 '.repeat(333),
    'sensitive terms': 'Kevin diabétique '.repeat(235),
    initials: 'A.B. 14 ans '.repeat(333),
  };

  it.each(Object.entries(adversarial))('returns quickly on a 4,000-character input of %s', (_name, text) => {
    expect(text.length).toBeGreaterThan(3900);
    const started = performance.now();
    expect(['pass', 'warn', 'refuse']).toContain(checkText(text).verdict);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
