-- Poll keys live in an UNLOGGED table: never written to the WAL, and rewritten away when a
-- poll closes (see db/schema.ts). Open anonymous polls keep their former salt as their key
-- (scheme 1) until they close.
CREATE UNLOGGED TABLE "poll_keys" (
	"poll_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"key" "bytea" NOT NULL,
	"scheme" integer DEFAULT 2 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "poll_keys" ADD CONSTRAINT "poll_keys_poll_fk" FOREIGN KEY ("network_id","poll_id") REFERENCES "public"."polls"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
INSERT INTO "poll_keys" ("poll_id", "network_id", "key", "scheme")
  SELECT "id", "network_id", convert_to("salt", 'UTF8'), 1 FROM "polls"
  WHERE "status" = 'open' AND "anonymous" AND "salt" IS NOT NULL;--> statement-breakpoint
UPDATE "polls" SET "salt" = NULL WHERE "salt" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "polls" DROP COLUMN "salt";
