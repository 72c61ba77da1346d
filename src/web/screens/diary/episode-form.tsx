import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FineRegionId } from '../../../domain/index.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { ScoreChips } from '../../components/score-chips.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TextField } from '../../components/text-field.tsx';
import { enqueueSave } from '../../offline/outbox.ts';
import { useDraft } from '../../session/use-draft.ts';
import { BodyMap } from './body-map.tsx';

const triggers = [
  'writing',
  'speaking',
  'walking',
  'eating',
  'stress',
  'fatigue',
  'other',
] as const;
type Trigger = (typeof triggers)[number] | 'none';
type TrickEffect = 'none' | 'partial' | 'complete' | 'unknown';

interface Draft {
  regions: FineRegionId[];
  severity: number | null;
  pain: number | null;
  trigger: Trigger;
  triggerOther: string;
  sensoryTrick: string;
  sensoryTrickEffect: TrickEffect;
  durationMinutes: string;
}

const empty: Draft = {
  regions: [],
  severity: null,
  pain: null,
  trigger: 'none',
  triggerOther: '',
  sensoryTrick: '',
  sensoryTrickEffect: 'unknown',
  durationMinutes: '',
};

/** The local time now with its offset, so the server files the episode under the right day. */
function nowWithOffset(date = new Date()): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An episode: where, how bad, what set it off, what helped, how long. One level deeper than the check-in. */
export function EpisodeForm({ patientId, onDone }: { patientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`episode:${patientId}`, empty);
  const [problem, setProblem] = useState<string>();

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (draft.severity === null) {
      setProblem(t('episode.needSeverity'));
      return;
    }
    const minutes = draft.durationMinutes.trim() === '' ? null : Number(draft.durationMinutes);
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 0)) {
      setProblem(t('episode.badDuration'));
      return;
    }
    setProblem(undefined);
    const startedAt = nowWithOffset();
    const body = {
      startedAt,
      durationMinutes: minutes,
      regions: draft.regions,
      severity: draft.severity,
      pain: draft.pain,
      trigger: draft.trigger === 'none' ? null : draft.trigger,
      triggerOther:
        draft.trigger === 'other' && draft.triggerOther.trim() ? draft.triggerOther.trim() : null,
      sensoryTrick: draft.sensoryTrick.trim() || null,
      sensoryTrickEffect:
        draft.sensoryTrick.trim() && draft.sensoryTrickEffect !== 'unknown'
          ? draft.sensoryTrickEffect
          : null,
    };
    clearDraft();
    onDone();
    await enqueueSave({
      key: `episode:${patientId}:${startedAt}`,
      method: 'POST',
      path: `/api/patients/${patientId}/episodes`,
      body,
    });
  }

  return (
    <section aria-labelledby="episode-title" className="panel">
      <h2 id="episode-title">{t('episode.title')}</h2>
      <form onSubmit={save} noValidate>
        <BodyMap selected={draft.regions} onChange={(regions) => setDraft({ ...draft, regions })} />
        <ScoreChips
          label={t('episode.severity')}
          anchors={t('checkIn.severityAnchors')}
          value={draft.severity}
          onChange={(severity) => setDraft({ ...draft, severity })}
        />
        <ScoreChips
          label={t('episode.pain')}
          anchors={t('checkIn.painAnchors')}
          value={draft.pain}
          onChange={(pain) => setDraft({ ...draft, pain })}
        />
        <ChoiceGroup<Trigger>
          label={t('episode.trigger')}
          value={draft.trigger}
          onChange={(trigger) => setDraft({ ...draft, trigger })}
          options={[
            { value: 'none', label: t('episode.triggers.none') },
            ...triggers.map((value) => ({ value, label: t(`episode.triggers.${value}`) })),
          ]}
        />
        {draft.trigger === 'other' && (
          <TextField
            label={t('episode.triggerOther')}
            value={draft.triggerOther}
            onChange={(triggerOther) => setDraft({ ...draft, triggerOther })}
          />
        )}
        <TextField
          label={t('episode.trick')}
          hint={t('episode.trickHint')}
          value={draft.sensoryTrick}
          onChange={(sensoryTrick) => setDraft({ ...draft, sensoryTrick })}
        />
        {draft.sensoryTrick.trim() !== '' && (
          <ChoiceGroup<TrickEffect>
            label={t('episode.trickEffect')}
            value={draft.sensoryTrickEffect}
            onChange={(sensoryTrickEffect) => setDraft({ ...draft, sensoryTrickEffect })}
            options={(['complete', 'partial', 'none', 'unknown'] as const).map((value) => ({
              value,
              label: t(`episode.effects.${value}`),
            }))}
          />
        )}
        <TextField
          label={t('episode.duration')}
          hint={t('episode.durationHint')}
          inputMode="numeric"
          value={draft.durationMinutes}
          onChange={(durationMinutes) => setDraft({ ...draft, durationMinutes })}
        />
        <StatusMessage tone="error" message={problem} />
        <div className="button-row">
          <CalmButton type="submit">{t('episode.save')}</CalmButton>
          <CalmButton variant="secondary" onPress={onDone}>
            {t('episode.later')}
          </CalmButton>
        </div>
      </form>
    </section>
  );
}
