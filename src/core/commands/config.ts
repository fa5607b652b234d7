import { z } from 'zod';
import { isValidTimeZone } from '../args/human-date.ts';
import { type Token, tokenText } from '../args/tokenize.ts';
import { directoryMessages } from '../directory/messages.ts';
import { resolveOrganisation } from '../directory/resolve-organisation.ts';
import { joinList, t } from '../i18n/index.ts';
import { LOCALES } from '../locale.ts';
import { resolveMember } from '../members/resolve-member.ts';
import { context, fields, header, privateMessage, publicMessage, text } from '../message.ts';
import { err, ok } from '../result.ts';
import { fold } from '../text/fold.ts';
import { type CommandContext, type CommandResult, defineCommand } from './command.ts';
import { checkFreeText } from './free-text.ts';

const SETTINGS = {
  name: ['nom', 'name'],
  locale: ['langue', 'language', 'lang'],
  timeZone: ['fuseau', 'timezone', 'tz', 'fuseau-horaire'],
  facilitator: ['facilitateur', 'facilitatrice', 'facilitator'],
  merge: ['fusionner', 'merge', 'fusion'],
} as const;
const INTO = ['dans', 'into', 'vers', 'avec', 'with'];
const ADD = ['ajouter', 'add', 'nommer', '+'];
const REMOVE = ['retirer', 'remove', 'enlever', 'supprimer', '-'];

const person = z
  .array(z.custom<Token>((v) => typeof v === 'object' && v !== null && 'kind' in v))
  .min(1, 'config.error.member')
  .max(6, 'config.error.member');

const input = z.discriminatedUnion('action', [
  z.object({ action: z.literal('show') }),
  z.object({ action: z.literal('name'), value: z.string({ error: 'config.error.name' }) }),
  z.object({ action: z.literal('locale'), value: z.enum(LOCALES, { error: 'config.error.locale' }) }),
  z.object({
    action: z.literal('timeZone'),
    value: z.string({ error: 'config.error.timezone' }).refine(isValidTimeZone, 'config.error.timezone'),
  }),
  z.object({ action: z.literal('facilitator'), op: z.enum(['add', 'remove']), who: person }),
  z.object({ action: z.literal('unknown') }).refine(() => false, 'config.error.setting'),
  z.object({
    action: z.literal('merge'),
    source: z.string({ error: 'mergeUsage' }).min(1, 'mergeUsage').max(120, 'error.too-long'),
    target: z.string({ error: 'mergeUsage' }).min(1, 'mergeUsage').max(120, 'error.too-long'),
  }),
]);

function settingOf(word: string): keyof typeof SETTINGS | undefined {
  const key = fold(word);
  return (Object.keys(SETTINGS) as Array<keyof typeof SETTINGS>).find((s) =>
    (SETTINGS[s] as readonly string[]).includes(key),
  );
}

function parse(tokens: readonly Token[]): unknown {
  const [first, ...rest] = tokens;
  if (!first) return { action: 'show' };
  const setting = settingOf(tokenText(first));
  if (!setting) return { action: 'unknown' };
  if (setting === 'merge') {
    const names = rest.filter((w) => !(w.kind === 'word' && INTO.includes(fold(w.text)))).map(tokenText);
    return names.length === 2 ? { action: 'merge', source: names[0], target: names[1] } : { action: 'merge' };
  }
  if (setting === 'facilitator') {
    const [opToken, ...who] = rest;
    const op = opToken ? fold(tokenText(opToken)) : '';
    if (REMOVE.includes(op)) return { action: 'facilitator', op: 'remove', who };
    if (ADD.includes(op)) return { action: 'facilitator', op: 'add', who };
    return { action: 'facilitator', op: 'add', who: rest };
  }
  const value = rest.map(tokenText).join(' ').trim();
  return { action: setting, value: setting === 'locale' ? fold(value) : value || undefined };
}

async function show(ctx: CommandContext): Promise<CommandResult> {
  const members = await ctx.repos.members.list(ctx.network.id);
  const named = members.filter((m) => m.isFacilitator).map((m) => m.displayName);
  const facilitators = ctx.platform === 'shell' ? named : [...named, t(ctx.locale, 'config.platform-admins')];
  return ok([
    privateMessage(
      header(t(ctx.locale, 'config.title')),
      fields([
        { label: t(ctx.locale, 'config.name'), value: ctx.network.name },
        {
          label: t(ctx.locale, 'config.locale'),
          value: t(ctx.locale, `config.language.${ctx.network.locale}`),
        },
        { label: t(ctx.locale, 'config.timezone'), value: ctx.network.timeZone },
        {
          label: t(ctx.locale, 'config.facilitators'),
          value: joinList(ctx.locale, facilitators) || t(ctx.locale, 'error.no-facilitator'),
        },
      ]),
      context(t(ctx.locale, 'config.hint')),
    ),
  ]);
}

