import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { RegionSchemas } from '../../api/client';
import { zQuarterInput, zQuarterKind } from '../../api/generated/region-service.zod';
import { Form } from '../../components/form/Form';
import { SelectInput, TextInput } from '../../components/form/Inputs';
import { useApiForm } from '../../forms/useApiForm';
import { useLabels } from '../../i18n/format';
import { MunicipalitySelect } from './MunicipalitySelect';
import { RegionSection, type RegionFormProps } from './RegionSection';
import type { StateOf } from './regionsData';

type Municipality = RegionSchemas['MunicipalityState'];
const column = createColumnHelper<StateOf<'quarters'>>();

/** The quarters (Ortsteile, Sozialräume) of the sub-region's municipalities. */
export function QuartersSection({ subregion, municipalities }: { subregion?: string; municipalities: Municipality[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns = [
    column.accessor('name', { header: t('regions.name'), meta: { card: 'title' } }),
    column.display({
      id: 'municipality',
      header: t('regions.municipality'),
      cell: ({ row: { original: row } }) => municipalities.find((m) => m.id === row.municipalityId)?.name ?? '–',
    }),
    column.display({ id: 'kind', header: t('regions.kind'), cell: ({ row: { original: row } }) => labels.label('QuarterKind', row.kind) }),
  ];
  return (
    <RegionSection
      kind="quarters"
      subregion={subregion}
      title={t('regions.section.quarters')}
      addLabel={t('regions.addQuarter')}
      columns={columns}
      nameOf={(quarter) => quarter.name ?? ''}
      form={(props) => <QuarterForm municipalities={municipalities} {...props} />}
    />
  );
}

/** A new quarter, or a quarter renamed. */
function QuarterForm({ municipalities, item, save, onDone, onCancel }: RegionFormProps<'quarters'> & { municipalities: Municipality[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const api = useApiForm({
    schema: zQuarterInput,
    defaultValues: { municipalityId: item?.municipalityId ?? '', name: item?.name ?? '', kind: (item?.kind as never) ?? 'DISTRICT_PART' },
    submit: save,
    confirmation: (saved) => t(item ? 'regions.saved' : 'regions.quarterAdded', { name: saved.name }),
    onDone,
  });
  return (
    <Form
      api={api}
      label={item ? t('regions.editOf', { name: item.name }) : t('regions.newQuarter')}
      submit={item ? t('common.save') : t('regions.addQuarter')}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <MunicipalitySelect municipalities={municipalities} />
        <TextInput name="name" label={t('regions.name')} required />
        <SelectInput name="kind" label={t('regions.kind')} required options={labels.options('QuarterKind', zQuarterKind.options)} />
      </div>
    </Form>
  );
}
