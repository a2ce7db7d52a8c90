CREATE TYPE "public"."difficulty" AS ENUM('easy', 'intermediate', 'hard');--> statement-breakpoint
CREATE TYPE "public"."gender" AS ENUM('m', 'f', 'n');--> statement-breakpoint
CREATE TYPE "public"."part_of_speech" AS ENUM('noun', 'verb', 'adjective', 'adverb');--> statement-breakpoint
CREATE TABLE "glosses" (
	"term_id" uuid NOT NULL,
	"language_code" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "glosses_term_id_language_code_pk" PRIMARY KEY("term_id","language_code")
);
--> statement-breakpoint
CREATE TABLE "languages" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"native_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"pos" "part_of_speech" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "terms_source_source_id_unique" UNIQUE("source","source_id")
);
--> statement-breakpoint
CREATE TABLE "translations" (
	"term_id" uuid NOT NULL,
	"language_code" text NOT NULL,
	"text" text NOT NULL,
	"gender" "gender",
	"difficulty" "difficulty" NOT NULL,
	CONSTRAINT "translations_term_id_language_code_pk" PRIMARY KEY("term_id","language_code")
);
--> statement-breakpoint
CREATE TABLE "vocabulary_sources" (
	"source" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"license" text NOT NULL,
	"attribution" text NOT NULL,
	"url" text
);
--> statement-breakpoint
ALTER TABLE "glosses" ADD CONSTRAINT "glosses_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glosses" ADD CONSTRAINT "glosses_language_code_languages_code_fk" FOREIGN KEY ("language_code") REFERENCES "public"."languages"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "translations" ADD CONSTRAINT "translations_term_id_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "translations" ADD CONSTRAINT "translations_language_code_languages_code_fk" FOREIGN KEY ("language_code") REFERENCES "public"."languages"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "terms_pos_idx" ON "terms" USING btree ("pos");--> statement-breakpoint
CREATE INDEX "translations_language_idx" ON "translations" USING btree ("language_code","difficulty");