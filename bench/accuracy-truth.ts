import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  committedDir,
  generatedDir,
  generateVideos,
  type Truth,
} from '../scripts/fixtures/generate.ts';
import { type TestVideo, testVideos } from '../scripts/fixtures/test-videos.ts';
import type { FrameMeasurement } from '../src/motion/frame-measurement.ts';

/** Path of a test video, generating it (and its truth) first when it is missing. */
export async function ensureVideos(videos: TestVideo[]): Promise<void> {
  const missing = videos.filter((v) => !existsSync(videoPath(v)) || !existsSync(truthPath(v)));
  if (missing.length) {
    console.log(`Generating ${missing.length} test videos into ${generatedDir} ...`);
    await generateVideos(missing, false);
  }
}

export function videoPath(v: TestVideo): string {
  return path.join(v.committed ? committedDir : generatedDir, `${v.name}.mp4`);
}

export function truthPath(v: TestVideo): string {
  return path.join(v.committed ? committedDir : generatedDir, `${v.name}.truth.json`);
}

export function readTruth(v: TestVideo): Truth {
  return JSON.parse(readFileSync(truthPath(v), 'utf8')) as Truth;
}

/** Truth frames in the shape of measurements, to score TWSTRS items from the truth. */
export function truthAsMeasurements(truth: Truth): FrameMeasurement[] {
  return truth.frames.map((f) => ({
    timeSec: f.timeSec,
    quality: f.faceVisible ? 'ok' : 'no-face',
    faceScore: f.faceVisible ? 1 : null,
    yawDeg: f.faceVisible ? f.yawDeg : null,
    pitchDeg: f.faceVisible ? f.pitchDeg : null,
    rollDeg: f.faceVisible ? f.rollDeg : null,
    shoulderLineDeg: truth.photoPose.shoulderLineDeg,
    shoulderElevation: null,
    headTiltToShouldersDeg: f.faceVisible ? f.headTiltToShouldersDeg : null,
    lateralShift: null,
    chinAboveShoulders: null,
    eyeOpennessLeft: null,
    eyeOpennessRight: null,
    eyeWidthLeftPx: null,
    eyeWidthRightPx: null,
  }));
}

export { testVideos };
