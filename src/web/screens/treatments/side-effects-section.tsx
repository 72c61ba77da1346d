import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDay } from '../../format/dates.ts';
import { toxinUnits } from './amounts.ts';
import { bindField, optionalText } from './entry-form.tsx';
import { KindWithOtherFields } from './kind-with-other-fields.tsx';
import { NoteField } from './note-field.tsx';
import { SelectField } from './select-field.tsx';
import {
  localDay,
  type Severity,
  type SideEffect,
  type SideEffectKind,
  severities,
  sideEffectKinds,
  type ToxinSession,
} from './treatment-records.ts';
import { TreatmentSection } from './treatment-section.tsx';
import type { TreatmentRecords } from './use-treatment-records.ts';

interface SideEffectDraft {
  kind: SideEffectKind | '';
  kindOther: string;
  onsetOn: string;
  severity: Severity | '';
  toxinSessionId: string;
  note: string;
}

interface Props {
  patientId: string;
  records: TreatmentRecords<SideEffect>;
  sessions: ToxinSession[];
  /** Called after each save: the screen then asks the server which red flags it raises. */
  onSaved(): void;
}

/** Side effects after an injection, linked to a toxin session (the latest one by default). */
export function SideEffectsSection({ patientId, records, sessions, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const kindName = (entry: { kind: SideEffectKind; kindOther: string | null }) =>
    entry.kind === 'other' && entry.kindOther
      ? entry.kindOther
      : t(`treatments.sideEffect.kinds.${entry.kind}`);
  const sessionName = (session: ToxinSession) =>
    t('treatments.sideEffect.sessionOption', {
      product: t(`treatments.toxin.products.${session.product}`),
      date: formatDay(session.sessionDate, i18n.language),
      units: toxinUnits(t, session.totalUnits, i18n.language),
    });

  return (
    <TreatmentSection<SideEffect, SideEffectDraft>
      kind="sideEffect"
      patientId={patientId}
      records={records}
      intro={<p className="notice">{t('treatments.sideEffect.emergencyHint')}</p>}
      emptyDraft={() => ({
        kind: '',
        kindOther: '',
        onsetOn: localDay(),
        severity: '',
        toxinSessionId: sessions[0]?.id ?? '',
        note: '',
      })}
      fromEntry={(entry) => ({
        kind: entry.kind,
        kindOther: entry.kindOther ?? '',
        onsetOn: entry.onsetOn,
        severity: entry.severity,
        toxinSessionId: entry.toxinSessionId ?? '',
        note: entry.note ?? '',
      })}
      toBody={(draft) => ({
        kind: draft.kind,
        kindOther: draft.kind === 'other' ? optionalText(draft.kindOther) : null,
        onsetOn: draft.onsetOn,
        severity: draft.severity,
        toxinSessionId: draft.toxinSessionId || null,
        note: optionalText(draft.note),
      })}
      fields={(draft, setDraft, problem) => {
        const field = bindField(draft, setDraft, problem);
        return (
          <>
            <KindWithOtherFields
              messages="treatments.sideEffect"
              kinds={sideEffectKinds}
              kind={draft.kind}
              kindOther={draft.kindOther}
              onChange={(change) => setDraft({ ...draft, ...change })}
              problem={problem}
            />
            <TextField
              label={t('treatments.sideEffect.onsetOn')}
              type="date"
              {...field('onsetOn')}
            />
            <ChoiceGroup<Severity>
              label={t('treatments.sideEffect.severity')}
              {...field('severity')}
              options={severities.map((severity) => ({
                value: severity,
                label: t(`treatments.sideEffect.severities.${severity}`),
              }))}
            />
            <SelectField
              label={t('treatments.sideEffect.session')}
              {...field('toxinSessionId')}
              options={[
                ...sessions.map((session) => ({ value: session.id, label: sessionName(session) })),
                { value: '', label: t('treatments.sideEffect.noSession') },
              ]}
            />
            <NoteField label={t('treatments.note')} {...field('note')} />
          </>
        );
      }}
      name={(entry) =>
        t('treatments.sideEffect.name', {
          kind: kindName(entry),
          date: formatDay(entry.onsetOn, i18n.language),
        })
      }
      describe={(entry) => {
        const session = sessions.find((s) => s.id === entry.toxinSessionId);
        return (
          <>
            <p className="card-title">
              {t('treatments.sideEffect.cardTitle', {
                kind: kindName(entry),
                severity: t(`treatments.sideEffect.severitiesInline.${entry.severity}`),
              })}
            </p>
            <p>
              {t('treatments.sideEffect.since', {
                date: formatDay(entry.onsetOn, i18n.language),
              })}
            </p>
            {session && (
              <p className="muted">
                {t('treatments.sideEffect.after', { session: sessionName(session) })}
              </p>
            )}
            {entry.note && <p className="entry-note">{entry.note}</p>}
          </>
        );
      }}
      onSaved={() => onSaved()}
    />
  );
}
