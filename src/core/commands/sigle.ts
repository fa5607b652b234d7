// The glossary of acronyms and jargon: shipped entries plus the network's own, looked up by
// anyone, completed by members, adapted by facilitators. See src/core/glossary/.
import { z } from 'zod';
import { type Token, tokenText } from '../args/tokenize.ts';
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
import { fold } from '../text/fold.ts';
import { defineCommand } from './command.ts';

const VERBS = {
  add: ['ajouter', 'add', 'nouveau', 'new', '+'],
  edit: ['modifier', 'edit', 'changer', 'change', 'corriger'],
  remove: ['supprimer', 'remove', 'retirer', 'effacer', 'delete', 'masquer', 'hide', '-'],
  restore: ['retablir', 'restore'],
  list: ['liste', 'list'],
} as const;
type Verb = keyof typeof VERBS;

const term = z
  .string({ error: 'termMissing' })
  .min(1, 'termMissing')
  .max(TERM_MAX, 'termTooLong')
  .refine((value) => /[\p{L}\p{N}]/u.test(value), 'termInvalid');
const definition = z
  .string({ error: 'definitionMissing' })
  .min(1, 'definitionMissing')
  .max(DEFINITION_MAX, 'definitionTooLong');

const input = z.discriminatedUnion('action', [
  z.object({ action: z.literal('list') }),
  z.object({
    action: z.literal('lookup'),
    term: z.string().max(200, 'error.invalid-arguments'),
    words: z.array(z.string()),
  }),
  z.object({ action: z.literal('add'), term, definition }),
  z.object({ action: z.literal('edit'), term, definition }),
  z.object({ action: z.literal('remove'), term }),
  z.object({ action: z.literal('restore'), term }),
]);

const clean = (value: string) => value.replace(/\s+/g, ' ').trim();
const joined = (tokens: readonly Token[]) => clean(tokens.map(tokenText).join(' '));
// "sigle ajouter CLAS : aide aux devoirs": the colon belongs to the sentence, not to the term.
const termOf = (tokens: readonly Token[]) => joined(tokens).replace(/\s*[:=–—]+$/, '') || undefined;

/** Only an unquoted word is a verb: `sigle "ajouter"` looks the word up. */
function verbOf(token: Token | undefined): Verb | undefined {
  if (token?.kind !== 'word') return undefined;
  const key = fold(token.text);
  return (Object.keys(VERBS) as Verb[]).find((verb) => (VERBS[verb] as readonly string[]).includes(key));
}

/**
 * The term, then the definition. A term of several words is quoted, or the definition is:
 * `"sortie sèche" "…"`, `sortie sèche "…"`, `CLAS aide aux devoirs…` (one-word term).
 */
function termAndDefinition(tokens: readonly Token[]): { term?: string; definition?: string } {
  const [first, ...rest] = tokens;
  if (!first) return {};
  const quoted = rest.findIndex((t) => t.kind === 'quoted');
  const split = first.kind === 'quoted' || quoted < 0 ? 1 : quoted + 1;
  return { term: termOf(tokens.slice(0, split)), definition: joined(tokens.slice(split)) || undefined };
}

function parse(tokens: readonly Token[]): unknown {
  const [first, ...rest] = tokens;
  if (!first || !joined(tokens)) return { action: 'list' };
  const verb = verbOf(first);
  switch (verb) {
    case undefined:
      return { action: 'lookup', term: joined(tokens), words: tokens.map((t) => clean(tokenText(t))) };
    case 'list':
      return { action: 'list' };
    case 'add':
    case 'edit':
      return { action: verb, ...termAndDefinition(rest) };
    case 'remove':
    case 'restore':
      return { action: verb, term: termOf(rest) };
  }
}

export const sigle = defineCommand({
  names: ['sigle', 'glossary', 'glossaire', 'sigles', 'acronym'],
  help: {
    fr: {
      summary:
        "le glossaire des sigles et du jargon du réseau : chercher un terme, en ajouter un, corriger une définition. Une définition s'écrit en mots simples, qu'un parent ou un nouveau collègue comprend.",
      usage: [
        'sigle TERME',
        'sigle',
        'sigle ajouter TERME "DÉFINITION"',
        'sigle modifier TERME "DÉFINITION"',
        'sigle supprimer TERME',
        'sigle rétablir TERME',
      ],
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
      usage: [
        'glossary TERM',
        'glossary',
        'glossary add TERM "DEFINITION"',
        'glossary edit TERM "DEFINITION"',
        'glossary remove TERM',
        'glossary restore TERM',
      ],
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
  parse,
  schema: input,
  async run(ctx, args) {
    switch (args.action) {
      case 'list':
        return listGlossary(ctx);
      case 'lookup':
        return lookupTerm(ctx, args.term, args.words);
      case 'add':
        return addTerm(ctx, args);
      case 'edit':
        return editTerm(ctx, args);
      case 'remove':
        return removeTerm(ctx, args.term);
      case 'restore':
        return restoreTerm(ctx, args.term);
    }
  },
});
