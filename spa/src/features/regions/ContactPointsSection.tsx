import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { RegionSchemas } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { Empty, QueryStates } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { languageName } from '../../i18n/places';
import { ActionButton } from '../cases/common/ActionButton';
import { SectionHeading } from '../cases/common/SectionHeading';
import { useEditing } from '../cases/common/useEditing';
import { OfficeHoursForm } from './OfficeHoursForm';
import { EditItem } from './RegionSection';
import { useRegionList, type StateOf } from './regionsData';

type ContactPoint = StateOf<'contact-points'>;
const column = createColumnHelper<ContactPoint>();

/** The contact points (Anlaufstellen): where they are, when they are open, which languages are spoken there. */
export function ContactPointsSection({
  subregion,
  municipalities,
}: {
  subregion?: string;
  municipalities: RegionSchemas['MunicipalityState'][];
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const editing = useEditing();
  const loaded = useRegionList('contact-points', subregion);
  const close = () => editing.stop('contact-points-title');
  const hours = (point: ContactPoint) =>
    (point.officeHours ?? []).map(
      (slot) => `${labels.weekday(slot.day ?? 'MONDAY')} ${labels.time(slot.opens)}–${labels.time(slot.closes)}`,
    );
  const columns = [
    column.accessor('name', { header: t('regions.name'), meta: { card: 'title' } }),
    column.display({
      id: 'municipality',
      header: t('regions.municipality'),
      cell: ({ row: { original: row } }) => municipalities.find((m) => m.id === row.municipalityId)?.name ?? '–',
    }),
    column.display({
      id: 'hours',
      header: t('regions.officeHours'),
      cell: ({ row }) =>
        hours(row.original).length === 0 ? (
          t('regions.byAppointment')
        ) : (
          <ul className="plain-list">
            {hours(row.original).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ),
    }),
    column.display({
      id: 'languages',
      header: t('regions.languages'),
      cell: ({ row: { original: row } }) => (row.languages ?? []).map((code) => languageName(code, i18n.language)).join(', ') || '–',
    }),
    column.display({
      id: 'actions',
      header: t('common.actions'),
      cell: ({ row }) => (
        <ActionButton
          kind="tertiary"
          onClick={() => editing.start(row.original.id!)}
          aria-label={t('regions.editOfficeHoursOf', { name: row.original.name })}
        >
          {t('regions.editOfficeHours')}
        </ActionButton>
      ),
    }),
  ];
  return (
    <section aria-labelledby="contact-points-title" className="case-section">
      <SectionHeading id="contact-points-title" title={t('regions.section.contact-points')} />
      {editing.editing && (
        <EditItem key={editing.editing} kind="contact-points" id={editing.editing} subregion={subregion}>
          {(point, save) => <OfficeHoursForm point={point} save={save} onDone={close} onCancel={close} />}
        </EditItem>
      )}
      <QueryStates query={loaded} />
      {loaded.data?.length === 0 && <Empty text={t('regions.none')} />}
      {loaded.data && loaded.data.length > 0 && (
        <DataTable
          caption={t('regions.section.contact-points')}
          columns={columns}
          data={loaded.data}
          rowKey={(row) => row.id ?? ''}
          testId="region-contact-points"
        />
      )}
    </section>
  );
}
