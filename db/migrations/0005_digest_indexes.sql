CREATE INDEX "exchange_participants_member_idx" ON "exchange_participants" USING btree ("network_id","member_id");--> statement-breakpoint
CREATE INDEX "exchange_participants_organisation_idx" ON "exchange_participants" USING btree ("network_id","organisation_id");--> statement-breakpoint
CREATE INDEX "exchanges_network_author_idx" ON "exchanges" USING btree ("network_id","author_id","occurred_on");--> statement-breakpoint
CREATE INDEX "exchanges_network_goal_idx" ON "exchanges" USING btree ("network_id","goal_id","occurred_on") WHERE "exchanges"."goal_id" is not null;--> statement-breakpoint
CREATE INDEX "goal_updates_network_created_idx" ON "goal_updates" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE INDEX "members_network_organisation_idx" ON "members" USING btree ("network_id","organisation_id");--> statement-breakpoint
CREATE INDEX "members_network_created_idx" ON "members" USING btree ("network_id","created_at");--> statement-breakpoint
CREATE INDEX "polls_network_closed_idx" ON "polls" USING btree ("network_id","closed_at");