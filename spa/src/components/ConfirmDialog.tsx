import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Question {
  title: string;
  body: string;
  /** The action in words, e.g. "Einwilligung widerrufen"; the button that does it. */
  confirm: string;
}

const ConfirmContext = createContext<(question: Question) => Promise<boolean>>(async () => false);

/**
 * Asks before what cannot be undone (revoking a consent, ending a participation, a drop-out): a modal KERN dialog
 * whose buttons name the action; the focus starts on "Abbrechen" (the dialog's first button), Escape cancels too, and
 * the focus returns to where it was.
 */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [question, setQuestion] = useState<Question>();
  const answer = useRef<(confirmed: boolean) => void>(undefined);
  const returnTo = useRef<Element | null>(null);

  const ask = useCallback((next: Question) => {
    returnTo.current = document.activeElement;
    setQuestion(next);
    return new Promise<boolean>((resolve) => {
      answer.current = resolve;
    });
  }, []);

  useEffect(() => {
    if (question && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [question]);

  const close = (confirmed: boolean) => {
    dialog.current?.close();
    setQuestion(undefined);
    answer.current?.(confirmed);
    answer.current = undefined;
    if (returnTo.current instanceof HTMLElement) returnTo.current.focus();
  };

  return (
    <ConfirmContext.Provider value={ask}>
      {children}
      <dialog
        ref={dialog}
        className="kern-dialog"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        onCancel={(event) => {
          event.preventDefault();
          close(false);
        }}
      >
        {question && (
          <>
            <header className="kern-dialog__header">
              <h2 id="confirm-title" className="kern-title">
                {question.title}
              </h2>
            </header>
            <section className="kern-dialog__body">
              <p id="confirm-body" className="kern-body">
                {question.body}
              </p>
            </section>
            <footer className="kern-dialog__footer">
              <button type="button" className="kern-btn kern-btn--secondary" onClick={() => close(false)}>
                <span className="kern-label">{t('common.cancel')}</span>
              </button>
              <button type="button" className="kern-btn kern-btn--primary" onClick={() => close(true)}>
                <span className="kern-label">{question.confirm}</span>
              </button>
            </footer>
          </>
        )}
      </dialog>
    </ConfirmContext.Provider>
  );
}

export function useConfirm() {
  return useContext(ConfirmContext);
}
