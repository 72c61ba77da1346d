import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDay } from '../../format/dates.ts';
import { adherence, sessionCount } from './amounts.ts';
import { bindField, optionalText, typedNumber } from './entry-form.tsx';
import { NoteField } from './note-field.tsx';
import { localDay, type Therapy, type TherapyKind, therapyKinds } from './treatment-records.ts';
import { TreatmentSection } from './treatment-section.tsx';
import { useTreatmentRecords } from './use-treatment-records.ts';

interface TherapyDraft {
  kind: TherapyKind | '';
  startedOn: string;
  stoppedOn: string;
  sessionsAttended: string;
  homeExerciseAdherencePercent: string;
  note: string;
}

/** Physiotherapy, speech and occupational therapy: sessions attended and home exercises done. */
export function TherapiesSection({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const records = useTreatmentRecords<Therapy>(patientId, 'therapies', 'therapies');
  const day = (value: string) => formatDay(value, i18n.language);

  return (
    <TreatmentSection<Therapy, TherapyDraft>
      kind="therapy"
      patientId={patientId}
      records={records}
      emptyDraft={() => ({
        kind: '',
        startedOn: localDay(),
        stoppedOn: '',
        sessionsAttended: '',
        homeExerciseAdherencePercent: '',
        note: '',
      })}
      fromEntry={(entry) => ({
        kind: entry.kind,
        startedOn: entry.startedOn,
        stoppedOn: entry.stoppedOn ?? '',
        sessionsAttended: entry.sessionsAttended === null ? '' : String(entry.sessionsAttended),
        homeExerciseAdherencePercent:
          entry.homeExerciseAdherencePercent === null
            ? ''
            : String(entry.homeExerciseAdherencePercent),
        note: entry.note ?? '',
      })}
      toBody={(draft) => ({
        kind: draft.kind,
        startedOn: draft.startedOn,
        stoppedOn: draft.stoppedOn || null,
        sessionsAttended: typedNumber(draft.sessionsAttended),
        homeExerciseAdherencePercent: typedNumber(draft.homeExerciseAdherencePercent),
        note: optionalText(draft.note),
      })}
      fields={(draft, setDraft, problem) => {
        const field = bindField(draft, setDraft, problem);
        return (
          <>
            <ChoiceGroup<TherapyKind>
              label={t('treatments.therapy.kind')}
              {...field('kind')}
              options={therapyKinds.map((kind) => ({
                value: kind,
                label: t(`treatments.therapy.kinds.${kind}`),
              }))}
            />
            <TextField
              label={t('treatments.therapy.startedOn')}
              type="date"
              {...field('startedOn')}
            />
            <TextField
              label={t('treatments.therapy.stoppedOn')}
              hint={t('treatments.therapy.stoppedOnHint')}
              type="date"
              {...field('stoppedOn')}
            />
            <TextField
              label={t('treatments.therapy.sessionsAttended')}
              inputMode="numeric"
              autoComplete="off"
              {...field('sessionsAttended')}
            />
            <TextField
              label={t('treatments.therapy.adherence')}
              hint={t('treatments.therapy.adherenceHint')}
              inputMode="numeric"
              autoComplete="off"
              value={draft.homeExerciseAdherencePercent}
              onChange={(homeExerciseAdherencePercent) =>
                setDraft({ ...draft, homeExerciseAdherencePercent })
              }
              error={problem?.fieldMessage('homeExerciseAdherencePercent')}
            />
            <NoteField label={t('treatments.note')} {...field('note')} />
          </>
        );
      }}
      name={(entry) =>
        t('treatments.therapy.name', {
          kind: t(`treatments.therapy.kinds.${entry.kind}`),
          date: day(entry.startedOn),
        })
      }
      describe={(entry) => (
        <>
          <p className="card-title">{t(`treatments.therapy.kinds.${entry.kind}`)}</p>
          <p>
            {entry.stoppedOn
              ? t('treatments.therapy.fromTo', {
                  from: day(entry.startedOn),
                  to: day(entry.stoppedOn),
                })
              : t('treatments.therapy.since', { date: day(entry.startedOn) })}
          </p>
          {(entry.sessionsAttended !== null || entry.homeExerciseAdherencePercent !== null) && (
            <p>
              {[
                entry.sessionsAttended !== null
                  ? sessionCount(t, entry.sessionsAttended, i18n.language)
                  : '',
                entry.homeExerciseAdherencePercent !== null
                  ? adherence(t, entry.homeExerciseAdherencePercent, i18n.language)
                  : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          {entry.note && <p className="entry-note">{entry.note}</p>}
        </>
      )}
    />
  );
}
