// The exchange log: one line records that members or organisations worked together, the
// people named are told privately and may take their name off. See src/core/exchanges/.
import { parseThemes } from '../directory/parse-themes.ts';
import { resolveOrganisation } from '../directory/resolve-organisation.ts';
import {
  correctionArgs,
  exchangeArgs,
  exchangeRef,
  MAX_NOTE,
  MAX_PARTICIPANTS,
  shownExchangeRef,
} from '../exchanges/exchange-args.ts';
import { exchangeMessages as m } from '../exchanges/messages.ts';
import { exchangeSummary } from '../exchanges/render-exchange.ts';
import type { ArgValues } from '../grammar/spec.ts';
import { membersOf, numberOf, textOf, textsOf } from '../grammar/values.ts';
import { localized } from '../i18n/index.ts';
import { resolveMemberRef } from '../members/resolve-member.ts';
import { buttons, header, privateMessage, text } from '../message.ts';
import type { ExchangeKind, Member, Organisation } from '../model.ts';
import type { ExchangeView } from '../ports.ts';
import { err, ok, type Result } from '../result.ts';
import {
  type CommandContext,
  type CommandResult,
  defineCommand,
  type Failure,
  type Verb,
} from './command.ts';
import { goalByRef, occurredOn } from './exchange-checks.ts';
import { correctExchange, showExchange } from './exchange-correct.ts';
import { checkFreeText } from './free-text.ts';

function summaryOf(
  view: ExchangeView,
  goalRef: number | undefined,
  ctx: CommandContext,
  locale = ctx.locale,
) {
  return exchangeSummary(
    {
      kind: view.kind,
      occurredOn: view.occurredOn,
      people: view.members.map((p) => p.name),
      organisations: view.organisations.map((o) => o.name),
      themes: view.themes,
      goalRef,
      withdrawnNames: view.withdrawnNames,
    },
    locale,
    ctx.network.timeZone,
  );
}

/**
 * Resolves every item at once (their queries share one round trip); the first failure in the
 * order written wins, and what the others wrote is rolled back with the command.
 */
async function resolveAll<T>(
  items: readonly T[],
  resolve: (item: T) => Promise<Result<{ id: string }, Failure>>,
) {
  const found = new Map<string, unknown>();
  for (const result of await Promise.all(items.map(resolve))) {
    if (!result.ok) return result;
    found.set(result.value.id, result.value);
  }
  return ok([...found.values()]);
}

async function create(ctx: CommandContext, values: ArgValues): Promise<CommandResult> {
  const draft = {
    kind: textOf(values, 'kind') as ExchangeKind | undefined,
    people: membersOf(values, 'people'),
    organisations: textsOf(values, 'organisations'),
    themes: textsOf(values, 'themes'),
    goalRef: textOf(values, 'goal'),
    date: textOf(values, 'date'),
    note: textOf(values, 'note'),
  };
  if (draft.people.length + draft.organisations.length === 0) return err({ key: m.noParticipant });
  if (draft.people.length + draft.organisations.length > MAX_PARTICIPANTS)
    return err({ key: m.tooManyParticipants });
  const people = await resolveAll(draft.people, (who) => resolveMemberRef(ctx, who));
  if (!people.ok) return people;
  const members = people.value as Member[];
  if (members.some((p) => p.id === ctx.actor.id)) return err({ key: m.self });
  const orgs = await resolveAll(draft.organisations, (name) => resolveOrganisation(ctx, name));
  if (!orgs.ok) return orgs;
  const organisations = orgs.value as Organisation[];
  const themes = draft.themes.length > 0 ? parseThemes(draft.themes.join(','), ctx.confirmed) : ok([]);
  if (!themes.ok) return themes;
  const day = occurredOn(ctx, draft.date);
  if (!day.ok) return day;
  const note =
    draft.note === undefined
      ? ok(null)
      : checkFreeText(draft.note, { max: MAX_NOTE, confirmed: ctx.confirmed });
  if (!note.ok) return note;
  let goalId: string | null = null;
  let goalRef: number | undefined;
  if (draft.goalRef !== undefined) {
    const goal = await goalByRef(ctx, draft.goalRef);
    if (!goal.ok) return goal;
    goalId = goal.value.id;
    goalRef = goal.value.ref;
  }
  const created = await ctx.repos.exchanges.create(ctx.network.id, {
    authorId: ctx.actor.id,
    kind: draft.kind ?? 'other',
    occurredOn: day.value,
    themes: themes.value,
    note: note.value,
    goalId,
    memberIds: members.map((p) => p.id),
    organisationIds: organisations.map((o) => o.id),
  });
  const summary = (locale = ctx.locale) =>
    exchangeSummary(
      {
        kind: draft.kind ?? 'other',
        occurredOn: day.value,
        people: members.map((p) => p.displayName),
        organisations: organisations.map((o) => o.name),
        themes: themes.value,
        goalRef,
      },
      locale,
      ctx.network.timeZone,
    );
  for (const member of members) {
    ctx.notify(member, (locale) =>
      privateMessage(
        text(
          localized(locale, m.notifyNamed, {
            author: ctx.actor.displayName,
            summary: summary(locale),
            ref: created.ref,
          }),
        ),
        buttons({
          label: localized(locale, m.removeButton),
          command: `${locale === 'fr' ? 'echange retirer' : 'log remove'} ${created.ref}`,
        }),
      ),
    );
  }
  return ok([
    privateMessage(
      text(
        ctx.say(members.length > 0 ? m.logged : m.loggedNoPeople, { ref: created.ref, summary: summary() }),
      ),
      buttons({
        label: ctx.say(m.undoButton),
        command: `${ctx.locale === 'fr' ? 'echange annuler' : 'log undo'} ${created.ref}`,
        style: 'danger',
      }),
    ),
  ]);
}

