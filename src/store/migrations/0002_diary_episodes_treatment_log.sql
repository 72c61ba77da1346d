CREATE TABLE "adverse_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"toxin_session_id" uuid,
	"kind" text NOT NULL,
	"kind_other" text,
	"onset_on" date NOT NULL,
	"severity" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "adverse_events_other_kind_named" CHECK (("adverse_events"."kind" = 'other') = ("adverse_events"."kind_other" is not null))
);
--> statement-breakpoint
CREATE TABLE "check_in_reminders" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"dismissed_on" date NOT NULL,
	"dismissed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dbs_setting_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"changed_on" date NOT NULL,
	"settings" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"duration_minutes" integer,
	"regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"severity" integer NOT NULL,
	"pain" integer,
	"trigger" text,
	"trigger_other" text,
	"sensory_trick" text,
	"sensory_trick_effect" text,
	"symptoms" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "episodes_severity_range" CHECK ("episodes"."severity" between 0 and 10),
	CONSTRAINT "episodes_pain_range" CHECK ("episodes"."pain" between 0 and 10),
	CONSTRAINT "episodes_duration_non_negative" CHECK ("episodes"."duration_minutes" >= 0),
	CONSTRAINT "episodes_other_trigger_named" CHECK (("episodes"."trigger" is not distinct from 'other') = ("episodes"."trigger_other" is not null))
);
--> statement-breakpoint
CREATE TABLE "medications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"name" text NOT NULL,
	"dose" numeric(12, 3),
	"unit" text,
	"frequency" text,
	"started_on" date NOT NULL,
	"stopped_on" date,
	"why_stopped" text,
	"indication" text,
	"dopamine_blocker" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "medications_dose_positive" CHECK ("medications"."dose" > 0),
	CONSTRAINT "medications_stopped_after_start" CHECK ("medications"."stopped_on" >= "medications"."started_on")
);
--> statement-breakpoint
CREATE TABLE "surgeries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"performed_on" date NOT NULL,
	"kind" text NOT NULL,
	"kind_other" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "surgeries_other_kind_named" CHECK (("surgeries"."kind" = 'other') = ("surgeries"."kind_other" is not null))
);
--> statement-breakpoint
CREATE TABLE "therapies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_on" date NOT NULL,
	"stopped_on" date,
	"sessions_attended" integer,
	"home_exercise_adherence_percent" integer,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "therapies_sessions_non_negative" CHECK ("therapies"."sessions_attended" >= 0),
	CONSTRAINT "therapies_adherence_percent" CHECK ("therapies"."home_exercise_adherence_percent" between 0 and 100),
	CONSTRAINT "therapies_stopped_after_start" CHECK ("therapies"."stopped_on" >= "therapies"."started_on")
);
--> statement-breakpoint
CREATE TABLE "toxin_injections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"muscle" text NOT NULL,
	"side" text,
	"units" numeric(10, 2) NOT NULL,
	CONSTRAINT "toxin_injections_units_non_negative" CHECK ("toxin_injections"."units" >= 0)
);
--> statement-breakpoint
CREATE TABLE "toxin_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"session_date" date NOT NULL,
	"product" text NOT NULL,
	"total_units" numeric(10, 2) NOT NULL,
	"total_units_note" text,
	"lot" text,
	"injector" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "toxin_sessions_total_positive" CHECK ("toxin_sessions"."total_units" > 0)
);
--> statement-breakpoint
ALTER TABLE "adverse_events" ADD CONSTRAINT "adverse_events_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adverse_events" ADD CONSTRAINT "adverse_events_toxin_session_id_toxin_sessions_id_fk" FOREIGN KEY ("toxin_session_id") REFERENCES "public"."toxin_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adverse_events" ADD CONSTRAINT "adverse_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_reminders" ADD CONSTRAINT "check_in_reminders_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dbs_setting_changes" ADD CONSTRAINT "dbs_setting_changes_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dbs_setting_changes" ADD CONSTRAINT "dbs_setting_changes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medications" ADD CONSTRAINT "medications_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surgeries" ADD CONSTRAINT "surgeries_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surgeries" ADD CONSTRAINT "surgeries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapies" ADD CONSTRAINT "therapies_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapies" ADD CONSTRAINT "therapies_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toxin_injections" ADD CONSTRAINT "toxin_injections_session_id_toxin_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."toxin_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toxin_sessions" ADD CONSTRAINT "toxin_sessions_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toxin_sessions" ADD CONSTRAINT "toxin_sessions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adverse_events_patient_idx" ON "adverse_events" USING btree ("patient_id","onset_on");--> statement-breakpoint
CREATE INDEX "dbs_setting_changes_patient_idx" ON "dbs_setting_changes" USING btree ("patient_id","changed_on");--> statement-breakpoint
CREATE INDEX "episodes_patient_day_idx" ON "episodes" USING btree ("patient_id","day");--> statement-breakpoint
CREATE INDEX "medications_patient_idx" ON "medications" USING btree ("patient_id","started_on");--> statement-breakpoint
CREATE INDEX "surgeries_patient_idx" ON "surgeries" USING btree ("patient_id","performed_on");--> statement-breakpoint
CREATE INDEX "therapies_patient_idx" ON "therapies" USING btree ("patient_id","started_on");--> statement-breakpoint
CREATE UNIQUE INDEX "toxin_injections_session_position_key" ON "toxin_injections" USING btree ("session_id","position");--> statement-breakpoint
CREATE INDEX "toxin_sessions_patient_idx" ON "toxin_sessions" USING btree ("patient_id","session_date");