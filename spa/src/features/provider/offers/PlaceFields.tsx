import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, regions } from '../../../api/client';
import { REFERENCE } from '../../../api/query';
import { SelectInput, TextInput } from '../../../components/form/Inputs';
import { useRegionMunicipalities } from '../../offers/offerData';

/** The quarters and contact points of a municipality, by name (region-service). */
function useMunicipalityPlaces(municipalityId: string) {
  const loaded = useQuery({
    queryKey: ['regions', 'places-of', municipalityId],
    enabled: Boolean(municipalityId),
    queryFn: async () => {
      const query = { municipality: municipalityId, size: 100, sort: 'name' };
      const [quarters, points] = await Promise.all([
        call(regions.GET('/api/regions/quarters', { params: { query } })),
        call(regions.GET('/api/regions/contact-points', { params: { query } })),
      ]);
      return { quarters: quarters.items ?? [], points: points.items ?? [] };
    },
    ...REFERENCE,
  });
  return { ...(loaded.data ?? { quarters: [], points: [] }), ready: Boolean(loaded.data) };
}

/**
 * Where the offer takes place: the municipality, and if known the quarter and the contact point it is held at (then
 * the contact point's address is shown with it), or an address of its own.
 */
export function PlaceFields() {
  const { t } = useTranslation();
  const municipalities = useRegionMunicipalities();
  const { setValue } = useFormContext();
  const municipalityId = (useWatch({ name: 'place.municipalityId' }) as string) ?? '';
  const places = useMunicipalityPlaces(municipalityId);
  // Another municipality: its quarter and contact point no longer fit.
  const before = useRef(municipalityId);
  useEffect(() => {
    if (before.current === municipalityId) return;
    before.current = municipalityId;
    setValue('place.quarterId', '');
    setValue('place.contactPointId', '');
  }, [municipalityId, setValue]);
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t('provider.place')}</legend>
      <div className="kern-fieldset__body">
        <div className="form-grid">
          {/* Mounted again once the names are there, so that the chosen one shows (a select shows no value it lacks). */}
          <SelectInput
            key={municipalities.options.length}
            name="place.municipalityId"
            label={t('offers.municipality')}
            required
            options={municipalities.options}
          />
          <SelectInput
            key={`quarter-${places.ready}`}
            name="place.quarterId"
            label={t('provider.quarter')}
            options={places.quarters.map((quarter) => ({ value: quarter.id ?? '', label: quarter.name ?? '' }))}
            hint={municipalityId ? undefined : t('provider.municipalityFirst')}
          />
          <SelectInput
            key={`point-${places.ready}`}
            name="place.contactPointId"
            label={t('provider.contactPoint')}
            options={places.points.map((point) => ({
              value: point.id ?? '',
              label: [point.name, point.address?.street].filter(Boolean).join(', '),
            }))}
            hint={municipalityId ? undefined : t('provider.municipalityFirst')}
          />
        </div>
        <div className="form-grid">
          <TextInput name="place.street" label={t('provider.street')} hint={t('provider.ownAddressHint')} />
          <TextInput name="place.postalCode" label={t('provider.postalCode')} />
          <TextInput name="place.city" label={t('provider.city')} />
        </div>
      </div>
    </fieldset>
  );
}
