CREATE TABLE "poll_options" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"votes" integer,
	CONSTRAINT "poll_options_network_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "poll_options_position_key" UNIQUE("poll_id","position")
);
--> statement-breakpoint
CREATE TABLE "poll_votes" (
	"network_id" uuid NOT NULL,
	"poll_id" uuid NOT NULL,
	"voter" text NOT NULL,
	"option_id" uuid NOT NULL,
	CONSTRAINT "poll_votes_pkey" PRIMARY KEY("poll_id","voter","option_id")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"ref" integer NOT NULL,
	"author_id" uuid,
	"question" text NOT NULL,
	"anonymous" boolean DEFAULT true NOT NULL,
	"multiple" boolean DEFAULT false NOT NULL,
	"max_choices" integer,
	"goal_id" uuid,
	"space_id" uuid,
	"channel_id" text,
	"message_ref" text,
	"closes_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"salt" text,
	"participants" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polls_network_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "polls_network_ref_key" UNIQUE("network_id","ref"),
	CONSTRAINT "polls_status_check" CHECK ("polls"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "scheduled_runs" (
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"claimed_by" text NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "scheduled_runs_pkey" PRIMARY KEY("kind","key")
);
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "poll_min_breakdown" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "poll_options" ADD CONSTRAINT "poll_options_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_options" ADD CONSTRAINT "poll_options_poll_fk" FOREIGN KEY ("network_id","poll_id") REFERENCES "public"."polls"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_poll_fk" FOREIGN KEY ("network_id","poll_id") REFERENCES "public"."polls"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_votes" ADD CONSTRAINT "poll_votes_option_fk" FOREIGN KEY ("network_id","option_id") REFERENCES "public"."poll_options"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_author_fk" FOREIGN KEY ("network_id","author_id") REFERENCES "public"."members"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_goal_fk" FOREIGN KEY ("network_id","goal_id") REFERENCES "public"."goals"("network_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "polls_open_due_idx" ON "polls" USING btree ("status","closes_at");