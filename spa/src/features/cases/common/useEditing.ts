import { useState } from 'react';

/** Moves the focus to an element once React has drawn it: after a save, to what changed. */
export function focusSoon(id: string) {
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/**
 * Which one thing of a section is being edited (a person, a goal, "new"): one editor open at a time, so the page shows
 * the case and one form, not ten. Leaving it returns the focus to what was edited. `initial` opens the editor the
 * section's next step needs (e.g. the first authority of a case).
 */
export function useEditing(initial: string | null = null) {
  const [editing, setEditing] = useState<string | null>(initial);
  return {
    editing,
    is: (key: string) => editing === key,
    start: (key: string) => setEditing(key),
    stop: (focusId?: string) => {
      setEditing(null);
      if (focusId) focusSoon(focusId);
    },
  };
}
