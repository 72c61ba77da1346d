import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/text-field.tsx';
import { formatDay } from '../../format/dates.ts';
import { bindField, optionalText } from './entry-form.tsx';
import { KindWithOtherFields } from './kind-with-other-fields.tsx';
import { NoteField } from './note-field.tsx';
import {
  localDay,
  type Operation,
  type OperationKind,
  operationKinds,
} from './treatment-records.ts';
import { TreatmentSection } from './treatment-section.tsx';
import { useTreatmentRecords } from './use-treatment-records.ts';

interface OperationDraft {
  performedOn: string;
  kind: OperationKind | '';
  kindOther: string;
  note: string;
}

/** Operations (REFERENCE §4.4): a DBS or baclofen pump implant also tells the alerts about it. */
export function OperationsSection({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const records = useTreatmentRecords<Operation>(patientId, 'surgeries', 'surgeries');
  const day = (value: string) => formatDay(value, i18n.language);
  const kindName = (entry: Operation) =>
    entry.kind === 'other' && entry.kindOther
      ? entry.kindOther
      : t(`treatments.operation.kinds.${entry.kind}`);

  return (
    <TreatmentSection<Operation, OperationDraft>
      kind="operation"
      patientId={patientId}
      records={records}
      emptyDraft={() => ({ performedOn: localDay(), kind: '', kindOther: '', note: '' })}
      fromEntry={(entry) => ({
        performedOn: entry.performedOn,
        kind: entry.kind,
        kindOther: entry.kindOther ?? '',
        note: entry.note ?? '',
      })}
      toBody={(draft) => ({
        performedOn: draft.performedOn,
        kind: draft.kind,
        kindOther: draft.kind === 'other' ? optionalText(draft.kindOther) : null,
        note: optionalText(draft.note),
      })}
      fields={(draft, setDraft, problem) => {
        const field = bindField(draft, setDraft, problem);
        return (
          <>
            <KindWithOtherFields
              messages="treatments.operation"
              kinds={operationKinds}
              kind={draft.kind}
              kindOther={draft.kindOther}
              onChange={(change) => setDraft({ ...draft, ...change })}
              problem={problem}
            />
            <TextField
              label={t('treatments.operation.performedOn')}
              type="date"
              {...field('performedOn')}
            />
            <NoteField label={t('treatments.note')} {...field('note')} />
          </>
        );
      }}
      name={(entry) =>
        t('treatments.operation.name', { kind: kindName(entry), date: day(entry.performedOn) })
      }
      describe={(entry) => (
        <>
          <p className="card-title">{kindName(entry)}</p>
          <p>{day(entry.performedOn)}</p>
          {entry.note && <p className="entry-note">{entry.note}</p>}
        </>
      )}
    />
  );
}
