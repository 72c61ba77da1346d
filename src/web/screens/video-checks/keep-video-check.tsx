import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowserVideoAnalysis } from '../../../vision/analyse-video-in-browser.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { OutboxStatus, useWaitingSaves } from '../../components/outbox-status.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { localDay } from '../../format/local-day.ts';
import { enqueueSave, newIdempotencyKey, withdrawNewEntry } from '../../offline/outbox.ts';
import { type KeepIn, videoCheckBody } from './video-check-record.ts';

/**
 * Lets a patient keep a video check's numbers in their record, by choice (UX: nothing leaves the
 * device unasked), and take them back at once. The save goes through the outbox, so a dropped
 * connection loses nothing.
 */
export function KeepVideoCheck({ keepIn, run }: { keepIn: KeepIn; run: BrowserVideoAnalysis }) {
  const { t } = useTranslation();
  const { patientId, name } = keepIn;
  // Someone else's record (a clinician's or caregiver's shared one) is named in every message.
  const say = (key: 'button' | 'kept' | 'undone') =>
    name === undefined
      ? t(`videoChecks.keep.${key}`)
      : t(`videoChecks.keep.${key}Record`, { name });
  const [kept, setKept] = useState<string>();
  const [undone, setUndone] = useState(false);
  const path = `/api/patients/${patientId}/video-checks`;
  const waiting = useWaitingSaves(path);

  async function keep() {
    // The id is chosen here, so that Undo can delete the entry even before it has landed.
    const id = newIdempotencyKey();
    setKept(id);
    setUndone(false);
    await enqueueSave({
      key: `video-check:${id}`,
      method: 'POST',
      path,
      body: videoCheckBody(run.measurements, run.video.durationSec, localDay()),
      idempotencyKey: id,
    });
  }

  async function undo(id: string) {
    setKept(undefined);
    setUndone(true);
    await withdrawNewEntry(`video-check:${id}`, `${path}/${id}`);
  }

  return (
    <div className="keep-video-check">
      <OutboxStatus saves={waiting} />
      <StatusMessage message={kept ? say('kept') : undone ? say('undone') : undefined} />
      {kept ? (
        <CalmButton variant="secondary" onPress={() => void undo(kept)}>
          {t('videoChecks.keep.undo')}
        </CalmButton>
      ) : (
        <CalmButton onPress={() => void keep()}>{say('button')}</CalmButton>
      )}
    </div>
  );
}
