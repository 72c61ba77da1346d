import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFrames, type VideoFrame } from './frame-source.ts';
import { probeVideo, VideoInputError } from './video-probe.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'tonus-frames-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ffmpeg(...args: string[]): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);
}

/** 320x240 test video: left half white, right half black. */
function halves(file: string, extra: string[] = [], filter = 'null'): string {
  const target = path.join(dir, file);
  ffmpeg(
    '-f',
    'lavfi',
    '-i',
    'color=black:size=320x240:rate=30',
    '-f',
    'lavfi',
    '-i',
    'color=white:size=160x240:rate=30',
    '-filter_complex',
    `[0][1]overlay=0:0,${filter}`,
    '-t',
    '1',
    '-pix_fmt',
    'yuv420p',
    ...extra,
    target,
  );
  return target;
}

async function collect(file: string): Promise<VideoFrame[]> {
  const frames: VideoFrame[] = [];
  for await (const frame of readFrames(await probeVideo(file))) frames.push(frame);
  return frames;
}

const brightness = (frame: VideoFrame, x: number, y: number) =>
  frame.rgb[3 * (y * frame.width + x)] ?? -1;

describe('frame source', () => {
  it('decodes every frame upright with its timestamp', async () => {
    const frames = await collect(halves('plain.mp4'));
    expect(frames).toHaveLength(30);
    expect(frames[0]?.width).toBe(320);
    expect(frames[10]?.timeSec).toBeCloseTo(10 / 30, 4);
    expect(brightness(frames[0] as VideoFrame, 20, 120)).toBeGreaterThan(200);
    expect(brightness(frames[0] as VideoFrame, 300, 120)).toBeLessThan(50);
  });

  it('honours rotation metadata as a player does', async () => {
    const plain = halves('to-rotate.mp4');
    const rotated = path.join(dir, 'rotated.mp4');
    ffmpeg('-i', plain, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', rotated);
    const info = await probeVideo(rotated);
    // The tag becomes a display matrix of 90° counter-clockwise, i.e. 270° clockwise.
    expect(info.rotationDeg).toBe(270);
    const frames = await collect(rotated);
    const first = frames[0] as VideoFrame;
    expect([first.width, first.height]).toEqual([240, 320]);
    // Turned a quarter counter-clockwise: the white left half is now at the bottom.
    expect(brightness(first, 120, 300)).toBeGreaterThan(200);
    expect(brightness(first, 120, 20)).toBeLessThan(50);
  });

  it('makes pixels square (anamorphic video)', async () => {
    const file = halves('anamorphic.mp4', [], 'setsar=2');
    const info = await probeVideo(file);
    expect(info.pixelAspect).toBe(2);
    const frames = await collect(file);
    expect([frames[0]?.width, frames[0]?.height]).toEqual([640, 240]);
  });

  it('keeps true timestamps of variable-frame-rate video (no duplicated or dropped frames)', async () => {
    const file = halves(
      'vfr.mp4',
      ['-fps_mode', 'passthrough'],
      "setpts='if(lt(N\\,15)\\,N/30\\,0.5+(N-15)/10)/TB'",
    );
    const frames = await collect(file);
    // 15 frames at 30 fps, then 10 fps until the 1 s cut: 20 frames, none invented.
    expect(frames).toHaveLength(20);
    expect(frames[14]?.timeSec).toBeCloseTo(14 / 30, 3);
    expect(frames[19]?.timeSec).toBeCloseTo(0.5 + 4 / 10, 3);
  });

  it('says clearly when the file is missing or is not a video', async () => {
    await expect(probeVideo(path.join(dir, 'nothing.mp4'))).rejects.toMatchObject({
      kind: 'missing',
    });
    const text = path.join(dir, 'notes.mp4');
    writeFileSync(text, 'this is not a video');
    await expect(probeVideo(text)).rejects.toBeInstanceOf(VideoInputError);
    await expect(probeVideo(text)).rejects.toMatchObject({ kind: 'not-a-video' });
    const still = path.join(dir, 'still.png');
    ffmpeg('-f', 'lavfi', '-i', 'color=red:size=64x64', '-frames:v', '1', still);
    await expect(probeVideo(still)).rejects.toMatchObject({ kind: 'not-a-video' });
  });
});
