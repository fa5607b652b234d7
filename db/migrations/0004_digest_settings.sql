ALTER TABLE "networks" ADD COLUMN "digest_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "digest_space_id" uuid;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "digest_channel_id" text;