ALTER TABLE "polls" ADD COLUMN "min_breakdown" integer;--> statement-breakpoint
-- Polls already there keep the threshold they were held to until now: a later lowering
-- must not show their breakdown.
UPDATE "polls" SET "min_breakdown" = "networks"."poll_min_breakdown" FROM "networks" WHERE "networks"."id" = "polls"."network_id";
