import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RegionSchemas } from '../../api/client';
import { zAccommodationInput } from '../../api/generated/region-service.zod';
import { Form } from '../../components/form/Form';
import { SelectInput, TextInput } from '../../components/form/Inputs';
import { useApiForm } from '../../forms/useApiForm';
import { numberField } from './numberField';
import type { RegionFormProps } from './RegionSection';
import { MunicipalitySelect } from './MunicipalitySelect';

const schema = zAccommodationInput.extend({
  capacity: numberField(zAccommodationInput.shape.capacity),
  occupancy: numberField(zAccommodationInput.shape.occupancy),
});

/** A new accommodation with its address, places and operator; or one changed (occupancy moves most often). */
export function AccommodationForm({
  municipalities,
  quarters,
  item,
  save,
  onDone,
  onCancel,
}: RegionFormProps<'accommodations'> & {
  municipalities: RegionSchemas['MunicipalityState'][];
  quarters: RegionSchemas['QuarterState'][];
}) {
  const { t } = useTranslation();
  const api = useApiForm({
    schema: schema as never as typeof zAccommodationInput,
    defaultValues: {
      name: item?.name ?? '',
      municipalityId: item?.municipalityId ?? '',
      quarterId: item?.quarterId ?? '',
      address: { street: item?.address?.street ?? '', postalCode: item?.address?.postalCode ?? '', city: item?.address?.city ?? '' },
      capacity: (item?.capacity ?? '') as never,
      occupancy: (item?.occupancy ?? '') as never,
      operator: item?.operator ?? '',
    },
    submit: save,
    confirmation: (saved) => t(item ? 'regions.saved' : 'regions.accommodationAdded', { name: saved.name }),
    onDone,
  });
  const municipalityId = useWatch({ control: api.form.control, name: 'municipalityId' });
  return (
    <Form
      api={api}
      label={item ? t('regions.editOf', { name: item.name }) : t('regions.newAccommodation')}
      submit={item ? t('common.save') : t('regions.addAccommodation')}
      onCancel={onCancel}
    >
      <div className="form-grid">
        <TextInput name="name" label={t('regions.name')} required />
        <TextInput name="operator" label={t('regions.operator')} required />
        <MunicipalitySelect municipalities={municipalities} />
        <SelectInput
          name="quarterId"
          label={t('regions.quarter')}
          options={quarters.filter((q) => q.municipalityId === municipalityId).map((q) => ({ value: q.id ?? '', label: q.name ?? '' }))}
        />
        <TextInput name="address.street" label={t('regions.street')} required autoComplete="street-address" />
        <TextInput name="address.postalCode" label={t('regions.postalCode')} required autoComplete="postal-code" />
        <TextInput name="address.city" label={t('regions.city')} required autoComplete="address-level2" />
        <TextInput name="capacity" label={t('regions.capacity')} hint={t('regions.capacityHint')} type="number" />
        <TextInput name="occupancy" label={t('regions.occupancy')} type="number" />
      </div>
    </Form>
  );
}
