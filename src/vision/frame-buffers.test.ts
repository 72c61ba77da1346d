import { describe, expect, it } from 'vitest';
import { createFrameBuffers } from './frame-buffers.ts';

describe('frame buffers', () => {
  it('hands back a buffer given back, of the size asked for', () => {
    const buffers = createFrameBuffers(2);
    const first = buffers.take(12);
    expect(first.byteLength).toBe(12);
    buffers.give(first);
    expect(buffers.kept).toBe(1);
    expect(buffers.take(12)).toBe(first);
    expect(buffers.kept).toBe(0);
  });

  it('keeps no more than asked, and nothing of another size', () => {
    const buffers = createFrameBuffers(2);
    const taken = [buffers.take(12), buffers.take(12), buffers.take(12)];
    for (const b of taken) buffers.give(b);
    expect(buffers.kept).toBe(2);
    buffers.give(new Uint8Array(8));
    expect(buffers.kept).toBe(2);
    // A video of another size: the old buffers are dropped, a new one is made.
    const other = buffers.take(8);
    expect(other.byteLength).toBe(8);
    expect(buffers.kept).toBe(0);
  });

  it('does not keep a view into a larger buffer', () => {
    const buffers = createFrameBuffers(2);
    buffers.take(12);
    buffers.give(new Uint8Array(24).subarray(12));
    expect(buffers.kept).toBe(0);
  });
});
