import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  BrowserAnalysisProgress,
  BrowserVideoAnalysis,
} from '../../../vision/analyse-video-in-browser.ts';

/** Why a video could not be measured, in the words the screen uses. */
export type MeasurementProblem = 'unplayable' | 'noFace' | 'tools' | 'other';

export type VideoMeasurement =
  | { step: 'choosing' }
  | { step: 'preparing'; fileName: string }
  | { step: 'measuring'; fileName: string; progress: BrowserAnalysisProgress | null }
  | { step: 'done'; fileName: string; run: BrowserVideoAnalysis }
  | { step: 'failed'; fileName: string; problem: MeasurementProblem }
  | { step: 'cancelled'; fileName: string };

/**
 * One video check at a time: loads the measuring code only when a video is chosen (Human and
 * tfjs are a separate download the rest of the app never fetches), measures the file on this
 * device and can be cancelled. Leaving the screen cancels it too.
 */
export function useVideoMeasurement() {
  const [state, setState] = useState<VideoMeasurement>({ step: 'choosing' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const measure = useCallback(async (file: File, video: HTMLVideoElement | null) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const fileName = file.name;
    const current = () => running.current === controller;
    setState({ step: 'preparing', fileName });
    let modelReady = false;
    try {
      const { analyseVideoInBrowser } = await import('../../../vision/analyse-video-in-browser.ts');
      const run = await analyseVideoInBrowser(file, {
        ...(video ? { video } : {}),
        signal: controller.signal,
        onModelReady: () => {
          modelReady = true;
          if (current()) setState({ step: 'measuring', fileName, progress: null });
        },
        onProgress: (progress) => {
          if (current()) setState({ step: 'measuring', fileName, progress });
        },
      });
      if (current()) setState({ step: 'done', fileName, run });
    } catch (error) {
      if (!current()) return;
      const name = error instanceof Error || error instanceof DOMException ? error.name : '';
      if (name === 'AbortError') setState({ step: 'cancelled', fileName });
      else
        setState({
          step: 'failed',
          fileName,
          problem:
            name === 'UnplayableVideoError'
              ? 'unplayable'
              : name === 'NoFaceError'
                ? 'noFace'
                : modelReady
                  ? 'other'
                  : 'tools',
        });
      if (name !== 'AbortError' && name !== 'UnplayableVideoError' && name !== 'NoFaceError') {
        // Kept on this device, for whoever looks at the browser's console; nothing is sent.
        console.warn('The video check failed:', error);
      }
    } finally {
      if (current()) running.current = null;
    }
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);

  return { state, measure, cancel };
}
