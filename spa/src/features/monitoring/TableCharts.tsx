import { BarChart } from './Charts';
import { published, type MonitoringTable } from './monitoringApi';
import { useAxisLabel } from './useAxisLabel';

/** The rows' totals as bars (areas, needs, authorities …). */
export function AreaBars({ table, title }: { table: MonitoringTable; title: string }) {
  const axisLabel = useAxisLabel();
  const bars = (table.rows?.items ?? []).map((item, i) => ({
    label: axisLabel(table.rows?.dimension, item),
    value: published(table.rowTotals?.[i]),
  }));
  return <BarChart title={title} bars={bars} />;
}

/** Average days per row; a row nobody reached has no average (not zero days), a withheld one shows as suppressed. */
export function AverageBars({ table, title }: { table: MonitoringTable; title: string }) {
  const axisLabel = useAxisLabel();
  const bars = (table.rows?.items ?? []).flatMap((item, i) => {
    const cell = table.cells?.[i]?.[0];
    if (!cell?.suppressed && !cell?.value) return [];
    const average = cell.averageDays;
    return [
      { label: axisLabel(table.rows?.dimension, item), value: average === undefined || average === null ? null : Math.round(average) },
    ];
  });
  return <BarChart title={title} bars={bars} />;
}
