import type { ReactNode } from 'react';

/** A wide table that scrolls sideways on small screens; focusable and named, so keyboard users can scroll it too. */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="kern-table-responsive" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
