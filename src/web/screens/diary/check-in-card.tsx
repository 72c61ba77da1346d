import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FineRegionId } from '../../../domain/index.ts';
import type { CheckIn } from '../../api/types.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { ScoreChips } from '../../components/score-chips.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDay } from '../../format/dates.ts';
import { enqueueSave, useOutbox } from '../../offline/outbox.ts';
import { useDraft } from '../../session/use-draft.ts';
import { BodyMap } from './body-map.tsx';

interface Draft {
  severity: number | null;
  pain: number | null;
  function: number | null;
  regions: FineRegionId[];
  note: string;
}

const empty: Draft = { severity: null, pain: null, function: null, regions: [], note: '' };

function fromCheckIn(c: CheckIn): Draft {
  return {
    severity: c.severity,
    pain: c.pain,
    function: c.function,
    regions: c.regions as FineRegionId[],
    note: '',
  };
}

interface Props {
  patientId: string;
  day: string;
  today: CheckIn | undefined;
  previous: CheckIn | undefined;
}

/**
 * The daily check-in: three 0–10 chip rows, the body map, an optional note, Save. Prefilled
 * from the last check-in (never its note), so an unchanged day is one press on Save. The
 * draft is kept in this browser while typing, and the save goes through the outbox.
 */
export function CheckInCard({ patientId, day, today, previous }: Props) {
  const { t } = useTranslation();
  const start = today
    ? { ...fromCheckIn(today), note: today.note ?? '' }
    : previous
      ? fromCheckIn(previous)
      : empty;
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`check-in:${patientId}:${day}`, start);
  const outbox = useOutbox();
  const key = `check-in:${patientId}:${day}`;
  const pending = outbox.find((p) => p.key === key);
  // A save still waiting in the outbox (even from before a reload) counts as done, not as
  // a blank form.
  const [editing, setEditing] = useState(!today && !pending);
  const [problem, setProblem] = useState<string>();
  // What was just saved: shown as done between the save landing and the list reloading.
  const [justSaved, setJustSaved] = useState<CheckIn>();

  useEffect(() => {
    if (today) setEditing(false);
  }, [today]);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    const missing = (['severity', 'pain', 'function'] as const).filter((k) => draft[k] === null);
    if (missing.length > 0) {
      setProblem(
        t('checkIn.missing', { fields: missing.map((k) => t(`checkIn.${k}Short`)).join(', ') }),
      );
      return;
    }
    setProblem(undefined);
    const body = {
      day,
      severity: draft.severity,
      pain: draft.pain,
      function: draft.function,
      regions: draft.regions,
      note: draft.note.trim() || null,
    };
    clearDraft();
    setEditing(false);
    setJustSaved({ id: '', ...body, note: body.note } as CheckIn);
    await enqueueSave({ key, method: 'PUT', path: `/api/patients/${patientId}/check-ins`, body });
  }

  const saved = today ?? justSaved;
  if (!editing && (saved || pending)) {
    const shown = pending ? (pending.body as Draft) : (saved as CheckIn);
    return (
      <section aria-labelledby="check-in-title" className="panel check-in-done">
        <h2 id="check-in-title">{t('checkIn.doneTitle')}</h2>
        <p data-testid="check-in-summary">
          {t('checkIn.summary', {
            severity: shown.severity,
            pain: shown.pain,
            function: shown.function,
          })}
        </p>
        {pending && !pending.refused && (
          <p className="pending" role="status">
            {t('checkIn.pending')}
          </p>
        )}
        {pending?.refused && (
          <StatusMessage tone="error" message={t('checkIn.refused', { reason: pending.refused })} />
        )}
        <CalmButton
          variant="secondary"
          onPress={() => {
            setDraft({ ...fromCheckIn(shown as CheckIn), note: (shown as CheckIn).note ?? '' });
            setEditing(true);
          }}
        >
          {t('checkIn.change')}
        </CalmButton>
      </section>
    );
  }

  return (
    <section aria-labelledby="check-in-title" className="panel">
      <h2 id="check-in-title">{t('checkIn.title', { day: formatDay(day) })}</h2>
      {!today && previous && (
        <p className="muted">{t('checkIn.prefilled', { day: formatDay(previous.day) })}</p>
      )}
      <form onSubmit={save} noValidate>
        <ScoreChips
          label={t('checkIn.severity')}
          anchors={t('checkIn.severityAnchors')}
          value={draft.severity}
          onChange={(severity) => setDraft({ ...draft, severity })}
        />
        <ScoreChips
          label={t('checkIn.pain')}
          anchors={t('checkIn.painAnchors')}
          value={draft.pain}
          onChange={(pain) => setDraft({ ...draft, pain })}
        />
        <ScoreChips
          label={t('checkIn.function')}
          anchors={t('checkIn.functionAnchors')}
          value={draft.function}
          onChange={(value) => setDraft({ ...draft, function: value })}
        />
        <BodyMap selected={draft.regions} onChange={(regions) => setDraft({ ...draft, regions })} />
        <div className="field">
          <label htmlFor="check-in-note">{t('checkIn.note')}</label>
          <textarea
            id="check-in-note"
            rows={3}
            maxLength={2000}
            value={draft.note}
            onChange={(e) => setDraft({ ...draft, note: e.target.value })}
          />
        </div>
        <StatusMessage tone="error" message={problem} />
        <CalmButton type="submit">{t('checkIn.save')}</CalmButton>
      </form>
    </section>
  );
}
