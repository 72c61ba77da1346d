import { useEffect, useRef, useState } from 'react';

const PREFIX = 'tonus-draft:';

/**
 * A form value kept in this browser while it is being typed, so that nothing is lost when the
 * session ends, the page reloads or the connection drops. Call `clear` once the server has it.
 * Never use it for passwords.
 */
export function useDraft<T>(key: string, initial: T): [T, (value: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = localStorage.getItem(PREFIX + key);
      return stored === null ? initial : (JSON.parse(stored) as T);
    } catch {
      return initial;
    }
  });
  // After clear(), the form goes back to its start values: those are not a draft to keep.
  const cleared = useRef(false);
  useEffect(() => {
    if (cleared.current) {
      cleared.current = false;
      return;
    }
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the form still works, only without the safety net.
    }
  }, [key, value]);
  const clear = () => {
    localStorage.removeItem(PREFIX + key);
    if (value !== initial) cleared.current = true;
    setValue(initial);
  };
  return [value, setValue, clear];
}

/** On sign-out or erasure: drafts hold health data and must not stay on a shared device. */
export function discardAllDrafts() {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  }
}
