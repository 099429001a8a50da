import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../api/conflict';
import { HistoryEntryView } from './HistoryEntryView';

/** What others changed since the user began editing: shown with a conflict, and after a merged save. */
export function ChangedMeanwhile({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <div className="changed-meanwhile">
      <p className="kern-body">{t('history.meanwhile')}</p>
      <ol className="kern-list history-list">
        {entries.map((entry) => (
          <li key={entry.version}>
            <HistoryEntryView entry={entry} />
          </li>
        ))}
      </ol>
    </div>
  );
}
