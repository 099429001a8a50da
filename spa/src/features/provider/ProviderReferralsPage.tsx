import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, callWithVersion, offers, type OfferSchemas } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { Button, SelectField } from '../../components/Fields';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { PLACEMENT_STATUSES } from '../../api/enums';

type Placement = 'start' | 'complete' | 'drop-out';
const NEXT: Record<string, Placement[]> = { ACCEPTED: ['start', 'drop-out'], STARTED: ['complete', 'drop-out'], WAITLISTED: ['drop-out'] };

/**
 * Provider staff: referrals to their own offers (pseudonymous: a case reference, age, gender; a name only where the
 * household consented), the waitlist, and marking placements started, completed or dropped out.
 */
export function ProviderReferralsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const [status, setStatus] = useState('');
  const loaded = useLoad(
    () =>
      call(
        offers.GET('/api/referrals', {
          params: { query: { status: (status || undefined) as OfferSchemas['PlacementStatus'] | undefined, size: 100 } },
        }),
      ),
    [status],
  );
  // A placement step is checked against the referral's state by the service (ACCEPTED → STARTED …), so the version
  // read right before it is enough: a step someone else took meanwhile is refused as an invalid transition.
  const mark = (referralId: string, placement: Placement) =>
    action.run(async () => {
      const { etag } = await callWithVersion(offers.GET('/api/referrals/{id}', { params: { path: { id: referralId } } }));
      const options = { params: { path: { id: referralId }, header: { 'If-Match': etag } } };
      await call(
        placement === 'start'
          ? offers.POST('/api/referrals/{id}/start', options)
          : placement === 'complete'
            ? offers.POST('/api/referrals/{id}/complete', options)
            : offers.POST('/api/referrals/{id}/drop-out', options),
      );
    }, loaded.reload);
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('provider.referrals')}</h1>
      <form className="filter-bar" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t('referral.status')}
          field="status"
          value={status}
          onChange={setStatus}
          empty={t('common.all')}
          options={labels.options('ReferralStatus', PLACEMENT_STATUSES)}
        />
      </form>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(loaded.reload)} />}
      {loaded.data && (loaded.data.items ?? []).length === 0 && <Empty text={t('provider.noReferrals')} />}
      {loaded.data && (loaded.data.items ?? []).length > 0 && (
        <table className="kern-table" data-testid="provider-referrals">
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('provider.caseReference')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('provider.person')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('referral.requestedAt')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('referral.status')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--action">
                {t('common.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {(loaded.data.items ?? []).map((referral) => (
              <tr key={referral.referralId} className="kern-table__row">
                <td className="kern-table__cell">{referral.caseReference}</td>
                <td className="kern-table__cell">
                  {referral.contactName ?? t('provider.pseudonymous')} · {t('provider.age', { years: referral.ageYears })} ·{' '}
                  {labels.label('Gender', referral.gender)}
                </td>
                <td className="kern-table__cell">{labels.dateTime(referral.requestedAt)}</td>
                <td className="kern-table__cell">
                  {labels.label('ReferralStatus', referral.status)}
                  {referral.waitlistPosition != null && ` ${t('referral.position', { position: referral.waitlistPosition })}`}
                </td>
                <td className="kern-table__cell kern-table__cell--action">
                  <div className="kern-btn-wrapper">
                    {(NEXT[referral.status ?? ''] ?? []).map((placement) => (
                      <Button
                        key={placement}
                        kind={placement === 'drop-out' ? 'tertiary' : 'secondary'}
                        busy={action.busy}
                        onClick={() => mark(referral.referralId!, placement)}
                      >
                        {t(`provider.mark.${placement}`)}
                      </Button>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
