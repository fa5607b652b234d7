ALTER TABLE "cafe_group_members" DROP CONSTRAINT "cafe_group_members_network_id_networks_id_fk";
--> statement-breakpoint
ALTER TABLE "cafe_groups" DROP CONSTRAINT "cafe_groups_network_id_networks_id_fk";
