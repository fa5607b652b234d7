// Who does what: members found by any word of their profile, the network's organisations
// and their types, and an organisation added without joining it. See src/core/directory/.

import type { Token } from '../args/tokenize.ts';
import { addOrganisation } from '../directory/add-organisation.ts';
import { memberLine } from '../directory/member-line.ts';
import { directoryMessages as m } from '../directory/messages.ts';
import { organisationMessages } from '../directory/organisation-messages.ts';
import { searchMembers } from '../directory/search-members.ts';
import { showWholeDirectory, wholeDirectoryMessages } from '../directory/whole-directory.ts';
import { checkArgs } from '../grammar/check-args.ts';
import { readText } from '../grammar/read-text.ts';
import type { ArgSpec, Names } from '../grammar/spec.ts';
import { textOf, textsOf } from '../grammar/values.ts';
import { localized } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { header, type Message, privateMessage, text } from '../message.ts';
import { ORGANISATION_TYPES, organisationTypeLabel } from '../reference/organisation-types.ts';
import { ok } from '../result.ts';
import {
  type CommandContext,
  type CommandResult,
  defineCommand,
  gathering,
  unlisted,
  type Verb,
} from './command.ts';

const ORGANISATIONS: Names = ['structures', 'organisations', 'structure', 'organizations', 'orgs'];
const ADD = ['ajouter', 'add', 'creer', 'create'];
/** `structures ajouter`, `organisations add` and every other spelling of the two words. */
const ORGANISATIONS_ADD: Names = [
  'structures ajouter',
  'organisations add',
  ...ORGANISATIONS.flatMap((o) => ADD.map((a) => `${o} ${a}`)),
];

const MAX_LISTED = 25;

async function listOrganisations(ctx: CommandContext): Promise<CommandResult> {
  const [organisations, members] = await Promise.all([
    ctx.repos.organisations.list(ctx.network.id),
    ctx.repos.members.list(ctx.network.id),
  ]);
  const say = ctx.say;
  if (organisations.length === 0) return ok([privateMessage(text(say(m.noOrganisations)))]);
  const lines = organisations.map((org) => {
    const names = members.filter((mb) => mb.organisationId === org.id).map((mb) => mb.displayName);
    const who = names.length > 0 ? names.join(', ') : say(m.noMember);
    return `• **${org.name}** (${organisationTypeLabel(org.typeCode, ctx.locale)}) — ${who}`;
  });
  return ok([
    privateMessage(
      header(say(m.organisationsTitle, { count: organisations.length })),
      text(lines.join('\n')),
    ),
  ]);
}

function listTypes(locale: Locale): Message {
  const lines = ORGANISATION_TYPES.map(
    (type) => `\`${type.code}\` ${organisationTypeLabel(type.code, locale)}`,
  );
  return privateMessage(header(localized(locale, m.typesTitle)), text(lines.join('\n')));
}

async function search(ctx: CommandContext, terms: string[]): Promise<CommandResult> {
  const [organisations, members] = await Promise.all([
    ctx.repos.organisations.list(ctx.network.id),
    ctx.repos.members.list(ctx.network.id),
  ]);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const found = searchMembers(terms, members, byId).map((hit) => hit.member);
  const query = terms.join(' ');
  if (found.length === 0) return ok([privateMessage(text(ctx.say(m.searchNone, { query })))]);
  const lines = found.slice(0, MAX_LISTED).map((member) => memberLine(member, byId, ctx.locale));
  if (found.length > MAX_LISTED) lines.push(`… (+${found.length - MAX_LISTED})`);
  const title = ctx.say(m.searchTitle, { query, count: found.length });
  return ok([privateMessage(header(title), text(lines.join('\n')))]);
}

/**
 * One subcommand where a platform gives options (`/coop qui mots:logement Cergy`,
 * `liste:structures`, `ajouter:Nouvelle asso type:ASSO`): runs the verb its options name.
 */
function quiFields(verbs: readonly Verb[]): Verb {
  const [organisations, types, all, add, search] = verbs as [Verb, Verb, Verb, Verb, Verb];
  const [name, type] = add.args as [ArgSpec, ArgSpec];
  return gathering(
    {
      slot: ['chercher', 'search'],
      typed: 'only',
      help: { fr: 'Trouver qui fait quoi', en: 'Find who does what' },
      args: [
        { ...(search.args[0] as ArgSpec), required: false, typedList: { split: 'words' } },
        {
          key: 'list',
          names: ['liste', 'list'],
          help: { fr: 'Ou une liste', en: 'Or a list' },
          type: {
            kind: 'choice',
            choices: [
              { value: 'organisations', names: ['structures', 'organisations'] },
              { value: 'types', names: ['types', 'types'] },
              { value: 'all', names: ['tous', 'all'] },
            ],
          },
          read: { by: 'word' },
        },
        {
          ...name,
          names: ['ajouter', 'add'],
          help: { fr: 'Ajouter une structure', en: 'Add an organisation' },
        },
        type,
      ],
    },
    (values) => {
      if (values.name !== undefined || values.type !== undefined) return { verb: add, values };
      if (values.list !== undefined) {
        const listed = { types, all, organisations }[String(values.list)];
        return { verb: listed ?? organisations, values: {} };
      }
      if (values.terms === undefined) return { key: m.searchEmpty, arg: 'terms' };
      return asTyped(verbs, textsOf(values, 'terms')) ?? { verb: search, values };
    },
  );
}

