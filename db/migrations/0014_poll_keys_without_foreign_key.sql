-- Closing a poll rewrites poll_keys and puts the other keys back: their foreign key locked
-- the other polls' rows, which a concurrent closer holds (a deadlock between replicas).
ALTER TABLE "poll_keys" DROP CONSTRAINT "poll_keys_poll_fk";
