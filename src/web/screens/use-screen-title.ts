import { useEffect, useRef } from 'react';

/**
 * Sets the document title and moves focus to the screen's heading when a screen opens, so a
 * screen-reader or keyboard user lands on the new content instead of the old link.
 */
export function useScreenTitle(title: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const previous = document.title;
    document.title = `${title} – Tonus`;
    // The first screen after loading keeps the browser's own focus (top of page).
    if (previous !== 'Tonus') heading.current?.focus();
  }, [title]);
  return heading;
}
