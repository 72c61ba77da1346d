import { spawn } from 'node:child_process';
import type { FrameBuffers } from './frame-buffers.ts';
import { decodedFrameSize } from './frame-size.ts';
import type { VideoInfo } from './video-probe.ts';

export { decodedFrameSize, type FrameSize } from './frame-size.ts';

/** One decoded frame: upright, square pixels, packed RGB (3 bytes per pixel). */
export interface VideoFrame {
  index: number;
  /** Presentation time in seconds from the first frame (true timestamps; VFR-safe). */
  timeSec: number;
  width: number;
  height: number;
  rgb: Uint8Array;
}

/**
 * Decodes any video ffmpeg can read into frames. ffmpeg's autorotation applies the rotation
 * metadata, `scale`+`setsar=1` makes pixels square, `-fps_mode passthrough` keeps every frame
 * with its own timestamp (no duplicates or drops for variable frame rate), and the `showinfo`
 * filter reports each frame's true presentation time on stderr (without its per-frame checksums,
 * which cost about a quarter of ffmpeg's time and are not used).
 */
export async function* readFrames(
  info: VideoInfo,
  options: {
    maxLongSide?: number;
    /** Where frame buffers come from; without it every frame gets a new buffer of its own. */
    buffers?: FrameBuffers;
  } = {},
): AsyncGenerator<VideoFrame> {
  const size = decodedFrameSize(info, options.maxLongSide);
  const frameBytes = size.width * size.height * 3;
  const ffmpeg = spawn(
    'ffmpeg',
    [
      '-hide_banner',
      '-nostdin',
      '-loglevel',
      'info',
      '-i',
      info.file,
      '-map',
      '0:v:0',
      '-vf',
      // No resampling when the upright picture already has the output size and square pixels.
      size.width === Math.round(info.displayWidth) &&
      size.height === Math.round(info.displayHeight) &&
      info.pixelAspect === 1
        ? 'showinfo=checksum=0'
        : `scale=${size.width}:${size.height}:flags=bicubic,setsar=1,showinfo=checksum=0`,
      '-fps_mode',
      'passthrough',
      '-pix_fmt',
      'rgb24',
      '-f',
      'rawvideo',
      'pipe:1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const times: number[] = [];
  let stderrTail = '';
  let pending = '';
  ffmpeg.stderr.setEncoding('utf8');
  ffmpeg.stderr.on('data', (text: string) => {
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const match = /\bn:\s*(\d+)\s.*\bpts_time:\s*(-?[\d.e+-]+)/.exec(line);
      if (match) times[Number(match[1])] = Number(match[2]);
      else stderrTail = `${stderrTail}\n${line}`.slice(-2000);
    }
  });
  const exited = new Promise<number>((resolve, reject) => {
    ffmpeg.on('error', reject);
    ffmpeg.on('close', (code) => resolve(code ?? 1));
  });
  // A timestamp is printed when its frame leaves the filter, just before or after the frame's
  // bytes; wait for it briefly rather than guessing.
  const timeOf = async (index: number): Promise<number | undefined> => {
    for (let attempt = 0; attempt < 200 && times[index] === undefined; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, attempt < 10 ? 0 : 5));
    }
    return times[index];
  };
  // Each frame is filled chunk by chunk into its own buffer (no re-concatenation per chunk).
  const newBuffer = () => options.buffers?.take(frameBytes) ?? new Uint8Array(frameBytes);
  let rgb = newBuffer();
  let filled = 0;
  let index = 0;
  let firstTime: number | null = null;
  try {
    for await (const chunk of ffmpeg.stdout as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length) {
        const take = Math.min(frameBytes - filled, chunk.length - offset);
        rgb.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled < frameBytes) break;
        const pts = await timeOf(index);
        const fallback = info.averageFrameRate ? index / info.averageFrameRate : index / 30;
        const absolute = pts ?? fallback;
        if (firstTime === null) firstTime = absolute;
        yield { index, timeSec: absolute - firstTime, width: size.width, height: size.height, rgb };
        index++;
        rgb = newBuffer();
        filled = 0;
      }
    }
    const code = await exited;
    if (code !== 0 && index === 0)
      throw new Error(`ffmpeg could not decode the video: ${stderrTail.trim().slice(-400)}`);
  } finally {
    if (ffmpeg.exitCode === null) ffmpeg.kill('SIGKILL');
  }
}
