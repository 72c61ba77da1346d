import { useEffect, useState } from 'react';

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
  useEffect(() => {
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the form still works, only without the safety net.
    }
  }, [key, value]);
  const clear = () => {
    localStorage.removeItem(PREFIX + key);
    setValue(initial);
  };
  return [value, setValue, clear];
}
