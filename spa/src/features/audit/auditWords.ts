import { useTranslation } from 'react-i18next';
import { useTeam } from '../../api/reference';

/** Builds the query of a date range: from the start of the first day up to the end of the last (the API's "to" excludes). */
export function dayRange(from?: string, to?: string) {
  const start = (day: string) => new Date(`${day}T00:00`).toISOString();
  const next = (day: string) => {
    const date = new Date(`${day}T00:00`);
    date.setDate(date.getDate() + 1);
    return date.toISOString();
  };
  return { from: from ? start(from) : undefined, to: to ? next(to) : undefined };
}

/**
 * The audit log in words: an action as people say it ("Fall gelesen"), a person by name where the team directory
 * knows them; otherwise their login id, called "Kennung" (the log is the data-protection officer's tool).
 */
export function useAuditWords() {
  const { t } = useTranslation();
  const team = useTeam();
  return {
    action: (action?: string | null) =>
      action ? t([`audit.actions.${action}`, `enum.HistoryAction.${action}`], { defaultValue: t('audit.otherAction', { action }) }) : '–',
    actor: (subject?: string | null) => {
      const name = subject ? team.member(subject)?.displayName : undefined;
      return { name: name ?? (subject ? t('audit.subjectIs', { subject }) : '–'), known: Boolean(name) };
    },
  };
}
