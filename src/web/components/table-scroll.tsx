import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen. The box can take keyboard focus so
 * that arrow keys scroll it (WCAG 2.1.1), and is named after its table.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
