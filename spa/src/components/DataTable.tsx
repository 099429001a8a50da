import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowData } from '@tanstack/react-table';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** On a narrow screen the table becomes cards: this column first (flags, priority) or as the card's title. */
    card?: 'title' | 'first';
  }
}

/**
 * The one table of the app (TanStack Table): a KERN table on wide screens; on narrow ones each row becomes a card whose
 * cells carry their column's name, the title and the most important columns first. Rows keep their order.
 */
export function DataTable<T>({
  caption,
  columns,
  data,
  rowKey,
  testId,
}: {
  /** Says what the table lists; read by screen readers (visually hidden). */
  caption: string;
  // Columns hold values of different types; TanStack's own examples type them so.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  data: T[];
  rowKey: (row: T) => string;
  testId?: string;
}) {
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), getRowId: (row) => rowKey(row) });
  return (
    <div className="data-table">
      <table className="kern-table data-table__table" data-testid={testId}>
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__header">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="kern-table__row">
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className="kern-table__header">
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className="kern-table__body">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="kern-table__row">
              {row.getVisibleCells().map((cell) => {
                const header = cell.column.columnDef.header;
                const card = cell.column.columnDef.meta?.card;
                return (
                  <td
                    key={cell.id}
                    className={'kern-table__cell' + (card ? ` data-table__cell--${card}` : '')}
                    data-label={typeof header === 'string' && card !== 'title' ? header : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
