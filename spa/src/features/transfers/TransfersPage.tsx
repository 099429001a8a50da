import { useTranslation } from 'react-i18next';
import { call, cases } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import { useTeam } from '../../api/useTeam';
import { useLabels } from '../../i18n/format';
import { Button } from '../../components/Fields';
import { Empty, Loading, ProblemAlert } from '../../components/States';

/** Cases offered to the caller or the caller's sub-region; no personal data until the case is taken over. */
export function TransfersPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const action = useAction();
  const loaded = useLoad(() => call(cases.GET('/api/cases/transfers/incoming', {})), []);
  const decide = (caseId: string, version: number, decision: 'accept' | 'reject') =>
    action.run(
      () =>
        call(
          decision === 'accept'
            ? cases.POST('/api/cases/{id}/transfer/accept', { params: { path: { id: caseId }, header: { 'If-Match': `"${version}"` } } })
            : cases.POST('/api/cases/{id}/transfer/reject', { params: { path: { id: caseId }, header: { 'If-Match': `"${version}"` } } }),
        ),
      loaded.reload,
    );
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('transfer.incoming')}</h1>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error !== undefined && <ProblemAlert error={loaded.error} onRetry={loaded.reload} />}
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(loaded.reload)} />}
      {loaded.data && loaded.data.length === 0 && <Empty text={t('transfer.noneIncoming')} />}
      {loaded.data && loaded.data.length > 0 && (
        <table className="kern-table">
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t('case.number')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('transfer.from')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('transfer.reason')}
              </th>
              <th scope="col" className="kern-table__header">
                {t('transfer.requestedAt')}
              </th>
              <th scope="col" className="kern-table__header kern-table__header--action">
                {t('common.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {loaded.data.map((incoming) => (
              <tr key={incoming.caseId} className="kern-table__row">
                <td className="kern-table__cell">{incoming.number}</td>
                <td className="kern-table__cell">
                  {team.name(incoming.fromCaseManager)} ({incoming.fromSubregion})
                </td>
                <td className="kern-table__cell">{incoming.transfer?.reason}</td>
                <td className="kern-table__cell">{labels.dateTime(incoming.transfer?.requestedAt)}</td>
                <td className="kern-table__cell kern-table__cell--action">
                  <div className="kern-btn-wrapper">
                    <Button busy={action.busy} onClick={() => decide(incoming.caseId!, incoming.version!, 'accept')}>
                      {t('transfer.accept')}
                    </Button>
                    <Button kind="secondary" busy={action.busy} onClick={() => decide(incoming.caseId!, incoming.version!, 'reject')}>
                      {t('transfer.reject')}
                    </Button>
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
