import type { ComponentProps } from 'react';
import { Button } from 'react-aria-components';
import { useRepeatPressGuard } from './use-repeat-press-guard.ts';

type Props = ComponentProps<typeof Button> & { variant?: 'primary' | 'secondary' | 'danger' };

/** A large button that ignores a repeated press within 500 ms. */
export function CalmButton({ onPress, variant = 'primary', className, ...props }: Props) {
  const accept = useRepeatPressGuard();
  return (
    <Button
      {...props}
      className={`button button-${variant}${className ? ` ${className}` : ''}`}
      onPress={(event) => {
        if (accept()) onPress?.(event);
      }}
    />
  );
}