/**
 * Words given in the search field that name another verb (`structures ajouter "…" type ASSO`,
 * `types`) run that verb, as they do typed after `qui`: the form Discord documented first.
 */
function asTyped(verbs: readonly Verb[], words: readonly string[]) {
  const tokens: Token[] = words.map((w) =>
    /\s/.test(w) ? { kind: 'quoted', text: w } : { kind: 'word', text: w },
  );
  const read = readText(
    verbs.filter((verb) => verb.typed !== 'only'),
    tokens,
  );
  if (!read.ok || !read.value.verb.names) return undefined;
  const checked = checkArgs(read.value.verb, read.value.values, 'fr');
  return checked.ok ? { verb: read.value.verb, values: checked.value } : checked.error;
}

const verbs: Verb[] = [
  {
    names: ORGANISATIONS,
    whole: true,
    help: { fr: 'Les structures du réseau', en: 'The network’s organisations' },
    args: [],
    run: (ctx) => listOrganisations(ctx),
  },
  {
    names: ['types', 'types', 'type'],
    whole: true,
    help: { fr: 'Les types de structures', en: 'Organisation types' },
    args: [],
    run: (ctx) => Promise.resolve(ok([listTypes(ctx.locale)])),
  },
  {
    names: ['tous', 'all', 'tout', 'toutes', 'everyone'],
    help: { fr: 'Tout l’annuaire, par structure', en: 'The whole directory, by organisation' },
    // The page is checked against the directory's length, to say which pages there are.
    args: [
      {
        key: 'page',
        names: ['page', 'page'],
        help: { fr: 'Page de l’annuaire', en: 'Page of the directory' },
        shown: { placeholder: { fr: 'N', en: 'N' } },
        type: { kind: 'text', max: 20 },
        read: { by: 'rest' },
      },
    ],
    run: (ctx, values) => showWholeDirectory(ctx, textOf(values, 'page')),
  },
  {
    names: ORGANISATIONS_ADD,
    help: { fr: 'Ajouter une structure', en: 'Add an organisation' },
    args: [
      {
        key: 'name',
        names: ['nom', 'name'],
        help: { fr: 'Nom de la structure', en: 'Organisation name' },
        type: { kind: 'text', max: 120 },
        read: { by: 'rest' },
        messages: { tooLong: 'error.too-long' },
        shown: { needed: true },
      },
      {
        key: 'type',
        names: ['type', 'type'],
        help: { fr: 'Son type (qui types)', en: 'Its type (who types)' },
        type: { kind: 'text', max: 40 },
        read: { by: 'keyword', value: 'span' },
        messages: { missing: organisationMessages.addUsage, tooLong: 'error.too-long' },
        suggest: 'organisation-type',
      },
    ],
    run: (ctx, values) => addOrganisation(ctx, textOf(values, 'name'), textOf(values, 'type')),
  },
  {
    help: { fr: 'Chercher des membres', en: 'Find members' },
    args: [
      {
        key: 'terms',
        names: ['mots', 'words'],
        help: { fr: 'Métier, structure, territoire, thème…', en: 'Role, organisation, territory, theme…' },
        type: { kind: 'text', max: 80 },
        read: { by: 'rest' },
        many: 10,
        required: true,
        messages: { missing: m.searchEmpty, tooLong: 'error.too-long' },
      },
    ],
    run: (ctx, values) => search(ctx, textsOf(values, 'terms')),
  },
];

export const qui = defineCommand({
  names: ['qui', 'who', 'annuaire', 'directory'],
  messages: { ...m, ...wholeDirectoryMessages },
  help: {
    fr: {
      summary:
        'trouver qui fait quoi : un membre par son métier, sa structure, son territoire, ses thématiques ; tout l’annuaire ; la liste des structures, et en ajouter une sans vous y rattacher.',
      examples: [
        'qui logement',
        'qui "Mission locale"',
        'qui éducateur Cergy',
        'qui structures',
        'qui structures ajouter "Association Les Jardins partagés" type ASSO',
        'qui types',
        'qui tous',
        'qui tous 2',
      ],
    },
    en: {
      summary:
        'find who does what: a member by role, organisation, territory, themes; the whole directory; the list of organisations, and adding one without joining it.',
      examples: [
        'who housing',
        'who "Mission locale"',
        'who educator Cergy',
        'who organisations',
        'who organisations add "Shared gardens association" type ASSO',
        'who types',
        'who all',
        'who all 2',
      ],
    },
  },
  verbs: [...verbs.map(unlisted), quiFields(verbs)],
});
