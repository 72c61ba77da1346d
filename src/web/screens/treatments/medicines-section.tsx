import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/text-field.tsx';
import { formatDay } from '../../format/dates.ts';
import { doseAmount } from './amounts.ts';
import { bindField, optionalText, typedNumber } from './entry-form.tsx';
import { NoteField } from './note-field.tsx';
import { SelectField } from './select-field.tsx';
import { type DoseUnit, doseUnits, localDay, type Medicine } from './treatment-records.ts';
import { TreatmentSection } from './treatment-section.tsx';
import { useTreatmentRecords } from './use-treatment-records.ts';

interface MedicineDraft {
  name: string;
  dose: string;
  unit: DoseUnit | '';
  frequency: string;
  startedOn: string;
  stoppedOn: string;
  whyStopped: string;
  indication: string;
  dopamineBlocker: boolean;
  note: string;
}

/** Medicines taken by mouth or otherwise: name, dose with its unit, how often, start and stop. */
export function MedicinesSection({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const records = useTreatmentRecords<Medicine>(patientId, 'medications', 'medications');
  const blockerId = useId();
  const day = (value: string) => formatDay(value, i18n.language);

  return (
    <TreatmentSection<Medicine, MedicineDraft>
      kind="medicine"
      patientId={patientId}
      records={records}
      emptyDraft={() => ({
        name: '',
        dose: '',
        unit: '',
        frequency: '',
        startedOn: localDay(),
        stoppedOn: '',
        whyStopped: '',
        indication: '',
        dopamineBlocker: false,
        note: '',
      })}
      fromEntry={(entry) => ({
        name: entry.name,
        dose: entry.dose === null ? '' : String(entry.dose),
        unit: entry.unit ?? '',
        frequency: entry.frequency ?? '',
        startedOn: entry.startedOn,
        stoppedOn: entry.stoppedOn ?? '',
        whyStopped: entry.whyStopped ?? '',
        indication: entry.indication ?? '',
        dopamineBlocker: entry.dopamineBlocker,
        note: entry.note ?? '',
      })}
      toBody={(draft) => ({
        name: draft.name.trim(),
        dose: typedNumber(draft.dose),
        unit: draft.unit === '' ? null : draft.unit,
        frequency: optionalText(draft.frequency),
        startedOn: draft.startedOn,
        stoppedOn: draft.stoppedOn || null,
        whyStopped: optionalText(draft.whyStopped),
        indication: optionalText(draft.indication),
        dopamineBlocker: draft.dopamineBlocker,
        note: optionalText(draft.note),
      })}
      fields={(draft, setDraft, problem) => {
        const field = bindField(draft, setDraft, problem);
        return (
          <>
            <TextField label={t('treatments.medicine.nameLabel')} {...field('name')} />
            <div className="field-pair">
              <TextField
                label={t('treatments.medicine.dose')}
                inputMode="decimal"
                autoComplete="off"
                {...field('dose')}
              />
              <SelectField<DoseUnit | ''>
                label={t('treatments.medicine.unit')}
                {...field('unit')}
                options={[
                  { value: '', label: t('treatments.medicine.chooseUnit') },
                  ...doseUnits.map((unit) => ({
                    value: unit,
                    label: t(`treatments.medicine.units.${unit}`),
                  })),
                ]}
              />
            </div>
            <TextField
              label={t('treatments.medicine.frequency')}
              hint={t('treatments.medicine.frequencyHint')}
              {...field('frequency')}
            />
            <TextField
              label={t('treatments.medicine.startedOn')}
              type="date"
              {...field('startedOn')}
            />
            <TextField
              label={t('treatments.medicine.stoppedOn')}
              hint={t('treatments.medicine.stoppedOnHint')}
              type="date"
              {...field('stoppedOn')}
            />
            <TextField label={t('treatments.medicine.whyStopped')} {...field('whyStopped')} />
            <details
              className="more-details"
              open={
                draft.indication !== '' || draft.note !== '' || draft.dopamineBlocker || undefined
              }
            >
              <summary>{t('treatments.medicine.more')}</summary>
              <TextField label={t('treatments.medicine.indication')} {...field('indication')} />
              <label className="check-field">
                <input
                  type="checkbox"
                  checked={draft.dopamineBlocker}
                  onChange={(event) =>
                    setDraft({ ...draft, dopamineBlocker: event.target.checked })
                  }
                  aria-describedby={`${blockerId}-hint`}
                />
                <span>{t('treatments.medicine.dopamineBlocker')}</span>
              </label>
              <p id={`${blockerId}-hint`} className="field-hint">
                {t('treatments.medicine.dopamineBlockerHint')}
              </p>
              <NoteField label={t('treatments.note')} {...field('note')} />
            </details>
          </>
        );
      }}
      name={(entry) =>
        t('treatments.medicine.name', { name: entry.name, date: day(entry.startedOn) })
      }
      describe={(entry) => (
        <>
          <p className="card-title">
            {[
              entry.name,
              entry.dose !== null && entry.unit !== null
                ? doseAmount(t, entry.dose, entry.unit, i18n.language)
                : '',
              entry.frequency ?? '',
            ]
              .filter(Boolean)
              .join(', ')}
          </p>
          <p>
            {entry.stoppedOn
              ? t('treatments.medicine.fromTo', {
                  from: day(entry.startedOn),
                  to: day(entry.stoppedOn),
                })
              : t('treatments.medicine.since', { date: day(entry.startedOn) })}
          </p>
          {entry.whyStopped && (
            <p className="muted">
              {t('treatments.medicine.stoppedBecause', { reason: entry.whyStopped })}
            </p>
          )}
          {entry.indication && (
            <p className="muted">{t('treatments.medicine.for', { reason: entry.indication })}</p>
          )}
          {entry.note && <p className="entry-note">{entry.note}</p>}
        </>
      )}
    />
  );
}
