ALTER TABLE "networks" ADD COLUMN "digest_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "cafe_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "retention_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "scheduled_runs" ADD COLUMN "network_id" uuid;--> statement-breakpoint
ALTER TABLE "scheduled_runs" ADD COLUMN "slot" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "scheduled_runs" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "scheduled_runs" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Moving the claims: each key was `<network id>:<rest>`, the rest a slot (an ISO instant), a
-- subject (a poll's or a café round's id) or a day (YYYY-MM-DD: the daily purge's, in the
-- network's time zone; a deletion's, in UTC). Failed attempts were a `#N` after claimed_by.
-- claimed_at and completed_at stay as they are: done claims stay done, unfinished ones stay
-- claimable.
UPDATE "scheduled_runs" SET
  "network_id" = split_part("key", ':', 1)::uuid,
  "subject_id" = CASE WHEN substr("key", 38) ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    THEN substr("key", 38)::uuid END,
  "slot" = CASE
    WHEN substr("key", 38) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$' THEN substr("key", 38)::timestamptz
    -- A day becomes the instant it starts, in UTC here; the purge's is moved to its zone below.
    WHEN substr("key", 38) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN (substr("key", 38) || 'T00:00:00Z')::timestamptz
  END,
  "attempts" = coalesce(substring("claimed_by" from '#([0-9]+)$')::integer, 0),
  "claimed_by" = regexp_replace("claimed_by", '#[0-9]+$', '')
WHERE "key" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:';--> statement-breakpoint
-- The daily purge's day starts at midnight in its network's zone (left in UTC for a zone this
-- server does not know, or a network gone), as the scheduler now keys it.
WITH "zones" AS MATERIALIZED (SELECT "name" FROM pg_timezone_names)
UPDATE "scheduled_runs" r SET "slot" = substr(r."key", 38)::date::timestamp AT TIME ZONE n."time_zone"
FROM "networks" n
WHERE n."id" = r."network_id" AND n."time_zone" IN (SELECT "name" FROM "zones")
  AND r."kind" = 'retention' AND substr(r."key", 38) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';--> statement-breakpoint
-- Only tests ever wrote keys of another shape: they name no run any more.
DELETE FROM "scheduled_runs" WHERE "network_id" IS NULL OR ("slot" IS NULL AND "subject_id" IS NULL);
