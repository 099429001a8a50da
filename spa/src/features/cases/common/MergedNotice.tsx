import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../api/conflict';
import { ChangedMeanwhile } from '../history/ChangedMeanwhile';

/** After a save that met someone else's change and was applied on top of it: what they had changed. */
export function MergedNotice({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return null;
  return (
    <div className="kern-alert kern-alert--info" role="status">
      <div className="kern-alert__header">
        <span className="kern-title">{t('conflict.merged')}</span>
      </div>
      <div className="kern-alert__body">
        <ChangedMeanwhile entries={entries} />
      </div>
    </div>
  );
}
