// The exchange log: one line records that members or organisations worked together, the
// people named are told privately and may take their name off. See src/core/exchanges/.
import { parseHumanDate, zonedDay } from '../args/human-date.ts';
import { readRef } from '../args/ref.ts';
import { parseThemes } from '../directory/parse-themes.ts';
import { resolveOrganisation } from '../directory/resolve-organisation.ts';
import { exchangeArgs, exchangeRef, MAX_NOTE, MAX_PARTICIPANTS } from '../exchanges/exchange-args.ts';
import { exchangeMessages as m } from '../exchanges/messages.ts';
import { exchangeSummary, formatDay } from '../exchanges/render-exchange.ts';
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

/** One year back at most: today's date a year ago (28 February for a 29 February). */
function sameDayAYearAgo(today: string): string {
  const [year, month, day] = today.split('-');
  return `${Number(year) - 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}

function occurredOn(ctx: CommandContext, written: string | undefined): Result<string, Failure> {
  const today = zonedDay(ctx.now, ctx.network.timeZone);
  if (written === undefined) return ok(today);
  const parsed = parseHumanDate(written, { now: ctx.now, timeZone: ctx.network.timeZone, prefer: 'past' });
  if (!parsed.ok) return err({ key: m.badDate, params: { date: written } });
  const day = zonedDay(parsed.value.at, ctx.network.timeZone);
  const shown = formatDay(day, ctx.network.timeZone, ctx.locale);
  if (day > today) return err({ key: m.futureDate, params: { date: shown } });
  if (day < sameDayAYearAgo(today)) return err({ key: m.tooOld, params: { date: shown } });
  return ok(day);
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
    const ref = readRef(draft.goalRef);
    const goal = ref === undefined ? undefined : await ctx.repos.goals.getByRef(ctx.network.id, ref);
    if (!goal) return err({ key: m.unknownGoal, params: { ref: draft.goalRef } });
    goalId = goal.id;
    goalRef = goal.ref;
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
    names: ['annuler', 'undo', 'supprimer', 'delete'],
    help: { fr: 'Supprimer un échange noté', en: 'Delete an exchange you logged' },
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
  if (!view) return err({ key: m.unknownExchange, params: { ref: refNumber } });
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
        'log undo 12',
      ],
    },
  },
  verbs,
});
