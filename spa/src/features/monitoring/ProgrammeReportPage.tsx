import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { call, regions } from '../../api/client';
import { PageContents } from '../../components/PageContents';
import { QueryStates } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { ActionButton } from '../cases/common/ActionButton';
import { SectionHeading } from '../cases/common/SectionHeading';
import { HelpLink } from '../help/HelpLink';
import type { MonitoringTable, TableCell } from './monitoringApi';
import { TableView } from './TableView';
import { useAxisLabel } from './useAxisLabel';

/**
 * The programme report of a sub-region and period as a page to print (or save as PDF from the print dialog): the
 * same suppressed figures as the JSON the state programme can take directly.
 */
export function ProgrammeReportPage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const axisLabel = useAxisLabel();
  const [search] = useSearchParams();
  const query = {
    subregion: search.get('subregion') ?? undefined,
    from: search.get('from') ?? undefined,
    to: search.get('to') ?? undefined,
  };
  const report = useQuery({
    queryKey: ['monitoring', 'report', query],
    queryFn: () => call(regions.GET('/api/monitoring/reports/programme', { params: { query } })),
  });
  const data = report.data;
  const month = (key?: string) => (key ? axisLabel('month', { key }) : '–');
  const number = new Intl.NumberFormat(i18n.language);
  const figure = (cell?: TableCell) => (cell?.suppressed ? t('monitoring.suppressed') : number.format(Number(cell?.value ?? 0)));
  const tables: [string, string, MonitoringTable | undefined][] = data
    ? [
        ['report-phases', t('monitoring.openCases'), data.openCasesByPhase],
        ['report-joined', t('monitoring.report.authoritiesJoined'), data.authoritiesJoined],
        ['report-involved', t('monitoring.authorities'), data.authoritiesInvolved],
        ['report-referrals', t('monitoring.referrals'), data.referrals],
        ['report-needs', t('monitoring.needs'), data.gaps?.needs],
      ]
    : [];
  const shown = tables.filter(([, , table]) => table !== undefined);
  return (
    <article className="kern-stack programme-report">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('monitoring.report.title')}</h1>
        {data && (
          <p className="kern-subline">
            {t('monitoring.report.scope', {
              subregion: data.subregion?.label,
              from: month(data.period?.from),
              to: month(data.period?.to),
              generated: labels.dateTime(data.generatedAt),
            })}
          </p>
        )}
      </hgroup>
      <HelpLink topic="programmeReport" />
      <QueryStates query={report} />
      {data && (
        <>
          <div className="no-print">
            <ActionButton onClick={() => window.print()}>{t('monitoring.report.print')}</ActionButton>
          </div>
          <PageContents items={shown.map(([id, title]) => ({ id, title }))} />
          <dl className="report-figures">
            {(
              [
                ['opened', data.opened],
                ['closed', data.closed],
                ['active', data.active],
              ] as const
            ).map(([name, cell]) => (
              <div key={name}>
                <dt className="kern-label">{t(`monitoring.report.${name}`)}</dt>
                <dd className="kern-heading-medium">{figure(cell)}</dd>
              </div>
            ))}
          </dl>
          {shown.map(([id, title, table]) => (
            <section key={id} aria-labelledby={id} className="case-section">
              <SectionHeading id={id} title={title} />
              <TableView table={table!} caption={title} titled={false} />
              {id === 'report-needs' && <p className="kern-body kern-body--bold">{t('gaps.count', { count: data.gaps?.gapCount ?? 0 })}</p>}
            </section>
          ))}
          <p className="kern-body kern-body--small">{t('monitoring.report.suppression', { threshold: data.threshold })}</p>
        </>
      )}
    </article>
  );
}
