import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useInRouterContext, useLocation } from 'react-router-dom';

const AnnounceContext = createContext<(text: string) => void>(() => undefined);

/** How long a confirmation stays on screen; screen readers have read it by then. */
const VISIBLE_MS = 8000;
/**
 * Confirmations after a change ("Geburtsdatum von Amira Haddad geändert"): shown at the top of the page and read out by
 * screen readers (a polite live region that exists before anything is put into it, so that it is announced).
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; at: number }>();
  const timer = useRef<number | undefined>(undefined);
  const announce = useCallback((text: string) => {
    window.clearTimeout(timer.current);
    setMessage({ text, at: Date.now() });
    timer.current = window.setTimeout(() => setMessage(undefined), VISIBLE_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const leaveBehind = useCallback(() => setMessage(undefined), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {useInRouterContext() && <OnNavigation run={leaveBehind} />}
      <div className="announcer" role="status" aria-live="polite" aria-atomic="true">
        {message && (
          <div key={message.at} className="kern-alert kern-alert--success announcer__message">
            <div className="kern-alert__header">
              <span className="kern-title">{message.text}</span>
            </div>
          </div>
        )}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce() {
  return useContext(AnnounceContext);
}

/**
 * Going elsewhere leaves the last screen's confirmation behind: on another screen it would speak of something not
 * shown there. A save that leads to the screen it speaks of (a new case opens as its page) navigates with
 * CONFIRMATION_CARRIED as the location's state.
 */
function OnNavigation({ run }: { run: () => void }) {
  const { pathname, state } = useLocation();
  const shownOn = useRef(pathname);
  useEffect(() => {
    if (pathname === shownOn.current) return;
    shownOn.current = pathname;
    if ((state as { confirmationCarried?: boolean } | null)?.confirmationCarried !== true) run();
  }, [pathname, state, run]);
  return null;
}

/** The navigation state of a save that opens the screen its confirmation speaks of. */
export const CONFIRMATION_CARRIED = { confirmationCarried: true };