async function list(ctx: CommandContext): Promise<CommandResult> {
  const views = await ctx.repos.exchanges.listForMember(ctx.network.id, ctx.actor.id, 15);
  if (views.length === 0) return ok([privateMessage(text(ctx.say(m.listEmpty)))]);
  const goals = new Map((await ctx.repos.goals.list(ctx.network.id)).map((g) => [g.id, g.ref]));
  const lines = views.map((v) => {
    const by = v.authorId === ctx.actor.id ? '' : ` (${v.authorName})`;
    return `• **${v.ref}** · ${summaryOf(v, v.goalId ? goals.get(v.goalId) : undefined, ctx)}${by}`;
  });
  return ok([privateMessage(header(ctx.say(m.listTitle)), text(lines.join('\n')))]);
}

const verbs: Verb[] = [
  {
    names: ['liste', 'list', 'mes', 'mine'],
    help: { fr: 'Mes échanges', en: 'My exchanges' },
    args: [],
    run: (ctx) => list(ctx),
  },
  {
    names: ['voir', 'show'],
    also: 'number',
    help: { fr: 'Voir un échange', en: 'Show an exchange' },
    args: [shownExchangeRef],
    run: showExchange,
  },
  {
    names: ['corriger', 'edit', 'modifier'],
    help: { fr: 'Corriger son échange', en: 'Edit your exchange' },
    stray: m.unknownWords,
    args: correctionArgs,
    run: correctExchange,
  },
  {
    names: ['annuler', 'undo', 'supprimer', 'delete'],
    help: { fr: 'Supprimer son échange', en: 'Delete your exchange' },
    args: [exchangeRef],
    run: (ctx, values) => undoOrRemove(ctx, 'undo', numberOf(values, 'ref') ?? 0),
  },
  {
    names: ['retirer', 'remove', 'sortir'],
    help: { fr: 'Retirer son nom', en: 'Take your name off' },
    args: [exchangeRef],
    run: (ctx, values) => undoOrRemove(ctx, 'remove', numberOf(values, 'ref') ?? 0),
  },
  {
    slot: ['noter', 'add'],
    help: { fr: 'Noter un échange', en: 'Log an exchange' },
    stray: m.unknownWords,
    args: exchangeArgs,
    run: create,
  },
];

async function undoOrRemove(
  ctx: CommandContext,
  action: 'undo' | 'remove',
  refNumber: number,
): Promise<CommandResult> {
  const view = await ctx.repos.exchanges.getByRef(ctx.network.id, refNumber);
  // To someone it does not concern, an exchange is answered as one that does not exist
  // (as `echange N` is): its number tells nothing of who logged what.
  const concerned =
    view !== undefined &&
    (view.authorId === ctx.actor.id || view.members.some((member) => member.id === ctx.actor.id));
  if (!view || !concerned) return err({ key: m.unknownExchange, params: { ref: refNumber } });
  if (action === 'undo') {
    if (view.authorId !== ctx.actor.id) return err({ key: m.notAuthor, params: { ref: refNumber } });
    await ctx.repos.exchanges.delete(ctx.network.id, view.id);
    return ok([privateMessage(text(ctx.say(m.undone, { ref: refNumber })))]);
  }
  const removed = await ctx.repos.exchanges.removeMember(ctx.network.id, view.id, ctx.actor.id);
  if (!removed) return err({ key: m.notNamed, params: { ref: refNumber } });
  return ok([privateMessage(text(ctx.say(m.removed, { ref: refNumber })))]);
}

export const echange = defineCommand({
  names: ['echange', 'log', 'échange'],
  brief: { fr: 'Les échanges entre membres', en: 'Exchanges between members' },
  messages: m,
  help: {
    fr: {
      summary:
        'noter un échange informel avec des membres ou des structures (rencontre, appel, orientation, action commune), pour rendre la coopération visible.',
      examples: [
        'echange appel @Marie #logement',
        'echange rencontre @"Jean Dupont" structure "Mission locale" #emploi date hier note "préparation du forum"',
        'echange orientation @Samia but 2',
        'echange liste',
        'echange 12',
        'echange corriger 12 date hier',
        'echange annuler 12',
      ],
    },
    en: {
      summary:
        'log an informal exchange with members or organisations (meeting, call, hand-over, joint action), to make cooperation visible.',
      examples: [
        'log call @Marie #housing',
        'log meeting @"Jean Dupont" organisation "Mission locale" date yesterday note "forum preparation"',
        'log handover @Samia goal 2',
        'log list',
        'log 12',
        'log edit 12 date yesterday',
        'log undo 12',
      ],
    },
  },
  verbs,
});
