import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { RegionSchemas } from '../../api/client';
import { AccommodationForm } from './AccommodationForm';
import { RegionSection } from './RegionSection';
import { useRegionList, type StateOf } from './regionsData';

type Accommodation = StateOf<'accommodations'>;
const column = createColumnHelper<Accommodation>();

/** The accommodations (Unterkünfte, at most 48 places) with their occupancy. */
export function AccommodationsSection({
  subregion,
  municipalities,
}: {
  subregion?: string;
  municipalities: RegionSchemas['MunicipalityState'][];
}) {
  const { t, i18n } = useTranslation();
  const quarters = useRegionList('quarters', subregion).data ?? [];
  const number = new Intl.NumberFormat(i18n.language);
  const place = (row: Accommodation) =>
    [municipalities.find((m) => m.id === row.municipalityId)?.name, quarters.find((q) => q.id === row.quarterId)?.name]
      .filter(Boolean)
      .join(', ') || '–';
  const columns = [
    column.accessor('name', { header: t('regions.name'), meta: { card: 'title' } }),
    column.display({ id: 'place', header: t('regions.place'), cell: ({ row }) => place(row.original) }),
    column.display({
      id: 'address',
      header: t('regions.address'),
      cell: ({ row: { original: row } }) =>
        [row.address?.street, [row.address?.postalCode, row.address?.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    }),
    column.display({
      id: 'occupancy',
      header: t('regions.occupancy'),
      cell: ({ row: { original: row } }) =>
        row.capacity == null
          ? t('regions.occupancyOpen', { occupancy: number.format(row.occupancy ?? 0) })
          : t('regions.occupancyOf', { occupancy: number.format(row.occupancy ?? 0), capacity: number.format(row.capacity) }),
    }),
    column.accessor('operator', { header: t('regions.operator') }),
  ];
  return (
    <RegionSection
      kind="accommodations"
      subregion={subregion}
      title={t('regions.section.accommodations')}
      addLabel={t('regions.addAccommodation')}
      columns={columns}
      nameOf={(accommodation) => accommodation.name ?? ''}
      form={(props) => <AccommodationForm municipalities={municipalities} quarters={quarters} {...props} />}
    />
  );
}
