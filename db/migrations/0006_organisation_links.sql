CREATE TABLE "organisation_links" (
	"network_id" uuid NOT NULL,
	"first_org" uuid NOT NULL,
	"second_org" uuid NOT NULL,
	"first_met_on" date NOT NULL,
	CONSTRAINT "organisation_links_pkey" PRIMARY KEY("network_id","first_org","second_org"),
	CONSTRAINT "organisation_links_order_check" CHECK ("organisation_links"."first_org" < "organisation_links"."second_org")
);
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "organisation_links_stale" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_links" ADD CONSTRAINT "organisation_links_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_links" ADD CONSTRAINT "organisation_links_first_fk" FOREIGN KEY ("network_id","first_org") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_links" ADD CONSTRAINT "organisation_links_second_fk" FOREIGN KEY ("network_id","second_org") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_links_first_met_idx" ON "organisation_links" USING btree ("network_id","first_met_on");