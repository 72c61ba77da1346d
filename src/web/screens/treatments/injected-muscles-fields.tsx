import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/api-request.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from './select-field.tsx';
import type { InjectionSide } from './treatment-records.ts';

export interface MuscleDraft {
  muscle: string;
  side: InjectionSide | '';
  units: string;
}

export const emptyMuscle: MuscleDraft = { muscle: '', side: '', units: '' };

interface Props {
  muscles: MuscleDraft[];
  onChange(muscles: MuscleDraft[]): void;
  problem?: ApiProblem;
}

/**
 * The muscles of one session, a row each (muscle, side, units), added and removed with buttons:
 * no dragging (UX.md). A new row takes the focus so typing can go straight on.
 */
export function InjectedMusclesFields({ muscles, onChange, problem }: Props) {
  const { t } = useTranslation();
  const rows = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes after a press: the new row's first box, or "Add a muscle" after a removal.
  const [focusTarget, setFocusTarget] = useState<number | 'add'>();
  useEffect(() => {
    if (focusTarget === undefined) return;
    if (focusTarget === 'add') addButton.current?.focus();
    else
      rows.current
        ?.querySelectorAll<HTMLFieldSetElement>('fieldset')
        [focusTarget]?.querySelector('input')
        ?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const change = (index: number, muscle: MuscleDraft) =>
    onChange(muscles.map((m, i) => (i === index ? muscle : m)));

  return (
    <div className="muscle-rows" ref={rows}>
      <p className="field-label">{t('treatments.toxin.musclesLabel')}</p>
      <p className="field-hint">{t('treatments.toxin.musclesHint')}</p>
      {muscles.map((row, index) => {
        const number = index + 1;
        const at = (field: string) => problem?.fieldMessage(`muscles.${index}.${field}`);
        return (
          // Rows are only ever added or removed at the user's press; the index is their name.
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <fieldset key={index} className="muscle-row">
            <legend>{t('treatments.toxin.muscleNumber', { number })}</legend>
            <TextField
              label={t('treatments.toxin.muscle')}
              value={row.muscle}
              onChange={(muscle) => change(index, { ...row, muscle })}
              error={at('muscle')}
              autoComplete="off"
            />
            <SelectField<InjectionSide | ''>
              label={t('treatments.toxin.side')}
              value={row.side}
              onChange={(side) => change(index, { ...row, side })}
              error={at('side')}
              options={[
                { value: '', label: t('treatments.toxin.sides.none') },
                { value: 'L', label: t('treatments.toxin.sides.L') },
                { value: 'R', label: t('treatments.toxin.sides.R') },
                { value: 'bilateral', label: t('treatments.toxin.sides.bilateral') },
              ]}
            />
            <TextField
              label={t('treatments.toxin.muscleUnits')}
              inputMode="decimal"
              value={row.units}
              onChange={(units) => change(index, { ...row, units })}
              error={at('units')}
              autoComplete="off"
            />
            <CalmButton
              variant="secondary"
              onPress={() => {
                onChange(muscles.filter((_, i) => i !== index));
                setFocusTarget('add');
              }}
            >
              {t('treatments.toxin.removeMuscle', { number })}
            </CalmButton>
          </fieldset>
        );
      })}
      <CalmButton
        ref={addButton}
        variant="secondary"
        onPress={() => {
          onChange([...muscles, emptyMuscle]);
          setFocusTarget(muscles.length);
        }}
      >
        {t('treatments.toxin.addMuscle')}
      </CalmButton>
    </div>
  );
}
