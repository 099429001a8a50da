import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { call, cases, regions, type RegionSchemas } from '../../api/client';
import { useAction } from '../../api/useAction';
import { useLoad } from '../../api/useLoad';
import { Button } from '../../components/Fields';
import { Loading, ProblemAlert, Success } from '../../components/States';

/**
 * Operators: the API documents (Swagger UI), the authority views' consistency with a rebuild from the topic, and a
 * recount of the monitoring from the topics.
 */
export function AdminPage() {
  const { t } = useTranslation();
  const report = useLoad(() => call(cases.GET('/api/views/consistency', {})), []);
  const rebuild = useAction();
  const recount = useAction();
  const [recounted, setRecounted] = useState<RegionSchemas['RebuildReport']>();
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('admin.title')}</h1>
      <p>
        <a className="kern-link" href="/api-docs">
          {t('admin.apiDocs')}
        </a>
      </p>
      <section aria-labelledby="views">
        <h2 id="views" className="kern-heading-medium">
          {t('admin.views')}
        </h2>
        {report.loading && <Loading />}
        {report.error !== undefined && <ProblemAlert error={report.error} onRetry={report.reload} />}
        {report.data && (
          <table className="kern-table">
            <thead className="kern-table__header">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t('admin.view')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('admin.entries')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('admin.behind')}
                </th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('admin.drift')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {(report.data.views ?? []).map((view) => (
                <tr key={view.authority} className="kern-table__row">
                  <td className="kern-table__cell">{view.authority}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{view.entries}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{view.behindCount}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{view.driftCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Button
          kind="secondary"
          busy={rebuild.busy}
          onClick={() => rebuild.run(() => call(cases.POST('/api/views/rebuild', {})), report.reload)}
        >
          {t('admin.rebuild')}
        </Button>
        {rebuild.busy && (
          <p className="kern-body" role="status">
            {t('admin.rebuilding')}
          </p>
        )}
        {rebuild.done && <Success text={t('admin.rebuilt')} />}
        {rebuild.error !== undefined && <ProblemAlert error={rebuild.error} />}
      </section>
      <section aria-labelledby="monitoring">
        <h2 id="monitoring" className="kern-heading-medium">
          {t('admin.monitoring')}
        </h2>
        <p className="kern-body">{t('admin.monitoringIntro')}</p>
        <Button
          kind="secondary"
          busy={recount.busy}
          onClick={() => recount.run(() => call(regions.POST('/api/monitoring/rebuild', {})).then(setRecounted))}
        >
          {t('admin.recount')}
        </Button>
        {recount.done && <Success text={t('admin.recounted', { events: recounted?.eventsRead ?? 0, cells: recounted?.cells ?? 0 })} />}
        {recount.error !== undefined && <ProblemAlert error={recount.error} />}
      </section>
    </div>
  );
}
