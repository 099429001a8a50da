import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { call, regions } from '../../api/client';
import { useLoad } from '../../api/useLoad';
import { Loading, ProblemAlert } from '../../components/States';
import { useLabels } from '../../i18n/format';
import type { TableCell } from './monitoringApi';
import { TableView } from './TableView';

/**
 * The programme report of a sub-region and period as a page to print (or save as PDF from the print dialog): the
 * same suppressed figures as the JSON the state programme can take directly.
 */
export function ProgrammeReportPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [search] = useSearchParams();
  const subregion = search.get('subregion') ?? undefined;
  const from = search.get('from') ?? undefined;
  const to = search.get('to') ?? undefined;
  const report = useLoad(
    () => call(regions.GET('/api/monitoring/reports/programme', { params: { query: { subregion, from, to } } })),
    [subregion, from, to],
  );
  const data = report.data;
  return (
    <article className="kern-stack programme-report">
      <h1 className="kern-heading-large">{t('monitoring.report.title')}</h1>
      {report.loading && !data && <Loading />}
      {report.error !== undefined && <ProblemAlert error={report.error} onRetry={report.reload} />}
      {data && (
        <>
          <p className="kern-body">
            {t('monitoring.report.scope', {
              subregion: data.subregion?.label,
              from: data.period?.from,
              to: data.period?.to,
              generated: labels.dateTime(data.generatedAt),
            })}
          </p>
          <button type="button" className="kern-btn kern-btn--secondary no-print" onClick={() => window.print()}>
            <span className="kern-label">{t('monitoring.report.print')}</span>
          </button>
          <dl className="report-figures">
            <Figure label={t('monitoring.report.opened')} cell={data.opened} />
            <Figure label={t('monitoring.report.closed')} cell={data.closed} />
            <Figure label={t('monitoring.report.active')} cell={data.active} />
          </dl>
          {data.openCasesByPhase && <TableView table={data.openCasesByPhase} caption={t('monitoring.openCases')} />}
          {data.authoritiesJoined && <TableView table={data.authoritiesJoined} caption={t('monitoring.report.authoritiesJoined')} />}
          {data.authoritiesInvolved && <TableView table={data.authoritiesInvolved} caption={t('monitoring.authorities')} />}
          {data.referrals && <TableView table={data.referrals} caption={t('monitoring.referrals')} />}
          {data.gaps?.needs && (
            <>
              <TableView table={data.gaps.needs} caption={t('monitoring.needs')} />
              <p className="kern-body kern-body--bold">{t('gaps.count', { count: data.gaps.gapCount ?? 0 })}</p>
            </>
          )}
          <p className="kern-body kern-body--small">{t('monitoring.report.suppression', { threshold: data.threshold })}</p>
        </>
      )}
    </article>
  );
}

function Figure({ label, cell }: { label: string; cell?: TableCell }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt className="kern-label">{label}</dt>
      <dd className="kern-heading-medium">{cell?.suppressed ? t('monitoring.suppressed') : (cell?.value ?? 0)}</dd>
    </div>
  );
}
