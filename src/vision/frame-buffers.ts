/**
 * Pixel buffers of decoded frames, used again once a worker has sent one back.
 *
 * Why: a fresh buffer for every frame cost the main thread about 1.5 ms a frame on a 2-core
 * virtual machine (new memory is zeroed and faulted in page by page, then collected), time the
 * model workers need on a machine with as many cores as workers. Only buffers of the size last
 * asked for are kept, and no more than `keep` of them, so a pool shared by videos of different
 * sizes holds no stale memory.
 */
export interface FrameBuffers {
  /** A buffer of `bytes` bytes, used or new; its contents are whatever was there before. */
  take(bytes: number): Uint8Array;
  /** Gives back a buffer nobody reads or writes any more. */
  give(buffer: Uint8Array): void;
  /** Buffers waiting to be used again (for tests). */
  readonly kept: number;
}

export function createFrameBuffers(keep: number): FrameBuffers {
  let size = 0;
  let free: Uint8Array[] = [];
  return {
    take(bytes) {
      if (bytes !== size) {
        size = bytes;
        free = [];
      }
      return free.pop() ?? new Uint8Array(bytes);
    },
    give(buffer) {
      if (buffer.byteLength === size && buffer.byteOffset === 0 && free.length < keep)
        free.push(buffer);
    },
    get kept() {
      return free.length;
    },
  };
}
