import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert, QueryStates } from '../../components/States';
import { ActionButton } from '../cases/common/ActionButton';
import { SectionHeading } from '../cases/common/SectionHeading';
import { downloadCsv, useTable, type MonitoringTable, type TableQuery } from './monitoringApi';
import { TableView } from './TableView';

/** An indicator's section: its heading (a target of the page's contents), picture, table and CSV export. */
export function MonitoringSection({
  id,
  title,
  indicator,
  query,
  averages = false,
  intro,
  children,
}: {
  id: string;
  title: string;
  indicator: string;
  query: TableQuery;
  averages?: boolean;
  intro?: string;
  children: (table: MonitoringTable) => ReactNode;
}) {
  const table = useTable(indicator, query);
  return (
    <section aria-labelledby={id} className="case-section monitoring-section">
      <SectionHeading id={id} title={title} />
      {intro && <p className="kern-body">{intro}</p>}
      <QueryStates query={table} />
      {table.data && (
        <>
          {children(table.data)}
          <TableView table={table.data} caption={title} averages={averages} titled={false} />
          <CsvButton indicator={indicator} query={query} />
        </>
      )}
    </section>
  );
}

/** Saves the table as CSV for a spreadsheet: the same suppressed figures. */
export function CsvButton({ indicator, query, label }: { indicator: string; query: TableQuery; label?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const download = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await downloadCsv(indicator, query);
    } catch (failure) {
      setProblem(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ActionButton kind="tertiary" busy={busy} onClick={() => void download()}>
        {label ?? t('monitoring.csv')}
      </ActionButton>
      {problem !== undefined && <ProblemAlert error={problem} onRetry={() => void download()} />}
    </>
  );
}
