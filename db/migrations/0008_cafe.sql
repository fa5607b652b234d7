CREATE TABLE "cafe_group_members" (
	"network_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"introduced_at" timestamp with time zone,
	"asked_at" timestamp with time zone,
	"met" boolean,
	"answered_at" timestamp with time zone,
	CONSTRAINT "cafe_group_members_pkey" PRIMARY KEY("group_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "cafe_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"ref" integer NOT NULL,
	"exchange_id" uuid,
	CONSTRAINT "cafe_groups_network_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "cafe_groups_network_ref_key" UNIQUE("network_id","ref")
);
--> statement-breakpoint
CREATE TABLE "cafe_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"slot" timestamp with time zone NOT NULL,
	"space_id" uuid NOT NULL,
	"channel_id" text,
	"asked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cafe_rounds_network_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "cafe_rounds_network_slot_key" UNIQUE("network_id","slot")
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "cafe_opt_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "cafe_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "cafe_space_id" uuid;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "cafe_channel_id" text;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "cafe_chosen_by" uuid;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "cafe_every_weeks" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "cafe_weekday" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "cafe_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cafe_group_members" ADD CONSTRAINT "cafe_group_members_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_group_members" ADD CONSTRAINT "cafe_group_members_group_fk" FOREIGN KEY ("network_id","group_id") REFERENCES "public"."cafe_groups"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_group_members" ADD CONSTRAINT "cafe_group_members_member_fk" FOREIGN KEY ("network_id","member_id") REFERENCES "public"."members"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_groups" ADD CONSTRAINT "cafe_groups_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_groups" ADD CONSTRAINT "cafe_groups_round_fk" FOREIGN KEY ("network_id","round_id") REFERENCES "public"."cafe_rounds"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_rounds" ADD CONSTRAINT "cafe_rounds_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cafe_group_members_member_idx" ON "cafe_group_members" USING btree ("network_id","member_id");--> statement-breakpoint
CREATE INDEX "cafe_groups_round_idx" ON "cafe_groups" USING btree ("round_id");