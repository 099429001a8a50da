import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, offers } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { Button, TextField } from '../../components/Fields';
import { Pager } from '../../components/Pager';
import { Empty, Loading, ProblemAlert } from '../../components/States';

/**
 * The offer-service's part of the audit: who listed, read or changed a referral's data (providers, coordinators,
 * admins, the service itself). A referral's id is the one the case and the Art. 15 export show.
 */
export function ReferralAuditSection() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [referralId, setReferralId] = useState('');
  const [applied, setApplied] = useState('');
  const [page, setPage] = useState(0);
  const loaded = useLoad(
    () =>
      call(
        offers.GET('/api/referrals/audit', {
          params: { query: { referralId: applied || undefined, page, size: 50 } },
        }),
      ),
    [applied, page],
  );
  const items = loaded.data?.items ?? [];
  return (
    <section className="kern-stack" aria-labelledby="referral-audit">
      <h2 id="referral-audit" className="kern-heading-medium">
        {t('referralAudit.title')}
      </h2>
      <form className="filter-bar" role="search" onSubmit={(event) => (event.preventDefault(), setPage(0), setApplied(referralId))}>
        <TextField
          label={t('referralAudit.referralId')}
          field="referralId"
          value={referralId}
          onChange={setReferralId}
          error={loaded.error}
          hint={t('referralAudit.referralIdHint')}
        />
        <Button type="submit">{t('audit.search')}</Button>
      </form>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} />}
      {loaded.data && items.length === 0 && <Empty text={t('audit.empty')} />}
      {items.length > 0 && (
        <>
          <p className="kern-body kern-body--small">{t('audit.total', { total: loaded.data?.total })}</p>
          <table className="kern-table kern-table--small" data-testid="referral-audit-entries">
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                {['audit.at', 'audit.actor', 'referralAudit.provider', 'referralAudit.referralId', 'audit.action', 'audit.purpose'].map(
                  (key) => (
                    <th key={key} scope="col" className="kern-table__header">
                      {t(key)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {items.map((entry) => (
                <tr key={entry.id} className="kern-table__row">
                  <td className="kern-table__cell">{labels.dateTime(entry.at)}</td>
                  <td className="kern-table__cell">
                    <code>{entry.actor}</code>
                  </td>
                  <td className="kern-table__cell">{entry.provider ?? '–'}</td>
                  <td className="kern-table__cell">
                    <code>{entry.referralId}</code>
                  </td>
                  <td className="kern-table__cell">{entry.action}</td>
                  <td className="kern-table__cell">{labels.label('ReferralAccessPurpose', entry.purpose)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} size={50} total={loaded.data?.total ?? 0} onPage={setPage} />
        </>
      )}
    </section>
  );
}
