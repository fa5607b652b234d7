// The network's own settings (`config`, `config nom|langue|fuseau|facilitateur|fusionner`):
// the overview, and each change, audited in the command's transaction.

import { canonicalTimeZone, isValidTimeZone } from '../args/zoned-time.ts';
import { auditMessages as am } from '../audit/messages.ts';
import { audit } from '../audit/record-audit.ts';
import type { CommandContext, CommandResult } from '../commands/command.ts';
import { checkFreeText } from '../commands/free-text.ts';
import { directoryMessages } from '../directory/messages.ts';
import { organisationMessages } from '../directory/organisation-messages.ts';
import { resolveOrganisation } from '../directory/resolve-organisation.ts';
import type { MemberRef } from '../grammar/spec.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../locale.ts';
import { facilitatorList } from '../members/facilitators.ts';
import { resolveMemberRef } from '../members/resolve-member.ts';
import { context, fields, header, privateMessage, publicMessage, text } from '../message.ts';
import { err, ok } from '../result.ts';
import { duration } from './retention.ts';
import { thresholdMessages as tm } from './threshold.ts';

export async function showSettings(ctx: CommandContext): Promise<CommandResult> {
  const members = await ctx.repos.members.list(ctx.network.id);
  const { network } = ctx;
  return ok([
    privateMessage(
      header(t(ctx.locale, 'config.title')),
      fields([
        { label: t(ctx.locale, 'config.name'), value: network.name },
        { label: t(ctx.locale, 'config.locale'), value: t(ctx.locale, `config.language.${network.locale}`) },
        { label: t(ctx.locale, 'config.timezone'), value: network.timeZone },
        {
          label: t(ctx.locale, 'config.facilitators'),
          value: facilitatorList(members, ctx.locale, ctx.platform),
        },
        {
          label: ctx.say(am.retentionLabel),
          value: ctx.say(duration(network.retentionMonths)),
        },
        {
          label: ctx.say(tm.thresholdLabel),
          value: ctx.say(tm.thresholdValue, { min: network.pollMinBreakdown }),
        },
      ]),
      context(ctx.say(am.settingsHint)),
    ),
  ]);
}

export async function setName(ctx: CommandContext, typed: string): Promise<CommandResult> {
  const value = checkFreeText(typed, { max: 80, confirmed: ctx.confirmed });
  if (!value.ok) return err({ ...value.error, usage: false });
  const from = ctx.network.name;
  await ctx.repos.networks.update(ctx.network.id, { name: value.value });
  if (from !== value.value) await audit(ctx, 'network.name', { from, to: value.value });
  return ok([publicMessage(text(t(ctx.locale, 'config.name-set', { value: value.value })))]);
}

export async function setLocale(ctx: CommandContext, value: Locale): Promise<CommandResult> {
  const from = ctx.network.locale;
  await ctx.repos.networks.update(ctx.network.id, { locale: value });
  if (from !== value) await audit(ctx, 'network.locale', { from, to: value });
  const language = t(ctx.locale, `config.language.${value}`);
  return ok([publicMessage(text(t(ctx.locale, 'config.locale-set', { value: language })))]);
}

export async function setTimeZone(ctx: CommandContext, typed: string): Promise<CommandResult> {
  if (!isValidTimeZone(typed)) return err({ key: 'config.error.timezone' });
  // Stored and audited as the zone's canonical name, whatever the case it was typed in.
  const value = canonicalTimeZone(typed) ?? typed;
  const from = ctx.network.timeZone;
  await ctx.repos.networks.update(ctx.network.id, { timeZone: value });
  if (from !== value) await audit(ctx, 'network.timezone', { from, to: value });
  return ok([publicMessage(text(t(ctx.locale, 'config.timezone-set', { value })))]);
}

export async function setFacilitator(
  ctx: CommandContext,
  op: 'add' | 'remove',
  who: MemberRef,
): Promise<CommandResult> {
  const member = await resolveMemberRef(ctx, who);
  if (!member.ok) return member;
  const { id, displayName: name, isFacilitator } = member.value;
  if (op === 'add' && isFacilitator)
    return ok([privateMessage(text(t(ctx.locale, 'config.facilitator-already', { name })))]);
  if (op === 'remove' && !isFacilitator)
    return ok([privateMessage(text(t(ctx.locale, 'config.facilitator-not', { name })))]);
  await ctx.repos.members.setFacilitator(ctx.network.id, id, op === 'add');
  await audit(ctx, op === 'add' ? 'facilitator.added' : 'facilitator.removed', {}, id);
  const key = op === 'add' ? 'config.facilitator-added' : 'config.facilitator-removed';
  return ok([publicMessage(text(t(ctx.locale, key, { name })))]);
}

export async function mergeOrganisations(
  ctx: CommandContext,
  sourceName: string,
  targetName: string,
): Promise<CommandResult> {
  const source = await resolveOrganisation(ctx, sourceName);
  if (!source.ok) return source;
  const target = await resolveOrganisation(ctx, targetName);
  if (!target.ok) return target;
  if (source.value.id === target.value.id) return err({ key: directoryMessages.mergeSame });
  // Two types are two organisations more often than one written twice: ask before merging.
  const [sourceType, targetType] = [source.value.typeCode, target.value.typeCode];
  if (sourceType !== targetType && !ctx.confirmed) {
    const params = { source: source.value.name, target: target.value.name, sourceType, targetType };
    return err({ key: organisationMessages.mergeTypes, params, confirmable: true });
  }
  await ctx.repos.organisations.merge(ctx.network.id, source.value.id, target.value.id);
  const params = { source: source.value.name, target: target.value.name };
  await audit(ctx, 'organisations.merged', params);
  return ok([publicMessage(text(ctx.say(directoryMessages.merged, params)))]);
}
