import { useTranslation } from 'react-i18next';
import type { CaseSchemas } from '../../../api/client';
import { Empty } from '../../../components/States';
import { todayIso, useLabels } from '../../../i18n/format';
import { ActionButton } from '../common/ActionButton';

type Participation = CaseSchemas['Participation'];

/** The authorities taking part (and those that took part), with whom to contact and their file reference. */
export function ParticipationList({
  participations,
  busy,
  onEnd,
}: {
  participations: Participation[];
  busy?: string;
  onEnd: (participation: Participation) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  if (participations.length === 0) return <Empty text={t('participation.none')} />;
  return (
    <ul className="item-list">
      {participations.map((participation) => {
        const ended = Boolean(participation.until && participation.until < todayIso());
        const authority = labels.label('Authority', participation.authority);
        return (
          <li key={participation.id} className="item-list__item">
            <div>
              <strong>{authority}</strong>{' '}
              {ended
                ? t('participation.period', { since: labels.date(participation.since), until: labels.date(participation.until) })
                : participation.until
                  ? t('participation.period', { since: labels.date(participation.since), until: labels.date(participation.until) })
                  : t('participation.since', { date: labels.date(participation.since) })}
              {participation.contact && (
                <div className="kern-body kern-body--small">{t('participation.contactIs', { contact: participation.contact })}</div>
              )}
              {participation.fileReference && (
                <div className="kern-body kern-body--small">
                  {t('participation.fileReferenceIs', { reference: participation.fileReference })}
                </div>
              )}
            </div>
            {!participation.until && (
              <ActionButton kind="tertiary" busy={busy === 'end:' + participation.id} onClick={() => onEnd(participation)}>
                {t('participation.end', { authority })}
              </ActionButton>
            )}
          </li>
        );
      })}
    </ul>
  );
}
