// discord.js 14.28 builds an interaction inside its gateway handler, where a malformed
// INTERACTION_CREATE (no `authorizing_integration_owners`, no `entitlements`, no user…)
// throws and takes the whole process down. The `raw` event fires just before that
// handler, on the same packet object: this guard repairs what has a harmless default and
// drops (renames, so no handler runs) what cannot be answered anyway.
import type { Client } from 'discord.js';
import type { Logger } from '../../src/core/public.ts';

type Json = Record<string, unknown>;

export type Verdict =
  | { kind: 'ok' }
  | { kind: 'repaired'; fields: string[] }
  | { kind: 'dropped'; reason: string };

export const DROPPED = 'MAILLAGE_DROPPED_INTERACTION';

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

function userOf(d: Json): Json | undefined {
  if (isObject(d.member)) return isObject(d.member.user) ? d.member.user : undefined;
  return isObject(d.user) ? d.user : undefined;
}

/** Why discord.js could not build this interaction, if it could not. */
function problem(d: Json): string | undefined {
  if (!isString(d.id) || !isString(d.token) || !isString(d.application_id)) return 'id, token or application';
  if (typeof d.type !== 'number') return 'type';
  if (!isString(userOf(d)?.id)) return 'user';
  if (d.channel !== undefined && !(isObject(d.channel) && isString(d.channel.id))) return 'channel';
  if (d.type === 1) return undefined;
  if (!isObject(d.data)) return 'data';
  if (d.data.options !== undefined && !Array.isArray(d.data.options)) return 'options';
  if (d.data.resolved !== undefined && !isObject(d.data.resolved)) return 'resolved';
  if ((d.type === 2 || d.type === 4) && (!isString(d.data.name) || typeof d.data.type !== 'number'))
    return 'command';
  if (d.type === 3 && (!isString(d.data.custom_id) || typeof d.data.component_type !== 'number'))
    return 'component';
  if (d.type === 5 && (!isString(d.data.custom_id) || !Array.isArray(d.data.components))) return 'modal';
  return undefined;
}

/** Checks an INTERACTION_CREATE payload, repairing it in place when a default will do. */
export function guardInteraction(d: unknown): Verdict {
  if (!isObject(d)) return { kind: 'dropped', reason: 'payload' };
  const reason = problem(d);
  if (reason) return { kind: 'dropped', reason };
  const fields: string[] = [];
  if (!isObject(d.authorizing_integration_owners)) {
    d.authorizing_integration_owners = {};
    fields.push('authorizing_integration_owners');
  }
  if (!Array.isArray(d.entitlements)) {
    d.entitlements = [];
    fields.push('entitlements');
  }
  if (!isString(d.app_permissions)) {
    d.app_permissions = '0';
    fields.push('app_permissions');
  }
  return fields.length > 0 ? { kind: 'repaired', fields } : { kind: 'ok' };
}

export function installPacketGuard(client: Client, logger: Logger): void {
  client.on('raw', (packet: { t?: string | null; d?: unknown }) => {
    if (packet?.t !== 'INTERACTION_CREATE') return;
    try {
      const verdict = guardInteraction(packet.d);
      if (verdict.kind === 'repaired')
        logger.warn({ fields: verdict.fields }, 'repaired a malformed interaction');
      if (verdict.kind === 'dropped') {
        packet.t = DROPPED;
        logger.warn({ reason: verdict.reason }, 'dropped a malformed interaction');
      }
    } catch {
      packet.t = DROPPED;
      logger.warn({ reason: 'unreadable' }, 'dropped a malformed interaction');
    }
  });
}
