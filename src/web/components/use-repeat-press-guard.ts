import { useRef } from 'react';

/** A second press of the same control within this time is a tremor, not a wish (UX.md). */
export const REPEAT_PRESS_GUARD_MS = 500;

/**
 * Returns `accept(key)`: false for a press of the same control (same key) within 500 ms of
 * the last accepted one. A different control is never held back.
 */
export function useRepeatPressGuard(): (key?: string) => boolean {
  const last = useRef<{ key: string; at: number }>({ key: '', at: Number.NEGATIVE_INFINITY });
  return (key = '') => {
    const now = performance.now();
    if (last.current.key === key && now - last.current.at < REPEAT_PRESS_GUARD_MS) return false;
    last.current = { key, at: now };
    return true;
  };
}
