import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CalmButton } from '../../components/calm-button.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { useScreenTitle } from '../use-screen-title.ts';
import { CameraRecording } from './camera-recording.tsx';
import { MeasurementProgress } from './measurement-progress.tsx';
import { cameraRecordingSupported, useCameraRecording } from './use-camera-recording.ts';
import { useVideoMeasurement, type VideoMeasurement } from './use-video-measurement.ts';
import { VideoCheckHistory } from './video-check-history.tsx';
import type { KeepIn } from './video-check-record.ts';
import { VideoCheckResults } from './video-check-results.tsx';
import { VideoFileChoice } from './video-file-choice.tsx';
import './video-checks.css';

/** What the polite live region says at each step (never per frame). */
function announcement(state: VideoMeasurement, t: TFunction) {
  switch (state.step) {
    case 'preparing':
      return t('videoChecks.announce.preparing');
    case 'measuring':
      return t('videoChecks.announce.measuring', { fileName: state.fileName });
    case 'done':
      return t('videoChecks.announce.done');
    case 'cancelled':
      return t('videoChecks.announce.cancelled');
    default:
      return '';
  }
}

/**
 * Video checks: the person chooses a video on their device and it is measured there (head
 * position, head tremor, blinking, TWSTRS estimates). The video is never uploaded; a patient
 * may keep the numbers in their record, and so may a clinician or caregiver measuring for a
 * record shared with them to add to (`keepIn` with the person's name); the kept ones are listed.
 */
export function VideoChecksScreen({ keepIn }: { keepIn?: KeepIn }) {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('videoChecks.title'));
  const { state, measure, cancel } = useVideoMeasurement();
  const video = useRef<HTMLVideoElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const camera = useCameraRecording((file) => void measure(file, video.current));
  const busy = state.step === 'preparing' || state.step === 'measuring';
  const filming = camera.state.step !== 'off' && camera.state.step !== 'problem';
  // After a cancel or a failure the Cancel button is gone: focus goes back to the file choice.
  useEffect(() => {
    if (state.step === 'cancelled' || state.step === 'failed') fileInput.current?.focus();
  }, [state.step]);
  // Likewise when filming ends without a recording (cancelled, or no camera).
  const wasFilming = useRef(false);
  useEffect(() => {
    if (wasFilming.current && !filming && !busy) fileInput.current?.focus();
    wasFilming.current = filming;
  }, [filming, busy]);
  return (
    <div className="screen video-checks">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('videoChecks.title')}
      </h1>
      <p className="lead">{t('videoChecks.lead')}</p>
      {keepIn?.name !== undefined && <p>{t('videoChecks.forRecord', { name: keepIn.name })}</p>}
      <p className="notice">
        {keepIn === undefined
          ? t('videoChecks.privacyClinician')
          : keepIn.name === undefined
            ? t('videoChecks.privacy')
            : t('videoChecks.privacyRecord', { name: keepIn.name })}
      </p>
      <StatusMessage message={announcement(state, t)} />
      <StatusMessage
        tone="error"
        message={
          state.step === 'failed'
            ? t(`videoChecks.problem.${state.problem}`, { fileName: state.fileName })
            : undefined
        }
      />
      <StatusMessage
        tone="error"
        message={
          camera.state.step === 'problem'
            ? t(`videoChecks.camera.${camera.state.problem}`)
            : undefined
        }
      />
      {!busy && !filming && (
        <>
          <VideoFileChoice
            inputRef={fileInput}
            again={state.step !== 'choosing'}
            onChoose={(file) => void measure(file, video.current)}
          />
          {cameraRecordingSupported() && (
            <div className="camera-choice">
              <CalmButton variant="secondary" onPress={() => void camera.open()}>
                {t('videoChecks.camera.open')}
              </CalmButton>
              <p className="field-hint">{t('videoChecks.camera.openHint')}</p>
            </div>
          )}
        </>
      )}
      {(camera.state.step === 'asking' || 'stream' in camera.state) && (
        <CameraRecording
          state={camera.state}
          onRecord={camera.record}
          onStop={camera.stop}
          onCancel={camera.cancel}
        />
      )}
      {busy && (
        <MeasurementProgress
          fileName={state.fileName}
          progress={state.step === 'measuring' ? state.progress : null}
          onCancel={cancel}
        />
      )}
      <figure className="measured-video" hidden={state.step !== 'measuring'}>
        <video ref={video} muted playsInline aria-describedby="measured-video-caption" />
        <figcaption id="measured-video-caption">{t('videoChecks.measuredVideo')}</figcaption>
      </figure>
      {state.step === 'done' && (
        <VideoCheckResults fileName={state.fileName} run={state.run} keepIn={keepIn} />
      )}
      {keepIn && <VideoCheckHistory patientId={keepIn.patientId} />}
    </div>
  );
}
