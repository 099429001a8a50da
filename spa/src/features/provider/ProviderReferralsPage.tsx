import { useTranslation } from 'react-i18next';
import { zPlacementStatus } from '../../api/generated/offer-service.zod';
import { Pager } from '../../components/Pager';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { useCaseAction } from '../cases/common/useCaseAction';
import { focusSoon } from '../cases/common/useEditing';
import { HelpLink } from '../help/HelpLink';
import { InboxTable } from './referrals/InboxTable';
import { INBOX_SIZE, OPEN_LIMIT, useInbox, type InboxReferral, type Step } from './referrals/useInbox';

/**
 * Provider staff: the referrals to their own offers (pseudonymous: age, gender, residence status; a name only where the
 * household consented), whom to ask about each, the waitlist, and recording that a person started, completed or
 * dropped out. A drop-out cannot be undone, so it asks first.
 */
export function ProviderReferralsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const inbox = useInbox();
  const action = useCaseAction();
  const result = inbox.loaded.data;
  const total = result?.total ?? 0;

  const step = async (referral: InboxReferral, next: Step) => {
    const offer = referral.offerTitle ?? '';
    let listed = false;
    const done = await action.run(
      `${referral.referralId}:${next}`,
      async () => {
        listed = (await inbox.take(referral.referralId ?? '', next)).listed;
      },
      t(`provider.marked.${next}`, { offer }),
      next === 'drop-out'
        ? {
            title: t('provider.dropOutTitle', { offer }),
            body: t('provider.dropOutBody', { date: labels.date(referral.requestedAt) }),
            confirm: t('provider.dropOutConfirm'),
          }
        : undefined,
    );
    // The focus goes to what changed: the referral's state, or the list when the referral left it.
    if (done) focusSoon(listed ? `referral-${referral.referralId}` : 'inbox-result');
  };

  return (
    <div className="kern-stack inbox">
      <h1 className="kern-heading-large">{t('provider.referrals')}</h1>
      <HelpLink topic="providerReferrals" />
      <div className="filter-bar">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="inbox-status">
            {t('referral.status')}
          </label>
          <div className="kern-form-input__select-wrapper">
            <select
              id="inbox-status"
              className="kern-form-input__select"
              value={inbox.status}
              onChange={(event) => inbox.setStatus(event.target.value)}
            >
              <option value="">{t('provider.open')}</option>
              {labels.options('ReferralStatus', zPlacementStatus.options).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
              <option value="ALL">{t('common.all')}</option>
            </select>
          </div>
        </div>
      </div>
      {inbox.loaded.error && <ProblemAlert error={inbox.loaded.error} onRetry={() => void inbox.loaded.refetch()} />}
      {action.problem !== undefined && <ProblemAlert error={action.problem} onRetry={() => void inbox.loaded.refetch()} />}
      {!result && inbox.loaded.isPending && <Loading />}
      {result && (
        <section aria-labelledby="inbox-result" aria-busy={inbox.loaded.isFetching || undefined}>
          <div role="status">
            <h2 id="inbox-result" className="kern-heading-small" tabIndex={-1}>
              {inbox.status ? t('provider.count', { count: total }) : t('provider.openCount', { count: total })}
            </h2>
            {result.truncated && <p className="kern-body kern-body--small">{t('provider.truncated', { limit: OPEN_LIMIT })}</p>}
          </div>
          {total === 0 ? (
            <Empty text={inbox.status ? t('provider.noReferrals') : t('provider.noOpenReferrals')} />
          ) : (
            <InboxTable items={result.items ?? []} busy={action.busy} onStep={step} />
          )}
          {inbox.paged && (
            <Pager
              page={inbox.page}
              size={INBOX_SIZE}
              total={total}
              onPage={(next) => {
                inbox.setPage(next);
                focusSoon('inbox-result');
              }}
            />
          )}
        </section>
      )}
    </div>
  );
}
