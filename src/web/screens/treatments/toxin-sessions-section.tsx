import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDay } from '../../format/dates.ts';
import { daysBetween, toxinUnits } from './amounts.ts';
import { bindField, optionalText, typedNumber } from './entry-form.tsx';
import { InjectedMusclesFields, type MuscleDraft } from './injected-muscles-fields.tsx';
import { NoteField } from './note-field.tsx';
import {
  localDay,
  type ToxinProductId,
  type ToxinSession,
  toxinProductIds,
} from './treatment-records.ts';
import { TreatmentSection } from './treatment-section.tsx';
import type { TreatmentRecords } from './use-treatment-records.ts';

interface ToxinDraft {
  sessionDate: string;
  product: ToxinProductId | '';
  totalUnits: string;
  muscles: MuscleDraft[];
  totalUnitsNote: string;
  lot: string;
  injector: string;
  note: string;
}

interface Props {
  patientId: string;
  records: TreatmentRecords<ToxinSession>;
  /** Side effects linked to a deleted session are linked again when it is restored. */
  relink(deleted: ToxinSession, restored: ToxinSession): Promise<void>;
  onDeleting(session: ToxinSession): void;
  onDeleted(session: ToxinSession): void;
}

/** Botulinum toxin sessions: product, date, total and per-muscle units, lot and injector. */
export function ToxinSessionsSection({ patientId, records, relink, onDeleting, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  const productName = (product: ToxinProductId) => t(`treatments.toxin.products.${product}`);
  const units = (value: number) => toxinUnits(t, value, i18n.language);
  const today = localDay();

  return (
    <TreatmentSection<ToxinSession, ToxinDraft>
      kind="toxin"
      patientId={patientId}
      records={records}
      intro={<p className="notice">{t('treatments.toxin.noConversion')}</p>}
      // The same clinic usually gives the same product: the last one is chosen already.
      emptyDraft={() => ({
        sessionDate: today,
        product: records.entries?.[0]?.product ?? '',
        totalUnits: '',
        muscles: [],
        totalUnitsNote: '',
        lot: '',
        injector: records.entries?.[0]?.injector ?? '',
        note: '',
      })}
      fromEntry={(entry) => ({
        sessionDate: entry.sessionDate,
        product: entry.product,
        totalUnits: String(entry.totalUnits),
        muscles: entry.muscles.map((m) => ({
          muscle: m.muscle,
          side: m.side ?? '',
          units: String(m.units),
        })),
        totalUnitsNote: entry.totalUnitsNote ?? '',
        lot: entry.lot ?? '',
        injector: entry.injector ?? '',
        note: entry.note ?? '',
      })}
      toBody={(draft) => ({
        sessionDate: draft.sessionDate,
        product: draft.product,
        totalUnits: typedNumber(draft.totalUnits),
        muscles: draft.muscles.map((m) => ({
          muscle: m.muscle.trim(),
          side: m.side === '' ? null : m.side,
          units: typedNumber(m.units),
        })),
        totalUnitsNote: optionalText(draft.totalUnitsNote),
        lot: optionalText(draft.lot),
        injector: optionalText(draft.injector),
        note: optionalText(draft.note),
      })}
      fields={(draft, setDraft, problem) => {
        const field = bindField(draft, setDraft, problem);
        const muscleSum = draft.muscles.reduce(
          (sum, m) => sum + Math.round((Number(m.units.replace(',', '.')) || 0) * 100),
          0,
        );
        return (
          <>
            <TextField
              label={t('treatments.toxin.sessionDate')}
              type="date"
              {...field('sessionDate')}
            />
            <ChoiceGroup<ToxinProductId>
              label={t('treatments.toxin.product')}
              hint={t('treatments.toxin.productHint')}
              {...field('product')}
              options={toxinProductIds.map((id) => ({
                value: id,
                label: productName(id),
                hint: id,
              }))}
            />
            <TextField
              label={t('treatments.toxin.totalUnits')}
              hint={t('treatments.toxin.totalUnitsHint')}
              inputMode="decimal"
              autoComplete="off"
              {...field('totalUnits')}
            />
            <InjectedMusclesFields
              muscles={draft.muscles}
              onChange={(muscles) => setDraft({ ...draft, muscles })}
              problem={problem}
            />
            {draft.muscles.length > 0 && (
              <p className="muted" aria-live="polite">
                {t('treatments.toxin.musclesAddUp', { units: units(muscleSum / 100) })}
              </p>
            )}
            {/* Only when the muscles and the total differ: the one case the reason is needed. */}
            {(draft.totalUnitsNote !== '' ||
              (draft.muscles.length > 0 &&
                muscleSum !==
                  Math.round((Number(draft.totalUnits.replace(',', '.')) || 0) * 100))) && (
              <TextField
                label={t('treatments.toxin.totalUnitsNote')}
                hint={t('treatments.toxin.totalUnitsNoteHint')}
                {...field('totalUnitsNote')}
              />
            )}
            <details
              className="more-details"
              open={draft.lot !== '' || draft.note !== '' || undefined}
            >
              <summary>{t('treatments.toxin.more')}</summary>
              <TextField label={t('treatments.toxin.lot')} autoComplete="off" {...field('lot')} />
              <TextField label={t('treatments.toxin.injector')} {...field('injector')} />
              <NoteField label={t('treatments.note')} {...field('note')} />
            </details>
          </>
        );
      }}
      name={(entry) =>
        t('treatments.toxin.name', {
          product: productName(entry.product),
          date: formatDay(entry.sessionDate, i18n.language),
        })
      }
      describe={(entry, index) => {
        const cycleDay = daysBetween(entry.sessionDate, today);
        return (
          <>
            <p className="card-title">
              {t('treatments.toxin.cardTitle', {
                product: productName(entry.product),
                units: units(entry.totalUnits),
              })}
            </p>
            <p>
              {formatDay(entry.sessionDate, i18n.language)}
              {index === 0 && cycleDay >= 0 && (
                <>
                  {' · '}
                  <strong data-testid="cycle-day">
                    {t('treatments.toxin.cycleDay', { day: cycleDay })}
                  </strong>
                </>
              )}
            </p>
            {entry.muscles.length > 0 && (
              <ul className="muscle-list">
                {entry.muscles.map((m, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the same muscle can be listed twice
                  <li key={i}>
                    {m.side
                      ? t('treatments.toxin.muscleLineSide', {
                          muscle: m.muscle,
                          side: t(`treatments.toxin.sidesShort.${m.side}`),
                          units: units(m.units),
                        })
                      : t('treatments.toxin.muscleLine', {
                          muscle: m.muscle,
                          units: units(m.units),
                        })}
                  </li>
                ))}
              </ul>
            )}
            {entry.totalUnitsNote && <p className="muted">{entry.totalUnitsNote}</p>}
            {(entry.lot || entry.injector) && (
              <p className="muted">
                {[
                  entry.lot && t('treatments.toxin.lotLine', { lot: entry.lot }),
                  entry.injector &&
                    t('treatments.toxin.injectorLine', { injector: entry.injector }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
            {entry.note && <p className="entry-note">{entry.note}</p>}
          </>
        );
      }}
      onDeleting={onDeleting}
      onDeleted={onDeleted}
      onRestored={async (deleted, restored) => {
        if (restored) await relink(deleted, restored);
      }}
    />
  );
}
