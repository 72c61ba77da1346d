-- Video checks kept before `tremor.lookedFor` existed were all looked for (the page offered
-- Keep only after measuring); say so, so that they read as measured and their notes can be
-- changed (a note change resends the measurements as stored).
UPDATE "video_checks"
SET "measurements" = jsonb_set("measurements", '{tremor,lookedFor}', 'true'::jsonb)
WHERE jsonb_typeof("measurements"->'tremor') = 'object'
  AND NOT ("measurements"->'tremor' ? 'lookedFor');
