import { z } from '@hono/zod-openapi';
import { diarySymptoms, fineRegionIds } from '../../domain/index.ts';
import {
  createEpisode,
  deleteEpisode,
  type Episode,
  listEpisodes,
  updateEpisode,
} from '../../store/episodes.ts';
import type { Store } from '../../store/open-store.ts';
import {
  Day,
  EntryMeta,
  entryMeta,
  invalidField,
  Note,
  recordEntryRoutes,
  shortText,
  ZeroToTen,
} from './record-entries.ts';

/** Task-specific triggers (REFERENCE §4.3): what the person was doing when it came on. */
export const episodeTriggers = [
  'writing',
  'speaking',
  'walking',
  'eating',
  'stress',
  'fatigue',
  'other',
] as const;

/** An episode may start a little in the future of the server's clock (clock drift), no more. */
const futureToleranceMs = 10 * 60 * 1000;

const unique = <T>(values: T[]) => [...new Set(values)];

const EpisodeInput = z
  .object({
    startedAt: z.iso
      .datetime({
        offset: true,
        message: 'Give the start with its time zone, such as 2026-11-26T14:30:00+01:00.',
      })
      .openapi({
        description:
          'When it started, with the offset of the place it happened: its date is the diary day.',
      }),
    durationMinutes: z
      .number('Give the duration in whole minutes.')
      .int('Give the duration in whole minutes.')
      .min(0, 'The duration cannot be negative.')
      .max(7 * 24 * 60, 'Keep one episode under a week; log longer spells as several.')
      .nullable()
      .default(null),
    regions: z
      .array(
        z.enum(fineRegionIds, {
          message: `Use body regions from this list: ${fineRegionIds.join(', ')}.`,
        }),
      )
      .max(fineRegionIds.length)
      .default([])
      .transform(unique)
      .openapi({ description: 'Fine body regions (the body map).' }),
    severity: ZeroToTen.openapi({ description: 'How bad, 0 (none) to 10 (worst).' }),
    pain: ZeroToTen.nullable().default(null),
    trigger: z
      .enum(episodeTriggers, {
        message: `Choose what set it off: ${episodeTriggers.join(', ')}; or leave it empty.`,
      })
      .nullable()
      .default(null),
    triggerOther: shortText('other trigger').nullable().default(null),
    sensoryTrick: shortText('sensory trick')
      .nullable()
      .default(null)
      .openapi({ description: 'A touch or movement that eased it, e.g. "hand on the chin".' }),
    sensoryTrickEffect: z
      .enum(['none', 'partial', 'complete'], {
        message: 'Say how much the trick helped: none, partial or complete.',
      })
      .nullable()
      .default(null),
    symptoms: z
      .array(
        z.enum(diarySymptoms, {
          message: `Use symptoms from this list: ${diarySymptoms.join(', ')}.`,
        }),
      )
      .max(diarySymptoms.length)
      .default([])
      .transform(unique)
      .openapi({
        description: 'Other things noticed (trouble swallowing, fever...); they feed the alerts.',
      }),
    note: Note,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.trigger === 'other' && value.triggerOther === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['triggerOther'],
        message: 'Say what the other trigger was.',
      });
    }
    if (value.trigger !== 'other' && value.triggerOther !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['triggerOther'],
        message: 'Set trigger to "other" when you describe the trigger in your own words.',
      });
    }
    if (value.sensoryTrickEffect !== null && value.sensoryTrick === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['sensoryTrick'],
        message: 'Say which sensory trick you used, or leave its effect empty.',
      });
    }
  })
  .openapi('EpisodeInput');

const EpisodeEntry = z
  .object({
    ...EntryMeta,
    startedAt: z.iso.datetime({ offset: true }),
    day: Day.openapi({ description: 'The diary day: the date of startedAt where it happened.' }),
    durationMinutes: z.number().int().nullable(),
    regions: z.array(z.enum(fineRegionIds)),
    severity: z.number().int(),
    pain: z.number().int().nullable(),
    trigger: z.enum(episodeTriggers).nullable(),
    triggerOther: z.string().nullable(),
    sensoryTrick: z.string().nullable(),
    sensoryTrickEffect: z.enum(['none', 'partial', 'complete']).nullable(),
    symptoms: z.array(z.enum(diarySymptoms)),
    note: z.string().nullable(),
  })
  .openapi('Episode');

const DateRange = z.object({
  from: Day.optional().openapi({ description: 'First diary day to include.' }),
  to: Day.optional().openapi({ description: 'Last diary day to include.' }),
});

type EpisodeInput = z.output<typeof EpisodeInput>;

/** The stored row: `day` is the date as written in startedAt, i.e. in the person's time zone. */
function toRow(input: EpisodeInput) {
  return { ...input, startedAt: new Date(input.startedAt), day: input.startedAt.slice(0, 10) };
}

function toApi(row: Episode) {
  return {
    ...entryMeta(row),
    startedAt: row.startedAt.toISOString(),
    day: row.day,
    durationMinutes: row.durationMinutes,
    regions: row.regions,
    severity: row.severity,
    pain: row.pain,
    trigger: row.trigger,
    triggerOther: row.triggerOther,
    sensoryTrick: row.sensoryTrick,
    sensoryTrickEffect: row.sensoryTrickEffect,
    symptoms: row.symptoms,
    note: row.note,
  };
}

export function episodeRoutes(store: Store) {
  return recordEntryRoutes(store, {
    path: 'episodes',
    idParam: 'episodeId',
    listKey: 'episodes',
    noun: 'episode',
    tag: 'diary',
    input: EpisodeInput,
    entry: EpisodeEntry,
    query: DateRange,
    list: (db, patientId, range) => {
      if (range.from && range.to && range.from > range.to) {
        throw invalidField('from', 'The range starts after it ends; swap from and to.', 'query');
      }
      return listEpisodes(db, patientId, range);
    },
    create: (db, patientId, input, by, id) => createEpisode(db, patientId, toRow(input), by, id),
    update: (db, patientId, id, input, by) => updateEpisode(db, patientId, id, toRow(input), by),
    remove: deleteEpisode,
    toApi,
    verify: (_scope, input, now) => {
      if (Date.parse(input.startedAt) > now.getTime() + futureToleranceMs) {
        throw invalidField(
          'startedAt',
          'The episode starts in the future. Check the date, time and time zone.',
        );
      }
    },
  });
}
