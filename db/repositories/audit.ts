// The audit trail of facilitator actions (`config journal`). Names are read at listing
// time from the members table, so a forgotten member shows as the former member.

import { and, count, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AuditRepository } from '../../src/core/ports.ts';
import type { Database } from '../client.ts';
import { auditEntries, members } from '../schema.ts';

type Details = Readonly<Record<string, string | number | boolean | null>>;

export function auditRepository(db: Database): AuditRepository {
  return {
    async record(networkId, entry) {
      await db.insert(auditEntries).values({
        networkId,
        at: entry.at,
        actorId: entry.actorId,
        action: entry.action,
        subjectMemberId: entry.subjectMemberId ?? null,
        details: entry.details ?? {},
      });
    },

    async list(networkId, page) {
      const actor = alias(members, 'actor');
      const subject = alias(members, 'subject');
      const rows = await db
        .select({
          entry: auditEntries,
          actorName: actor.displayName,
          subjectName: subject.displayName,
        })
        .from(auditEntries)
        .leftJoin(actor, and(eq(actor.networkId, auditEntries.networkId), eq(actor.id, auditEntries.actorId)))
        .leftJoin(
          subject,
          and(eq(subject.networkId, auditEntries.networkId), eq(subject.id, auditEntries.subjectMemberId)),
        )
        .where(eq(auditEntries.networkId, networkId))
        .orderBy(desc(auditEntries.at), desc(auditEntries.id))
        .limit(page.limit)
        .offset(page.offset);
      const [total] = await db
        .select({ n: count() })
        .from(auditEntries)
        .where(eq(auditEntries.networkId, networkId));
      return {
        total: total?.n ?? 0,
        entries: rows.map(({ entry, actorName, subjectName }) => ({
          id: entry.id,
          at: entry.at,
          actorId: entry.actorId,
          actorName,
          action: entry.action,
          subjectMemberId: entry.subjectMemberId,
          subjectName,
          details: entry.details as Details,
        })),
      };
    },
  };
}
