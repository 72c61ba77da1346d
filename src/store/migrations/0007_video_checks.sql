CREATE TABLE "video_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"software_version" text NOT NULL,
	"measurements" jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "video_checks_measurements_object" CHECK (jsonb_typeof("video_checks"."measurements") = 'object')
);
--> statement-breakpoint
ALTER TABLE "video_checks" ADD CONSTRAINT "video_checks_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_checks" ADD CONSTRAINT "video_checks_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "video_checks_patient_idx" ON "video_checks" USING btree ("patient_id","measured_on");