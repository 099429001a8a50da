import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, offers, regions, type OfferSchemas } from '../../api/client';
import { useSession } from '../../api/session';
import { useLoad } from '../../api/useLoad';
import { useLabels } from '../../i18n/format';
import { SelectField } from '../../components/Fields';
import { ScrollableTable } from '../../components/ScrollableTable';
import { Loading, ProblemAlert } from '../../components/States';
import { INTEGRATION_PHASES } from '../../api/enums';

/** Phase × field of action (HF1–HF6): how many active offers each cell has; empty cells are gaps to close. */
export function GapMatrixPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [subregion, setSubregion] = useState(session.subregion ?? '');
  const subregions = useLoad(() => call(regions.GET('/api/regions/subregions', { params: { query: { size: 50 } } })), []);
  const coverage = useLoad(async () => {
    const matrices = await call(offers.GET('/api/offers/coverage', { params: { query: { subregion: subregion || undefined } } }));
    // The endpoint also speaks CSV (for spreadsheets); the page asks for JSON, the default.
    if (typeof matrices === 'string') throw new Error('CSV instead of JSON');
    return matrices;
  }, [subregion]);
  return (
    <div className="kern-stack">
      <h1 className="kern-heading-large">{t('gaps.title')}</h1>
      <p className="kern-body">{t('gaps.intro')}</p>
      <form className="filter-bar" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t('gaps.subregion')}
          field="subregion"
          value={subregion}
          onChange={setSubregion}
          empty={t('gaps.wholeDistrict')}
          options={(subregions.data?.items ?? []).map((item) => ({ value: item.code!, label: item.name! }))}
        />
      </form>
      {coverage.loading && !coverage.data && <Loading />}
      {coverage.error !== undefined && <ProblemAlert error={coverage.error} onRetry={coverage.reload} />}
      {coverage.data && (
        <>
          <p className="kern-body kern-body--bold">{t('gaps.count', { count: coverage.data.gaps ?? 0 })}</p>
          <Matrix cells={coverage.data.byFieldOfAction ?? []} columnKind="FieldOfAction" caption={t('gaps.byFieldOfAction')} />
          <Matrix cells={coverage.data.byCategory ?? []} columnKind="OfferCategory" caption={t('gaps.byCategory')} />
        </>
      )}
    </div>
  );
}

function Matrix({ cells, columnKind, caption }: { cells: OfferSchemas['CoverageCell'][]; columnKind: string; caption: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns = [...new Set(cells.map((cell) => cell.column!))];
  return (
    <ScrollableTable label={caption}>
      <table className="kern-table gap-matrix">
        <caption className="kern-title">{caption}</caption>
        <thead className="kern-table__header">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('case.phase')}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="kern-table__header kern-table__header--numeric">
                {labels.label(columnKind, column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {INTEGRATION_PHASES.map((phase) => (
            <tr key={phase} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                {labels.label('CasePhase', phase)}
              </th>
              {columns.map((column) => {
                const cell = cells.find((candidate) => candidate.phase === phase && candidate.column === column);
                return (
                  <td key={column} className={'kern-table__cell kern-table__cell--numeric' + (cell?.gap ? ' gap-cell' : '')}>
                    {cell?.offers ?? 0}
                    {cell?.gap && <span className="kern-sr-only"> ({t('gaps.gap')})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
