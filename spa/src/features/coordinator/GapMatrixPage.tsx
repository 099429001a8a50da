import { useQuery } from '@tanstack/react-query';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { call, offers, type OfferSchemas } from '../../api/client';
import { zIntegrationPhase } from '../../api/generated/offer-service.zod';
import { useSubregions } from '../../api/reference';
import { useSession } from '../../api/session';
import { SelectInput } from '../../components/form/Inputs';
import { ScrollableTable } from '../../components/ScrollableTable';
import { QueryStates } from '../../components/States';
import { useUrlFilters } from '../../forms/useUrlFilters';
import { useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import { HelpLink } from '../help/HelpLink';

type Cell = OfferSchemas['CoverageCell'];

/** Field of action (HF1–HF6) and offer type × phase: how many active offers each cell has; an empty cell is a gap. */
export function GapMatrixPage() {
  const { t } = useTranslation();
  const session = useSession();
  const subregions = useSubregions();
  const filters = useUrlFilters({ subregion: session.subregion ?? '' });
  const subregion = filters.values.subregion || undefined;
  const coverage = useQuery({
    queryKey: ['coverage', subregion],
    queryFn: async () => {
      const matrices = await call(offers.GET('/api/offers/coverage', { params: { query: { subregion } } }));
      // The endpoint also speaks CSV (for spreadsheets); the page asks for JSON, the default.
      if (typeof matrices === 'string') throw new TypeError('CSV instead of JSON');
      return matrices;
    },
  });
  return (
    <div className="kern-stack">
      <hgroup className="kern-hgroup">
        <h1 className="kern-heading-large">{t('gaps.title')}</h1>
        <p className="kern-subline">{subregion ? subregions.name(subregion) : t('gaps.wholeDistrict')}</p>
      </hgroup>
      <HelpLink topic="gaps" />
      <p className="kern-body">{t('gaps.intro')}</p>
      <FormProvider {...filters.form}>
        <form className="filter-bar" aria-label={t('gaps.area')} onSubmit={(event) => event.preventDefault()}>
          {/* Mounted with its options, so that it shows the address's choice. */}
          {subregions.subregions.length > 0 && (
            <SelectInput
              name="subregion"
              label={t('gaps.subregion')}
              empty={t('gaps.wholeDistrict')}
              options={subregions.subregions.map((item) => ({ value: item.code ?? '', label: item.name ?? '' }))}
              filter
            />
          )}
        </form>
      </FormProvider>
      <QueryStates query={coverage} />
      {coverage.data && (
        <>
          <p className="kern-body kern-body--bold" role="status">
            {t('gaps.count', { count: coverage.data.gaps ?? 0 })}
          </p>
          <p className="kern-body kern-body--small">
            <span className="gap-swatch" aria-hidden="true" /> {t('gaps.legend')}
          </p>
          <Matrix
            id="gaps-field"
            cells={coverage.data.byFieldOfAction ?? []}
            rowKind="FieldOfAction"
            title={t('gaps.byFieldOfAction')}
            rowHeader={t('gaps.fieldOfAction')}
          />
          <Matrix
            id="gaps-category"
            cells={coverage.data.byCategory ?? []}
            rowKind="OfferCategory"
            title={t('gaps.byCategory')}
            rowHeader={t('gaps.category')}
          />
        </>
      )}
    </div>
  );
}

/** One matrix, its rows the fields of action or offer types, its columns the four phases: narrow enough for a laptop. */
function Matrix({
  id,
  cells,
  rowKind,
  title,
  rowHeader,
}: {
  id: string;
  cells: Cell[];
  rowKind: string;
  title: string;
  rowHeader: string;
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const number = new Intl.NumberFormat(i18n.language);
  const rows = [...new Set(cells.map((cell) => cell.column ?? ''))];
  return (
    <section aria-labelledby={id} className="case-section">
      <SectionHeading id={id} title={title} />
      <ScrollableTable label={title}>
        <table className="kern-table gap-matrix" aria-labelledby={id}>
          <thead className="kern-table__header">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">
                {rowHeader}
              </th>
              {zIntegrationPhase.options.map((phase) => (
                <th key={phase} scope="col" className="kern-table__header kern-table__header--numeric">
                  {labels.label('CasePhase', phase)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((row) => (
              <tr key={row} className="kern-table__row">
                <th scope="row" className="kern-table__cell">
                  {labels.label(rowKind, row)}
                </th>
                {zIntegrationPhase.options.map((phase) => {
                  const cell = cells.find((candidate) => candidate.phase === phase && candidate.column === row);
                  return (
                    <td key={phase} className={'kern-table__cell kern-table__cell--numeric' + (cell?.gap ? ' gap-cell' : '')}>
                      {number.format(cell?.offers ?? 0)}
                      {cell?.gap && <span className="kern-sr-only"> ({t('gaps.gap')})</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollableTable>
    </section>
  );
}
