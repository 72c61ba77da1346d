import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  classifyDistribution,
  type FineRegionId,
  fineRegionIds,
  fineRegions,
} from '../../../domain/index.ts';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { useRepeatPressGuard } from '../../components/use-repeat-press-guard.ts';

type View = 'front' | 'back' | 'list';

/**
 * Where each region sits on a simple figure, as grid rows and columns. Seen from the front the
 * person's right is on the viewer's left; seen from the back it is on the right. The face and
 * voice are marked from the front only.
 */
type Place = [row: number, fromColumn: number, toColumn: number];

const frontLayout: Partial<Record<FineRegionId, Place>> = {
  upper_face: [1, 3, 5],
  lower_face: [2, 3, 5],
  jaw_tongue: [3, 3, 5],
  larynx: [4, 3, 5],
  neck: [5, 3, 5],
  arm_prox_R: [6, 1, 3],
  trunk: [6, 3, 5],
  arm_prox_L: [6, 5, 7],
  arm_dist_R: [7, 1, 3],
  arm_dist_L: [7, 5, 7],
  leg_prox_R: [8, 2, 4],
  leg_prox_L: [8, 4, 6],
  leg_dist_R: [9, 2, 4],
  leg_dist_L: [9, 4, 6],
};

const backLayout: Partial<Record<FineRegionId, Place>> = {
  neck: [1, 3, 5],
  arm_prox_L: [2, 1, 3],
  trunk: [2, 3, 5],
  arm_prox_R: [2, 5, 7],
  arm_dist_L: [3, 1, 3],
  arm_dist_R: [3, 5, 7],
  leg_prox_L: [4, 2, 4],
  leg_prox_R: [4, 4, 6],
  leg_dist_L: [5, 2, 4],
  leg_dist_R: [5, 4, 6],
};

interface Props {
  selected: FineRegionId[];
  onChange: (regions: FineRegionId[]) => void;
}

/**
 * The body map: front and back figures of large labelled toggle buttons, and the same regions
 * as a plain list. No drag, double-tap or long-press anywhere. Beside it, the pattern the
 * marked regions make (a suggestion, not a diagnosis).
 */
export function BodyMap({ selected, onChange }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('front');
  const accept = useRepeatPressGuard();
  // A tremor's double tap on a region would mark and unmark it: the second press is ignored.
  const toggle = (id: FineRegionId) => {
    if (!accept(id)) return;
    onChange(selected.includes(id) ? selected.filter((r) => r !== id) : [...selected, id]);
  };
  const label = (id: FineRegionId) => t(`regions.${id}`, { defaultValue: fineRegions[id].label });
  const pattern = classifyDistribution(selected);

  const figure = (layout: typeof frontLayout, name: string) => (
    <fieldset className={`body-figure body-figure-${view}`}>
      <legend>{name}</legend>
      {fineRegionIds
        .filter((id) => layout[id])
        .map((id) => {
          const [row, from, to] = layout[id] as Place;
          // A short word on the figure; the full name is read out with it (and contains it).
          return (
            <button
              key={id}
              type="button"
              className="region-button"
              style={{ gridRow: row, gridColumn: `${from} / ${to}` }}
              aria-pressed={selected.includes(id)}
              onClick={() => toggle(id)}
            >
              {t(`regionsShort.${id}`)}
              <span className="visually-hidden"> ({label(id)})</span>
            </button>
          );
        })}
    </fieldset>
  );

  return (
    <div className="body-map">
      <ChoiceGroup<View>
        label={t('bodyMap.viewLabel')}
        value={view}
        onChange={setView}
        options={[
          { value: 'front', label: t('bodyMap.front') },
          { value: 'back', label: t('bodyMap.back') },
          { value: 'list', label: t('bodyMap.list') },
        ]}
      />
      {view === 'front' && figure(frontLayout, t('bodyMap.frontLegend'))}
      {view === 'back' && figure(backLayout, t('bodyMap.backLegend'))}
      {view === 'list' && (
        <fieldset className="region-list">
          <legend>{t('bodyMap.listLegend')}</legend>
          {fineRegionIds.map((id) => (
            <label key={id} className="choice">
              <input type="checkbox" checked={selected.includes(id)} onChange={() => toggle(id)} />
              <span className="choice-label">{label(id)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="pattern" aria-live="polite">
        <p className="pattern-title">{t('bodyMap.patternTitle')}</p>
        <p data-testid="distribution">
          {t(`distribution.${pattern.distribution}`)}
          {pattern.distribution !== 'none' && ` — ${pattern.explanation.replace(/^[a-z]+: /, '')}`}
        </p>
        <p className="muted">{t('bodyMap.patternNote')}</p>
      </div>
    </div>
  );
}
