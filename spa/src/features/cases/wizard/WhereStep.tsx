import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMunicipalities, usePlaces } from '../../../api/reference';
import { useSession } from '../../../api/session';
import { SelectInput } from '../../../components/form/Inputs';
import type { WizardValues } from './wizardSchema';

/** Where the household lives: a municipality of the caller's sub-region, and if known the quarter and accommodation. */
export function WhereStep() {
  const { t } = useTranslation();
  const session = useSession();
  const { municipalities } = useMunicipalities();
  const { control, setValue, watch } = useFormContext<WizardValues>();
  const municipalityId = useWatch({ control, name: 'municipalityId' });
  const places = usePlaces(municipalityId);
  // Quarters and accommodations belong to a municipality: another municipality starts them afresh.
  useEffect(() => {
    const subscription = watch((_, { name }) => {
      if (name !== 'municipalityId') return;
      setValue('quarterId', '');
      setValue('accommodationId', '');
    });
    return () => subscription.unsubscribe();
  }, [watch, setValue]);
  const own = municipalities.filter((municipality) => !session.subregion || municipality.subregion === session.subregion);
  return (
    <div className="form-grid">
      <SelectInput
        name="municipalityId"
        label={t('wizard.municipality')}
        options={own.map((municipality) => ({ value: municipality.id ?? '', label: municipality.name ?? '' }))}
        required
      />
      <SelectInput
        name="quarterId"
        label={t('wizard.quarter')}
        options={places.quarters.map((quarter) => ({ value: quarter.id ?? '', label: quarter.name ?? '' }))}
      />
      <SelectInput
        name="accommodationId"
        label={t('wizard.accommodation')}
        empty={t('wizard.privateHousing')}
        options={places.accommodations.map((accommodation) => ({ value: accommodation.id ?? '', label: accommodation.name ?? '' }))}
      />
    </div>
  );
}
