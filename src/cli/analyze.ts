import { writeFile } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { tonusVersion } from '../server/version.ts';
import { analyseVideoFile, NoFaceError } from '../vision/analyse-video.ts';
import { VideoInputError } from '../vision/video-probe.ts';
import { htmlReport } from './analyze-html-report.ts';
import { analysisResult, plainSummary } from './analyze-result.ts';

/** Exit codes of `tonus analyze`, documented in the README. */
export const AnalyzeExit = { failed: 1, missingFile: 3, notAVideo: 4, noFace: 5 } as const;

const positiveInteger = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
};

export function analyzeCommand(): Command {
  return new Command('analyze')
    .description(
      'measure head posture, head tremor and blinks in a video (estimates for a clinician to check; the video stays on this computer)',
    )
    .argument('<video>', 'any video file ffmpeg can read (mp4, mov, webm, mjpeg...)')
    .option('--json <file>', 'write the full result as JSON')
    .option('--html <file>', 'write a self-contained HTML report with plots')
    .option('--workers <n>', 'model worker threads (default: one per core)', positiveInteger)
    .option('--quiet', 'no progress bar and no summary')
    .action(
      async (
        video: string,
        flags: { json?: string; html?: string; workers?: number; quiet?: boolean },
      ) => {
        const showBar = !flags.quiet && process.stderr.isTTY;
        const bar = new SingleBar({
          format:
            'Analysing |{bar}| {value}/{total} frames · {speed} frames/s · {eta_formatted} left',
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 60,
        });
        let started = false;
        try {
          const run = await analyseVideoFile(video, {
            ...(flags.workers ? { workers: flags.workers } : {}),
            onProgress: (p) => {
              if (!showBar) return;
              const total = Math.max(p.framesExpected ?? p.framesDone, p.framesDone);
              const speed = (p.framesDone / Math.max(p.elapsedSec, 1e-3)).toFixed(1);
              if (!started) {
                bar.start(total, 0, { speed });
                started = true;
              }
              bar.setTotal(total);
              bar.update(p.framesDone, { speed });
            },
          });
          if (started) bar.stop();
          const result = analysisResult(run, tonusVersion);
          if (flags.json) await writeFile(flags.json, `${JSON.stringify(result, null, 2)}\n`);
          if (flags.html) await writeFile(flags.html, htmlReport(result));
          if (!flags.quiet) process.stdout.write(plainSummary(result));
          for (const warning of result.quality.warnings) {
            process.stderr.write(`tonus: warning: ${warning}\n`);
          }
        } catch (error) {
          if (started) bar.stop();
          if (error instanceof VideoInputError) {
            fail(
              error.message,
              error.kind === 'missing' ? AnalyzeExit.missingFile : AnalyzeExit.notAVideo,
            );
          }
          if (error instanceof NoFaceError) {
            fail(
              `${error.message}: nothing to measure. Film the face from the front, in good light.`,
              AnalyzeExit.noFace,
            );
          }
          fail(
            `analysis failed: ${error instanceof Error ? error.message : String(error)}`,
            AnalyzeExit.failed,
          );
        }
      },
    );
}

function fail(message: string, code: number): never {
  process.stderr.write(`tonus: ${message}\n`);
  process.exit(code);
}
