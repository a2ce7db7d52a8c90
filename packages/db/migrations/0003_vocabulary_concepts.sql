CREATE TABLE "vocabulary_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"digest" text NOT NULL,
	"seeded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vocabulary_state_single_row" CHECK ("vocabulary_state"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "translations" DROP CONSTRAINT "translations_term_id_language_code_pk";--> statement-breakpoint
ALTER TABLE "translations" ADD CONSTRAINT "translations_term_id_language_code_text_pk" PRIMARY KEY("term_id","language_code","text");--> statement-breakpoint
-- Terms of earlier vocabularies keep an id derived from their old (source, source_id), so
-- the next seed can retire them; nothing that refers to a term loses it.
ALTER TABLE "terms" ADD COLUMN "key" text;--> statement-breakpoint
UPDATE "terms" SET "key" = "source" || '/' || "source_id";--> statement-breakpoint
ALTER TABLE "terms" ALTER COLUMN "key" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "terms" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "translations" ADD COLUMN "position" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "translations" ADD COLUMN "plural" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "translations" ADD COLUMN "hint" text;--> statement-breakpoint
ALTER TABLE "translations" ADD COLUMN "offensive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "translations" ADD COLUMN "source" text;--> statement-breakpoint
UPDATE "translations" SET "source" = "terms"."source" FROM "terms" WHERE "terms"."id" = "translations"."term_id";--> statement-breakpoint
ALTER TABLE "translations" ADD CONSTRAINT "translations_source_vocabulary_sources_source_fk" FOREIGN KEY ("source") REFERENCES "public"."vocabulary_sources"("source") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "terms" ADD CONSTRAINT "terms_key_unique" UNIQUE("key");--> statement-breakpoint
ALTER TABLE "translations" ADD CONSTRAINT "translations_position_check" CHECK ("translations"."position" >= 0);