// The glossary of acronyms and jargon: shipped entries plus the network's own, looked up by
// anyone, completed by members, adapted by facilitators. See src/core/glossary/.
import {
  addTerm,
  DEFINITION_MAX,
  editTerm,
  removeTerm,
  restoreTerm,
  TERM_MAX,
} from '../glossary/change-term.ts';
import { listGlossary, lookupTerm } from '../glossary/lookup-term.ts';
import { messages } from '../glossary/messages.ts';
import type { ArgSpec } from '../grammar/spec.ts';
import { textOf, textsOf } from '../grammar/values.ts';
import { err } from '../result.ts';
import type { CommandContext, CommandResult, Verb } from './command.ts';
import { defineCommand } from './command.ts';

const DEFINITION_EXAMPLE = 'sigle ajouter VVV "Ville vie vacances : activités pour les jeunes"';

/** A term is written alone after its verb, or quoted when it has several words. */
const term = (read: ArgSpec['read']): ArgSpec => ({
  key: 'term',
  names: ['terme', 'term'],
  help: { fr: 'Sigle ou mot', en: 'Acronym or word' },
  type: { kind: 'text', max: TERM_MAX },
  read,
  required: true,
  messages: { missing: messages.termMissing, tooLong: messages.termTooLong },
});

const definition: ArgSpec = {
  key: 'definition',
  names: ['definition', 'definition'],
  help: { fr: 'Définition, en mots simples', en: 'Definition, in plain words' },
  type: { kind: 'text', max: DEFINITION_MAX },
  read: { by: 'rest' },
  required: true,
  messages: { missing: messages.definitionMissing, tooLong: messages.definitionTooLong },
  example: DEFINITION_EXAMPLE,
  shown: { placeholder: { fr: '"DÉFINITION"', en: '"DEFINITION"' } },
};

// "sigle ajouter CLAS : aide aux devoirs": the colon belongs to the sentence, not to the term.
const termOf = (typed: string) => typed.replace(/\s*[:=–—]+$/, '');

/** The term as typed, without the sentence's colon; refused without a letter or a digit. */
function checkedTerm(
  typed: string | undefined,
): { ok: true; term: string } | { ok: false; result: CommandResult } {
  const cleaned = termOf(typed ?? '');
  if (cleaned === '') return { ok: false, result: err({ key: messages.termMissing }) };
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return { ok: false, result: err({ key: messages.termInvalid }) };
  return { ok: true, term: cleaned };
}

const withTerm =
  (change: (ctx: CommandContext, term: string, definition: string | undefined) => Promise<CommandResult>) =>
  async (ctx: CommandContext, values: Parameters<Verb['run']>[1]): Promise<CommandResult> => {
    const checked = checkedTerm(textOf(values, 'term'));
    return checked.ok ? change(ctx, checked.term, textOf(values, 'definition')) : checked.result;
  };

const verbs: Verb[] = [
  {
    slot: ['chercher', 'lookup'],
    help: { fr: 'Chercher des termes', en: 'Look terms up' },
    args: [
      {
        key: 'terms',
        names: ['termes', 'terms'],
        help: { fr: 'PRE, sortie sèche…', en: 'PRE, QPV…' },
        type: { kind: 'text', max: 200 },
        read: { by: 'rest' },
        many: 40,
        typedList: { split: 'words' },
      },
    ],
    run(ctx, values) {
      const words = textsOf(values, 'terms');
      if (words.length === 0) return listGlossary(ctx);
      const joined = words.join(' ');
      if (joined.length > 200) return Promise.resolve(err({ key: 'error.invalid-arguments', usage: true }));
      return lookupTerm(ctx, joined, words);
    },
  },
  {
    names: ['liste', 'list'],
    help: { fr: 'Les termes du réseau', en: 'The network’s terms' },
    args: [],
    run: (ctx) => listGlossary(ctx),
  },
  {
    names: ['ajouter', 'add', 'nouveau', 'new', '+'],
    help: { fr: 'Ajouter un terme', en: 'Add a term' },
    args: [term({ by: 'position', only: 'term' }), definition],
    run: withTerm((ctx, t, d) => addTerm(ctx, { term: t, definition: d ?? '' })),
  },
  {
    names: ['modifier', 'edit', 'changer', 'change', 'corriger'],
    help: { fr: 'Changer sa définition', en: 'Change a definition' },
    args: [term({ by: 'position', only: 'term' }), definition],
    run: withTerm((ctx, t, d) => editTerm(ctx, { term: t, definition: d ?? '' })),
  },
  {
    names: ['supprimer', 'remove', 'retirer', 'effacer', 'delete', 'masquer', 'hide', '-'],
    help: { fr: 'Retirer un terme', en: 'Remove a term' },
    args: [term({ by: 'rest' })],
    run: withTerm((ctx, t) => removeTerm(ctx, t)),
  },
  {
    names: ['retablir', 'restore'],
    help: { fr: 'Rétablir l’original', en: 'Restore the original' },
    args: [term({ by: 'rest' })],
    run: withTerm((ctx, t) => restoreTerm(ctx, t)),
  },
];

export const sigle = defineCommand({
  names: ['sigle', 'glossary', 'glossaire', 'sigles', 'acronym'],
  brief: { fr: 'Glossaire des sigles', en: 'Glossary of acronyms' },
  help: {
    fr: {
      summary:
        "le glossaire des sigles et du jargon du réseau : chercher un terme, en ajouter un, corriger une définition. Une définition s'écrit en mots simples, qu'un parent ou un nouveau collègue comprend.",
      examples: [
        'sigle CCAS',
        'sigle sortie sèche',
        'sigle PRE QPV REP',
        'sigle ajouter VVV "Ville vie vacances : activités pour les jeunes des quartiers prioritaires pendant les vacances scolaires"',
        'sigle ajouter "café parents" "Rencontre mensuelle entre parents au centre social, sans inscription"',
        'sigle modifier "café parents" "Rencontre mensuelle entre parents au centre social, ouverte à tous"',
        'sigle supprimer "café parents"',
      ],
    },
    en: {
      summary:
        "the network's glossary of acronyms and jargon: look a term up, add one, fix a definition. Write definitions in plain words that a parent or a new colleague understands.",
      examples: [
        'glossary CCAS',
        'glossary sortie sèche',
        'glossary PRE QPV REP',
        'glossary add VVV "Ville vie vacances: holiday activities for young people from priority neighbourhoods"',
        'glossary add "parents café" "Monthly meeting of parents at the social centre, no registration needed"',
        'glossary edit "parents café" "Monthly meeting of parents at the social centre, open to all"',
        'glossary remove "parents café"',
      ],
    },
  },
  messages,
  verbs,
});
