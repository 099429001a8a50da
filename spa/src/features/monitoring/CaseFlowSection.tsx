import { useTranslation } from 'react-i18next';
import { Loading, ProblemAlert } from '../../components/States';
import { SectionHeading } from '../cases/common/SectionHeading';
import { MonthlyChart } from './Charts';
import { CsvButton } from './MonitoringSection';
import { published, useTable, type MonitoringTable, type TableQuery } from './monitoringApi';
import { TableView } from './TableView';
import { useAxisLabel } from './useAxisLabel';

/** Cases opened and closed per month, as a time series. */
export function CaseFlowSection({ id, title, query }: { id: string; title: string; query: TableQuery }) {
  const { t } = useTranslation();
  const axisLabel = useAxisLabel();
  const opened = useTable('cases-opened', query);
  const closed = useTable('cases-closed', query);
  const months = opened.data?.rows?.items ?? [];
  const column = (table?: MonitoringTable) => (table?.cells ?? []).map((row) => published(row[0]));
  return (
    <section aria-labelledby={id} className="case-section monitoring-section">
      <SectionHeading id={id} title={title} />
      {(opened.isPending || closed.isPending) && <Loading />}
      {opened.error && <ProblemAlert error={opened.error} onRetry={() => void opened.refetch()} />}
      {closed.error && <ProblemAlert error={closed.error} onRetry={() => void closed.refetch()} />}
      {opened.data && closed.data && (
        <>
          <MonthlyChart
            title={title}
            months={months.map((item) => axisLabel('month', item))}
            series={[
              { name: t('monitoring.opened'), values: column(opened.data) },
              { name: t('monitoring.closed'), values: column(closed.data) },
            ]}
          />
          <div className="monitoring-pair">
            <div>
              <TableView table={opened.data} caption={t('monitoring.opened')} />
              <CsvButton indicator="cases-opened" query={query} label={t('monitoring.csvOf', { name: t('monitoring.opened') })} />
            </div>
            <div>
              <TableView table={closed.data} caption={t('monitoring.closed')} />
              <CsvButton indicator="cases-closed" query={query} label={t('monitoring.csvOf', { name: t('monitoring.closed') })} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
