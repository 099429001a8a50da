import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// A scrolling region must be reachable by keyboard (WCAG 2.1.1; axe: scrollable-region-focusable).
/* eslint-disable jsx-a11y/no-noninteractive-tabindex */

/**
 * A matrix that cannot become cards (gap matrix, monitoring tables). When it is wider than the screen it says so above
 * it and scrolls sideways; then it is focusable and named, so keyboard users can scroll it too.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const hint = useId();
  const box = useRef<HTMLDivElement>(null);
  const [wider, setWider] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setWider(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {wider && (
        <p className="kern-hint scroll-hint" id={hint}>
          {t('scrollTable.hint')}
        </p>
      )}
      <div
        ref={box}
        className="kern-table-responsive"
        role="region"
        aria-label={label}
        aria-describedby={wider ? hint : undefined}
        tabIndex={wider ? 0 : undefined}
      >
        {children}
      </div>
    </>
  );
}
