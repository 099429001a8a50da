import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseSchemas } from '../../api/client';
import { todayIso, useLabels } from '../../i18n/format';

type Flag = CaseSchemas['Flag'];

/** The kinds of flag, the one that cannot wait first (the worklist's weights), each with how urgent it looks. */
const KINDS: Record<string, { rank: number; style: string }> = {
  RESIDENCE_EXPIRING: { rank: 0, style: 'danger' },
  REFERRAL_OVERDUE: { rank: 1, style: 'warning' },
  ENDED_WITHOUT_FOLLOW_UP: { rank: 2, style: 'warning' },
  REVIEW_OVERDUE: { rank: 3, style: 'warning' },
  INACTIVE: { rank: 4, style: 'info' },
};

/** Flags of the same kind and date as one (four people whose permits end on the same day), most pressing first. */
export function groupFlags(flags: Flag[]): { flag: Flag; count: number }[] {
  const groups = new Map<string, { flag: Flag; count: number }>();
  for (const flag of flags) {
    const key = `${flag.kind}:${flag.since ?? ''}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { flag, count: 1 });
  }
  const rank = (flag: Flag) => KINDS[flag.kind ?? '']?.rank ?? 9;
  return [...groups.values()].sort((a, b) => rank(a.flag) - rank(b.flag) || (a.flag.since ?? '').localeCompare(b.flag.since ?? ''));
}

/**
 * A flag in words with its date ("Aufenthalt läuft ab am 12.01.2027"), and how many it stands for. The API's detail is
 * English and for developers; `since` is when the condition began, for a permit the day it ends.
 */
export function useFlagText() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (flag: Flag, count = 1) => {
    const kind = flag.kind ?? '';
    const variant = kind === 'RESIDENCE_EXPIRING' && flag.since && flag.since < todayIso() ? 'RESIDENCE_EXPIRED' : kind;
    const text = flag.since
      ? t(`worklist.flagText.${variant}`, { date: labels.date(flag.since), defaultValue: labels.label('Flag', kind) })
      : labels.label('Flag', kind);
    if (count === 1) return text;
    return `${text} ${kind === 'RESIDENCE_EXPIRING' ? t('worklist.flagPeople', { count }) : t('worklist.flagTimes', { count })}`;
  };
}

/** The reasons a case needs attention as badges; an ending permit links to the people of the household. */
export function FlagList({ caseId, flags }: { caseId: string; flags: Flag[] }) {
  const text = useFlagText();
  if (flags.length === 0) return <>–</>;
  return (
    <ul className="flag-list">
      {groupFlags(flags).map(({ flag, count }) => {
        const badge = (
          <span className={`kern-badge kern-badge--${KINDS[flag.kind ?? '']?.style ?? 'info'}`}>
            <span className="kern-label">{text(flag, count)}</span>
          </span>
        );
        return (
          <li key={`${flag.kind}:${flag.since ?? ''}`}>
            {flag.kind === 'RESIDENCE_EXPIRING' ? (
              <Link className="flag-list__link" to={`/cases/${caseId}/household`}>
                {badge}
              </Link>
            ) : (
              badge
            )}
          </li>
        );
      })}
    </ul>
  );
}
