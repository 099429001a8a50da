import type { ReactNode } from 'react';

/** A section's heading (the target of the section navigation and of the focus after a change) and its main action. */
export function SectionHeading({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  return (
    <div className="section-heading">
      <h2 id={id} className="kern-heading-medium" tabIndex={-1}>
        {title}
      </h2>
      {children && <div className="section-heading__actions">{children}</div>}
    </div>
  );
}
