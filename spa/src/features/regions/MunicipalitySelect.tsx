import { useTranslation } from 'react-i18next';
import type { RegionSchemas } from '../../api/client';
import { SelectInput } from '../../components/form/Inputs';

/** The required choice of the municipality a quarter, accommodation or post belongs to, by name. */
export function MunicipalitySelect({ municipalities }: { municipalities: RegionSchemas['MunicipalityState'][] }) {
  const { t } = useTranslation();
  return (
    <SelectInput
      name="municipalityId"
      label={t('regions.municipality')}
      required
      options={municipalities.map((m) => ({ value: m.id ?? '', label: m.name ?? '' }))}
    />
  );
}
