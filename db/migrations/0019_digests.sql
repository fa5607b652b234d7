CREATE TABLE "digests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"ref" integer NOT NULL,
	"slot" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"previous_start" timestamp with time zone NOT NULL,
	"previous_end" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digests_network_ref_key" UNIQUE("network_id","ref"),
	CONSTRAINT "digests_network_slot_key" UNIQUE("network_id","slot"),
	CONSTRAINT "digests_kind_check" CHECK ("digests"."kind" in ('week', 'month', 'quarter', 'days'))
);
--> statement-breakpoint
ALTER TABLE "digests" ADD CONSTRAINT "digests_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;