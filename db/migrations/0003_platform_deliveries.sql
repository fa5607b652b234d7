CREATE TABLE "processed_deliveries" (
	"key" text PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "processed_deliveries_received_idx" ON "processed_deliveries" USING btree ("received_at");