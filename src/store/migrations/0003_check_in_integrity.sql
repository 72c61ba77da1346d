-- Added by hand (drizzle-kit cannot express it): clear recorded_by where it names an account
-- that no longer exists, so the new foreign key can be added to an existing database.
UPDATE "check_ins" SET "recorded_by" = NULL WHERE "recorded_by" IS NOT NULL AND "recorded_by" NOT IN (SELECT "id" FROM "users");--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_severity_range" CHECK ("check_ins"."severity" between 0 and 10);--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_pain_range" CHECK ("check_ins"."pain" between 0 and 10);--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_function_range" CHECK ("check_ins"."function" between 0 and 10);