import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../i18n/format';
import type { HistoryEntry } from '../../../api/conflict';
import { describeActor, describeChange } from './describe';
import { useWords } from './useWords';

/** One version of the case: when, who, what in words, and each change with old and new value. */
export function HistoryEntryView({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const words = useWords();
  const changes = entry.changes ?? [];
  return (
    <>
      <p className="kern-body history-entry__head">
        <strong>{labels.dateTime(entry.at)}</strong> · {describeActor(words, entry.actor)} ·{' '}
        {t(`enum.HistoryAction.${entry.action}`, { defaultValue: t('history.change.other') })}
      </p>
      {changes.length > 0 && (
        <ul className="kern-list history-entry__changes">
          {changes.map((change, index) => (
            <li key={index}>{describeChange(words, change)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
