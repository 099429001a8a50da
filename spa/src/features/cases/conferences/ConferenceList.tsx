import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../components/States';
import { useLabels } from '../../../i18n/format';

interface Conference<Decision> {
  id?: string;
  heldOn?: string;
  participants?: string[];
  decisions?: Decision[];
}

/**
 * Case conferences, newest first: when, which authorities took part, what they decided. The case manager's page and an
 * authority's view show the decisions differently (the view names each decision's data category).
 */
export function ConferenceList<Decision>({
  conferences,
  none,
  noDecisions,
  decision,
}: {
  conferences: Conference<Decision>[];
  none: string;
  /** Shown instead of an empty list of decisions; without it the list is just empty. */
  noDecisions?: string;
  decision: (decision: Decision) => ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const newestFirst = [...conferences].reverse();
  return (
    <>
      {newestFirst.length === 0 && <Empty text={none} />}
      <ul className="item-list">
        {newestFirst.map((conference) => (
          <li key={conference.id} className="item-list__item">
            <div>
              <strong>{t('conferences.of', { date: labels.date(conference.heldOn) })}</strong>
              <div className="kern-body kern-body--small">
                {t('conferences.with', {
                  participants: (conference.participants ?? []).map((p) => labels.label('Authority', p)).join(', '),
                })}
              </div>
              {noDecisions && (conference.decisions ?? []).length === 0 ? (
                <p className="kern-body kern-body--small">{noDecisions}</p>
              ) : (
                <ul className="kern-list">
                  {(conference.decisions ?? []).map((item, index) => (
                    <li key={index}>{decision(item)}</li>
                  ))}
                </ul>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