async function setFacilitator(
  ctx: CommandContext,
  op: 'add' | 'remove',
  who: readonly Token[],
): Promise<CommandResult> {
  const member = await resolveMember(ctx, who);
  if (!member.ok) return member;
  const { displayName: name, isFacilitator } = member.value;
  if (op === 'add' && isFacilitator)
    return ok([privateMessage(text(t(ctx.locale, 'config.facilitator-already', { name })))]);
  if (op === 'remove' && !isFacilitator)
    return ok([privateMessage(text(t(ctx.locale, 'config.facilitator-not', { name })))]);
  await ctx.repos.members.setFacilitator(ctx.network.id, member.value.id, op === 'add');
  const key = op === 'add' ? 'config.facilitator-added' : 'config.facilitator-removed';
  return ok([publicMessage(text(t(ctx.locale, key, { name })))]);
}

async function mergeOrganisations(
  ctx: CommandContext,
  sourceName: string,
  targetName: string,
): Promise<CommandResult> {
  const source = await resolveOrganisation(ctx, sourceName);
  if (!source.ok) return source;
  const target = await resolveOrganisation(ctx, targetName);
  if (!target.ok) return target;
  if (source.value.id === target.value.id) return err({ key: directoryMessages.mergeSame });
  await ctx.repos.organisations.merge(ctx.network.id, source.value.id, target.value.id);
  const params = { source: source.value.name, target: target.value.name };
  return ok([publicMessage(text(ctx.say(directoryMessages.merged, params)))]);
}

export const config = defineCommand({
  messages: directoryMessages,
  names: ['config', 'config', 'reglages', 'settings'],
  facilitatorOnly: true,
  help: {
    fr: {
      summary:
        'voir et modifier les réglages du réseau : nom, langue, fuseau horaire, facilitateurs ; fusionner deux structures en double.',
      usage: [
        'config',
        'config nom "NOM DU RÉSEAU"',
        'config langue fr|en',
        'config fuseau FUSEAU',
        'config facilitateur ajouter|retirer @MEMBRE',
        'config fusionner "STRUCTURE EN DOUBLE" "STRUCTURE À GARDER"',
      ],
      examples: [
        'config',
        'config nom "Réseau éducatif de Cergy"',
        'config langue en',
        'config fuseau Europe/Paris',
        'config facilitateur ajouter @Marie',
      ],
    },
    en: {
      summary:
        "see and change the network's settings: name, language, time zone, facilitators; merge duplicate organisations.",
      usage: [
        'config',
        'config name "NETWORK NAME"',
        'config language fr|en',
        'config timezone TIME_ZONE',
        'config facilitator add|remove @MEMBER',
        'config merge "DUPLICATE ORGANISATION" "ORGANISATION TO KEEP"',
      ],
      examples: [
        'config',
        'config name "Cergy education network"',
        'config language fr',
        'config timezone Europe/Paris',
        'config facilitator add @Marie',
      ],
    },
  },
  parse,
  schema: input,
  async run(ctx, args) {
    switch (args.action) {
      case 'show':
      case 'unknown':
        return show(ctx);
      case 'name': {
        const value = checkFreeText(args.value, { max: 80, confirmed: ctx.confirmed });
        if (!value.ok) return err({ ...value.error, usage: false });
        await ctx.repos.networks.update(ctx.network.id, { name: value.value });
        return ok([publicMessage(text(t(ctx.locale, 'config.name-set', { value: value.value })))]);
      }
      case 'locale':
        await ctx.repos.networks.update(ctx.network.id, { locale: args.value });
        return ok([
          publicMessage(
            text(
              t(ctx.locale, 'config.locale-set', { value: t(ctx.locale, `config.language.${args.value}`) }),
            ),
          ),
        ]);
      case 'timeZone':
        await ctx.repos.networks.update(ctx.network.id, { timeZone: args.value });
        return ok([publicMessage(text(t(ctx.locale, 'config.timezone-set', { value: args.value })))]);
      case 'facilitator':
        return setFacilitator(ctx, args.op, args.who);
      case 'merge':
        return mergeOrganisations(ctx, args.source, args.target);
    }
  },
});
