import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What Tonus needs to know about a video before decoding it. */
export interface VideoInfo {
  file: string;
  container: string;
  codec: string;
  /** Coded size, before rotation and pixel-aspect correction. */
  codedWidth: number;
  codedHeight: number;
  /**
   * Rotation metadata (display matrix or legacy `rotate` tag), 0, 90, 180 or 270 degrees.
   * ffmpeg's autorotation applies it while decoding, exactly as a player would.
   */
  rotationDeg: number;
  /** Sample (pixel) aspect ratio: 1 for square pixels. */
  pixelAspect: number;
  /** Upright size with square pixels: what a viewer sees. */
  displayWidth: number;
  displayHeight: number;
  durationSec: number | null;
  /** Average frame rate declared by the container (frames have their own true timestamps). */
  averageFrameRate: number | null;
  frameCountHint: number | null;
}

export class VideoInputError extends Error {
  constructor(
    message: string,
    readonly kind: 'missing' | 'not-a-video',
  ) {
    super(message);
    this.name = 'VideoInputError';
  }
}

/** Containers ffmpeg can open that hold still pictures, not video. */
const stillImageFormats = new Set([
  'png_pipe',
  'jpeg_pipe',
  'image2',
  'bmp_pipe',
  'webp_pipe',
  'gif_pipe',
  'tiff_pipe',
]);

export async function probeVideo(file: string): Promise<VideoInfo> {
  try {
    await access(file);
  } catch {
    throw new VideoInputError(`no such file: ${file}`, 'missing');
  }
  let output: string;
  try {
    const result = await run(
      'ffprobe',
      [
        '-v',
        'error',
        '-select_streams',
        'v:0',
        '-show_streams',
        '-show_format',
        '-of',
        'json',
        file,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    output = result.stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('ffprobe was not found: install ffmpeg (Debian: apt-get install ffmpeg)');
    }
    throw new VideoInputError(`not a video file ffmpeg can read: ${file}`, 'not-a-video');
  }
  const parsed = JSON.parse(output) as {
    streams?: Record<string, unknown>[];
    format?: { format_name?: string; duration?: string };
  };
  const stream = parsed.streams?.[0];
  const container = parsed.format?.format_name ?? 'unknown';
  if (!stream || stillImageFormats.has(container)) {
    throw new VideoInputError(`not a video (no moving picture in it): ${file}`, 'not-a-video');
  }
  const codedWidth = Number(stream.width);
  const codedHeight = Number(stream.height);
  if (!(codedWidth > 0 && codedHeight > 0)) {
    throw new VideoInputError(`not a video (no picture size): ${file}`, 'not-a-video');
  }
  const rotationDeg = readRotation(stream);
  const pixelAspect = ratio(String(stream.sample_aspect_ratio ?? '1:1')) || 1;
  // Square pixels first (width times the pixel aspect), then rotate.
  const squareWidth = codedWidth * pixelAspect;
  const quarterTurn = rotationDeg === 90 || rotationDeg === 270;
  const displayWidth = quarterTurn ? codedHeight : squareWidth;
  const displayHeight = quarterTurn ? squareWidth : codedHeight;
  const duration = Number(stream.duration ?? parsed.format?.duration);
  const frames = Number(stream.nb_frames);
  return {
    file,
    container,
    codec: String(stream.codec_name ?? 'unknown'),
    codedWidth,
    codedHeight,
    rotationDeg,
    pixelAspect,
    displayWidth,
    displayHeight,
    durationSec: Number.isFinite(duration) && duration > 0 ? duration : null,
    averageFrameRate:
      ratio(String(stream.avg_frame_rate ?? '')) ||
      ratio(String(stream.r_frame_rate ?? '')) ||
      null,
    frameCountHint: Number.isFinite(frames) && frames > 0 ? frames : null,
  };
}

/** Clockwise display rotation in 0..359 from the display matrix or the legacy `rotate` tag. */
function readRotation(stream: Record<string, unknown>): number {
  const sideData = (stream.side_data_list as { rotation?: number }[] | undefined) ?? [];
  const fromMatrix = sideData.find((d) => typeof d.rotation === 'number')?.rotation;
  const tags = (stream.tags as Record<string, string> | undefined) ?? {};
  // The display matrix gives counter-clockwise degrees; the old tag gives clockwise ones.
  const clockwise = fromMatrix !== undefined ? -fromMatrix : Number(tags.rotate ?? 0);
  return (((Math.round(clockwise / 90) * 90) % 360) + 360) % 360;
}

function ratio(text: string): number {
  const [a, b] = text.split(/[:/]/).map(Number);
  if (a === undefined || !Number.isFinite(a)) return 0;
  if (b === undefined) return a;
  return b > 0 ? a / b : 0;
}
