ALTER TYPE "public"."lobby_status" ADD VALUE 'abandoned';--> statement-breakpoint
CREATE TABLE "match_results" (
	"match_id" uuid NOT NULL,
	"lobby_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"score" integer NOT NULL,
	"rank" integer NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	CONSTRAINT "match_results_match_id_user_id_pk" PRIMARY KEY("match_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "match_results" ADD CONSTRAINT "match_results_lobby_id_lobbies_id_fk" FOREIGN KEY ("lobby_id") REFERENCES "public"."lobbies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_results_lobby_idx" ON "match_results" USING btree ("lobby_id");--> statement-breakpoint
CREATE INDEX "match_results_user_idx" ON "match_results" USING btree ("user_id");