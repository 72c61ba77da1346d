import { useCallback, useEffect, useRef, useState } from 'react';

/** A recording stops by itself after this long: long enough for tremor and blinks. */
export const longestRecordingSec = 30;
/** Seconds counted down before recording starts, to sit still and look at the camera. */
export const countdownFrom = 3;

export type CameraRecording =
  | { step: 'off' }
  | { step: 'asking' }
  | { step: 'ready'; stream: MediaStream }
  | { step: 'countdown'; stream: MediaStream; secondsLeft: number }
  | { step: 'recording'; stream: MediaStream; elapsedSec: number }
  | { step: 'problem'; problem: 'denied' | 'unavailable' };

/** Whether this browser can film and record at all (camera access and MediaRecorder). */
export function cameraRecordingSupported(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    typeof navigator.mediaDevices?.getUserMedia === 'function' &&
    typeof MediaRecorder !== 'undefined'
  );
}

/** WebM where the browser can (Chromium, Firefox), MP4 otherwise (Safari). */
function recordingType(): string | undefined {
  return ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm', 'video/mp4'].find(
    (type) => MediaRecorder.isTypeSupported(type),
  );
}

/**
 * Films a video check with the device's camera: camera on, a short countdown, recording up to
 * 30 seconds, and the recording handed over as a file. The recording exists only in this
 * page's memory; the camera is switched off as soon as it is not needed.
 */
export function useCameraRecording(onRecorded: (file: File) => void) {
  const [state, setState] = useState<CameraRecording>({ step: 'off' });
  const stream = useRef<MediaStream | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const timers = useRef<number[]>([]);
  const recorded = useRef(onRecorded);
  recorded.current = onRecorded;

  const clearTimers = useCallback(() => {
    for (const timer of timers.current) window.clearInterval(timer);
    timers.current = [];
  }, []);

  const switchOff = useCallback(() => {
    clearTimers();
    if (recorder.current && recorder.current.state !== 'inactive') {
      recorder.current.ondataavailable = null;
      recorder.current.onstop = null;
      recorder.current.stop();
    }
    recorder.current = null;
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
  }, [clearTimers]);

  useEffect(() => switchOff, [switchOff]);

  const open = useCallback(async () => {
    setState({ step: 'asking' });
    try {
      const camera = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 720 } },
        audio: false,
      });
      stream.current = camera;
      setState({ step: 'ready', stream: camera });
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      setState({
        step: 'problem',
        problem: name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable',
      });
    }
  }, []);

  const stop = useCallback(() => {
    clearTimers();
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, [clearTimers]);

  const startRecording = useCallback(
    (camera: MediaStream) => {
      const mimeType = recordingType();
      const media = new MediaRecorder(camera, mimeType ? { mimeType } : {});
      const chunks: Blob[] = [];
      media.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      media.onstop = () => {
        const type = media.mimeType || mimeType || 'video/webm';
        const extension = type.startsWith('video/mp4') ? 'mp4' : 'webm';
        const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
          .format(new Date())
          .replace(/[^\p{L}\p{N}]+/gu, '-');
        const file = new File(chunks, `camera-${time}.${extension}`, { type });
        for (const track of camera.getTracks()) track.stop();
        stream.current = null;
        recorder.current = null;
        setState({ step: 'off' });
        recorded.current(file);
      };
      recorder.current = media;
      media.start(1000);
      const started = performance.now();
      setState({ step: 'recording', stream: camera, elapsedSec: 0 });
      timers.current.push(
        window.setInterval(() => {
          const elapsedSec = (performance.now() - started) / 1000;
          if (elapsedSec >= longestRecordingSec) {
            stop();
            return;
          }
          setState({ step: 'recording', stream: camera, elapsedSec });
        }, 250),
      );
    },
    [stop],
  );

  const record = useCallback(() => {
    const camera = stream.current;
    if (!camera) return;
    let secondsLeft = countdownFrom;
    setState({ step: 'countdown', stream: camera, secondsLeft });
    timers.current.push(
      window.setInterval(() => {
        secondsLeft--;
        if (secondsLeft > 0) {
          setState({ step: 'countdown', stream: camera, secondsLeft });
          return;
        }
        clearTimers();
        startRecording(camera);
      }, 1000),
    );
  }, [clearTimers, startRecording]);

  const cancel = useCallback(() => {
    switchOff();
    setState({ step: 'off' });
  }, [switchOff]);

  return { state, open, record, stop, cancel };
}
