import { type ComponentProps, useRef } from 'react';
import { Button } from 'react-aria-components';

/** A second press of the same button within this time is a tremor, not a wish (UX.md). */
export const REPEAT_PRESS_GUARD_MS = 500;

type Props = ComponentProps<typeof Button> & { variant?: 'primary' | 'secondary' | 'danger' };

/** A large button that ignores a repeated press within 500 ms. */
export function CalmButton({ onPress, variant = 'primary', className, ...props }: Props) {
  const lastPress = useRef(Number.NEGATIVE_INFINITY);
  return (
    <Button
      {...props}
      className={`button button-${variant}${className ? ` ${className}` : ''}`}
      onPress={(event) => {
        const now = performance.now();
        if (now - lastPress.current < REPEAT_PRESS_GUARD_MS) return;
        lastPress.current = now;
        onPress?.(event);
      }}
    />
  );
}
