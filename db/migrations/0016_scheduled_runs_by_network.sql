ALTER TABLE "scheduled_runs" DROP CONSTRAINT "scheduled_runs_pkey";--> statement-breakpoint
ALTER TABLE "scheduled_runs" ALTER COLUMN "network_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "cafe_rounds_to_ask_idx" ON "cafe_rounds" USING btree ("slot") WHERE "cafe_rounds"."asked_at" is null;--> statement-breakpoint
CREATE INDEX "networks_digest_due_idx" ON "networks" USING btree ("digest_due_at") WHERE "networks"."digest_enabled" and "networks"."digest_space_id" is not null;--> statement-breakpoint
CREATE INDEX "networks_cafe_due_idx" ON "networks" USING btree ("cafe_due_at") WHERE "networks"."cafe_enabled" and "networks"."cafe_space_id" is not null;--> statement-breakpoint
CREATE INDEX "networks_retention_due_idx" ON "networks" USING btree ("retention_due_at");--> statement-breakpoint
CREATE INDEX "scheduled_runs_unfinished_idx" ON "scheduled_runs" USING btree ("claimed_at") WHERE "scheduled_runs"."completed_at" is null;--> statement-breakpoint
CREATE INDEX "spaces_network_idx" ON "spaces" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "spaces_removed_idx" ON "spaces" USING btree ("removed_at") WHERE "spaces"."removed_at" is not null;--> statement-breakpoint
ALTER TABLE "scheduled_runs" DROP COLUMN "key";--> statement-breakpoint
ALTER TABLE "scheduled_runs" ADD CONSTRAINT "scheduled_runs_run_key" UNIQUE NULLS NOT DISTINCT("network_id","kind","slot","subject_id");