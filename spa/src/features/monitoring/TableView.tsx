import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../components/ScrollableTable';
import type { MonitoringTable, TableCell } from './monitoringApi';
import { useAxisLabel } from './useAxisLabel';

/**
 * A monitoring table as the service published it, totals included. A suppressed cell reads "•" with its meaning for
 * screen readers; the legend under the table says what suppression is, so nobody takes it for zero. Its title stands
 * above it, outside what scrolls sideways; under a section heading of the same words it is only read out.
 */
export function TableView({
  table,
  caption,
  averages = false,
  titled = true,
}: {
  table: MonitoringTable;
  caption: string;
  averages?: boolean;
  titled?: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const axisLabel = useAxisLabel();
  const rows = table.rows?.items ?? [];
  const columns = table.columns?.items ?? [];
  const single = columns.length === 1;
  return (
    <div className="monitoring-table__box">
      {titled && (
        <h3 id={titleId} className="kern-heading-small">
          {caption}
        </h3>
      )}
      <ScrollableTable label={caption}>
        <table
          className="kern-table monitoring-table"
          aria-labelledby={titled ? titleId : undefined}
          aria-label={titled ? undefined : caption}
        >
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {t(`monitoring.dimension.${table.rows?.dimension}`)}
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="kern-table__header kern-table__header--numeric">
                  {axisLabel(table.columns?.dimension, column)}
                </th>
              ))}
              {!single && (
                <th scope="col" className="kern-table__header kern-table__header--numeric">
                  {t('monitoring.total')}
                </th>
              )}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((row, i) => (
              <tr key={row.key} className="kern-table__row">
                <th scope="row" className="kern-table__cell">
                  {axisLabel(table.rows?.dimension, row)}
                </th>
                {(table.cells?.[i] ?? []).map((cell, j) => (
                  <CellView key={columns[j]?.key ?? j} cell={cell} averages={averages} />
                ))}
                {!single && <CellView cell={table.rowTotals?.[i] ?? {}} averages={averages} total />}
              </tr>
            ))}
            <tr className="kern-table__row monitoring-table__totals">
              <th scope="row" className="kern-table__cell">
                {t('monitoring.total')}
              </th>
              {(table.columnTotals ?? []).map((cell, j) => (
                <CellView key={columns[j]?.key ?? j} cell={cell} averages={averages} total />
              ))}
              {!single && <CellView cell={table.total ?? {}} averages={averages} total />}
            </tr>
          </tbody>
        </table>
      </ScrollableTable>
      <p className="kern-body kern-body--small">
        {t('monitoring.legend', { threshold: table.threshold, count: table.suppressedCells ?? 0 })}
      </p>
    </div>
  );
}

function CellView({ cell, averages, total = false }: { cell: TableCell; averages: boolean; total?: boolean }) {
  const { t, i18n } = useTranslation();
  const className = 'kern-table__cell kern-table__cell--numeric' + (total ? ' monitoring-table__total' : '');
  if (cell.suppressed) {
    return (
      <td className={className + ' monitoring-table__suppressed'}>
        <span aria-hidden="true">•</span>
        <span className="kern-sr-only">{t('monitoring.suppressed')}</span>
      </td>
    );
  }
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const average =
    averages && cell.averageDays !== undefined && cell.averageDays !== null
      ? ` (${t('monitoring.averageDays', { days: number.format(cell.averageDays) })})`
      : '';
  return <td className={className}>{number.format(Number(cell.value ?? 0)) + average}</td>;
}
