import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CalmButton } from '../../components/calm-button.tsx';
import { formatNumber } from '../../format/numbers.ts';
import { longestRecordingSec, type CameraRecording as Recording } from './use-camera-recording.ts';

/**
 * Filming with the camera, one instruction at a time: the camera view (mirrored, like a
 * mirror; the recording itself is not), then a large countdown, then the recording with its
 * time and a Stop button. The instruction and the countdown are announced politely.
 */
export function CameraRecording({
  state,
  onRecord,
  onStop,
  onCancel,
}: {
  state: Extract<Recording, { stream: MediaStream }> | { step: 'asking' };
  onRecord: () => void;
  onStop: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const view = useRef<HTMLVideoElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that opened the camera is gone: the keyboard focus continues here.
  useEffect(() => heading.current?.focus(), []);
  const stream = 'stream' in state ? state.stream : null;
  useEffect(() => {
    const video = view.current;
    if (!video || !stream) return;
    video.srcObject = stream;
    void video.play().catch(() => {});
    return () => {
      video.srcObject = null;
    };
  }, [stream]);
  const instruction =
    state.step === 'asking'
      ? t('videoChecks.camera.asking')
      : state.step === 'ready'
        ? t('videoChecks.camera.ready')
        : state.step === 'countdown'
          ? t('videoChecks.camera.countdown')
          : t('videoChecks.camera.recording');
  return (
    <section aria-labelledby="camera-title" className="panel camera-recording">
      <h2 id="camera-title" ref={heading} tabIndex={-1}>
        {t('videoChecks.camera.title')}
      </h2>
      <p role="status" className="camera-instruction">
        {instruction}
        {state.step === 'countdown' && (
          <span className="countdown" data-testid="countdown">
            {' '}
            {state.secondsLeft}
          </span>
        )}
      </p>
      {stream && (
        <figure className="camera-view">
          <video ref={view} muted playsInline aria-describedby="camera-view-caption" />
          <figcaption id="camera-view-caption">{t('videoChecks.camera.view')}</figcaption>
        </figure>
      )}
      {state.step === 'recording' && (
        <p data-testid="recording-time">
          {t('videoChecks.camera.elapsed', {
            elapsed: formatNumber(Math.floor(state.elapsedSec), 0),
            longest: formatNumber(longestRecordingSec, 0),
          })}
        </p>
      )}
      <div className="button-row">
        {state.step === 'ready' && (
          <CalmButton onPress={onRecord}>{t('videoChecks.camera.start')}</CalmButton>
        )}
        {state.step === 'recording' && (
          <CalmButton onPress={onStop}>{t('videoChecks.camera.stop')}</CalmButton>
        )}
        <CalmButton variant="secondary" onPress={onCancel}>
          {t('videoChecks.camera.cancel')}
        </CalmButton>
      </div>
    </section>
  );
}
