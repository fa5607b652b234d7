CREATE TABLE "glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"term" text NOT NULL,
	"term_key" text NOT NULL,
	"definition" text,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "glossary_terms_network_key" UNIQUE("network_id","term_key")
);
--> statement-breakpoint
CREATE TABLE "goal_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"author_id" uuid,
	"kind" text NOT NULL,
	"status" text,
	"text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_updates_kind_check" CHECK ("goal_updates"."kind" in ('status', 'indicator'))
);
--> statement-breakpoint
ALTER TABLE "exchanges" ADD COLUMN "ref" integer;--> statement-breakpoint
UPDATE "exchanges" SET "ref" = numbered.n FROM (SELECT "id", row_number() OVER (PARTITION BY "network_id" ORDER BY "created_at", "id") AS n FROM "exchanges") AS numbered WHERE numbered."id" = "exchanges"."id";--> statement-breakpoint
ALTER TABLE "exchanges" ALTER COLUMN "ref" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "ref" integer;--> statement-breakpoint
UPDATE "goals" SET "ref" = numbered.n FROM (SELECT "id", row_number() OVER (PARTITION BY "network_id" ORDER BY "created_at", "id") AS n FROM "goals") AS numbered WHERE numbered."id" = "goals"."id";--> statement-breakpoint
ALTER TABLE "goals" ALTER COLUMN "ref" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_author_fk" FOREIGN KEY ("network_id","author_id") REFERENCES "public"."members"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_updates" ADD CONSTRAINT "goal_updates_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_updates" ADD CONSTRAINT "goal_updates_goal_fk" FOREIGN KEY ("network_id","goal_id") REFERENCES "public"."goals"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_updates" ADD CONSTRAINT "goal_updates_author_fk" FOREIGN KEY ("network_id","author_id") REFERENCES "public"."members"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_updates_goal_idx" ON "goal_updates" USING btree ("goal_id");--> statement-breakpoint
ALTER TABLE "exchanges" ADD CONSTRAINT "exchanges_network_ref_key" UNIQUE("network_id","ref");--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_network_ref_key" UNIQUE("network_id","ref");