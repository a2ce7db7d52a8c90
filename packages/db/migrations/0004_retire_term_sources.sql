ALTER TABLE "glosses" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "glosses" CASCADE;--> statement-breakpoint
ALTER TABLE "terms" DROP CONSTRAINT "terms_source_source_id_unique";--> statement-breakpoint
ALTER TABLE "terms" DROP COLUMN "source";--> statement-breakpoint
ALTER TABLE "terms" DROP COLUMN "source_id";