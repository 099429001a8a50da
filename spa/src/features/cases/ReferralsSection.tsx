import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { call, cases } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { ScrollableTable } from '../../components/ScrollableTable';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { memberNameOf, type CaseSectionProps } from './caseTypes';

const STATUS_STYLE: Record<string, string> = {
  REQUESTED: 'info',
  ACCEPTED: 'success',
  STARTED: 'success',
  COMPLETED: 'success',
  WAITLISTED: 'warning',
  DECLINED: 'danger',
  DROPPED_OUT: 'danger',
};

/** Referrals to offers with the providers' answers (they arrive as events) and whether an answer is overdue. */
export function ReferralsSection({ state }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  // The case's version changes with every answer, so the list follows the case.
  const loaded = useLoad(
    () => call(cases.GET('/api/cases/{id}/referrals', { params: { path: { id: state.id! } } })),
    [state.id, (state.referrals ?? []).map((referral) => referral.statusVersion).join()],
  );
  return (
    <section id="referrals" aria-labelledby="referrals-title" className="case-section">
      <h2 id="referrals-title" className="kern-heading-medium">
        {t('case.section.referrals')}
      </h2>
      <p>
        <Link className="kern-btn kern-btn--secondary" to={`/offers?case=${state.id}`}>
          <span className="kern-label">{t('referral.find')}</span>
        </Link>
      </p>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && loaded.data.length === 0 && <Empty text={t('referral.none')} />}
      {loaded.data && loaded.data.length > 0 && (
        <ScrollableTable label={t('case.section.referrals')}>
          <table className="kern-table" data-testid="case-referrals">
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('referral.offer')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('referral.member')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('referral.status')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('referral.requestedAt')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t('referral.dueBy')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {loaded.data.map(({ referral, dueBy, overdue }) => (
                <tr key={referral?.id} className="kern-table__row">
                  <td className="kern-table__cell">{referral?.offerTitle}</td>
                  <td className="kern-table__cell">{memberNameOf(state, referral?.memberId)}</td>
                  <td className="kern-table__cell">
                    <span className={`kern-badge kern-badge--${STATUS_STYLE[referral?.status ?? ''] ?? 'info'}`}>
                      <span className="kern-label">{labels.label('ReferralStatus', referral?.status)}</span>
                    </span>
                    {referral?.waitlistPosition != null && ` ${t('referral.position', { position: referral.waitlistPosition })}`}
                    {referral?.reason && <span className="kern-body--small"> – {referral.reason}</span>}
                  </td>
                  <td className="kern-table__cell">{labels.dateTime(referral?.requestedAt)}</td>
                  <td className="kern-table__cell">
                    {labels.dateTime(dueBy)}
                    {overdue && (
                      <span className="kern-badge kern-badge--danger">
                        <span className="kern-label">{t('referral.overdue')}</span>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
    </section>
  );
}
