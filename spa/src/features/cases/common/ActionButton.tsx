import type { ButtonHTMLAttributes } from 'react';

/**
 * A button that says what it does. Its label never changes while it is busy (a second click would mean something
 * else): it is disabled and marked busy instead.
 */
export function ActionButton({
  kind = 'secondary',
  busy,
  children,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { kind?: 'primary' | 'secondary' | 'tertiary'; busy?: boolean }) {
  return (
    <button type="button" className={'kern-btn kern-btn--' + kind} disabled={busy || rest.disabled} aria-busy={busy || undefined} {...rest}>
      <span className="kern-label">{children}</span>
    </button>
  );
}
