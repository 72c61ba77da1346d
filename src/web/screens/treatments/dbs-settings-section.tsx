import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/text-field.tsx';
import { formatDay } from '../../format/dates.ts';
import { bindField, optionalText } from './entry-form.tsx';
import { NoteField } from './note-field.tsx';
import { type DbsSettingChange, localDay } from './treatment-records.ts';
import { TreatmentSection } from './treatment-section.tsx';
import { useTreatmentRecords } from './use-treatment-records.ts';

interface DbsDraft {
  changedOn: string;
  settings: string;
  note: string;
}

/** Deep brain stimulation: each programming change with the settings as the programmer gave them. */
export function DbsSettingsSection({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const records = useTreatmentRecords<DbsSettingChange>(
    patientId,
    'dbs-setting-changes',
    'dbsSettingChanges',
  );
  const day = (value: string) => formatDay(value, i18n.language);

  return (
    <TreatmentSection<DbsSettingChange, DbsDraft>
      kind="dbs"
      patientId={patientId}
      records={records}
      emptyDraft={() => ({ changedOn: localDay(), settings: '', note: '' })}
      fromEntry={(entry) => ({
        changedOn: entry.changedOn,
        settings: entry.settings,
        note: entry.note ?? '',
      })}
      toBody={(draft) => ({
        changedOn: draft.changedOn,
        settings: draft.settings,
        note: optionalText(draft.note),
      })}
      fields={(draft, setDraft, problem) => {
        const field = bindField(draft, setDraft, problem);
        return (
          <>
            <TextField label={t('treatments.dbs.changedOn')} type="date" {...field('changedOn')} />
            <NoteField
              label={t('treatments.dbs.settings')}
              hint={t('treatments.dbs.settingsHint')}
              {...field('settings')}
            />
            <NoteField label={t('treatments.note')} {...field('note')} />
          </>
        );
      }}
      name={(entry) => t('treatments.dbs.name', { date: day(entry.changedOn) })}
      describe={(entry) => (
        <>
          <p className="card-title">
            {t('treatments.dbs.cardTitle', { date: day(entry.changedOn) })}
          </p>
          <p className="dbs-settings">{entry.settings}</p>
          {entry.note && <p className="entry-note">{entry.note}</p>}
        </>
      )}
    />
  );
}
