import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zFieldOfAction, zIntegrationPhase, zOfferCategory } from '../../api/generated/offer-service.zod';
import { SelectInput, TextInput, type Option } from '../../components/form/Inputs';
import { useSearchForm } from '../../forms/useSearchForm';
import { useLabels } from '../../i18n/format';
import { languageOptions } from '../../i18n/places';
import { useRegionMunicipalities } from './offerData';
import { FILTERS, type OfferFilters as Filters } from './offerSearchParams';

/** Where the filters have room beside the list; on a phone they fold away unless one is set. */
const WIDE = '(min-width: 641px)';

/**
 * The search field and the filters of the offer search, kept in the address (useSearchForm). `people` are the persons
 * of the case the search was opened from: choosing one shows only offers that person may attend (age, gender,
 * residence status).
 */
export function OfferFilters({ filters, onChange, people }: { filters: Filters; onChange: (filters: Filters) => void; people?: Option[] }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const municipalities = useRegionMunicipalities();
  const form = useSearchForm(filters, onChange);
  const active = FILTERS.filter((name) => name !== 'q' && filters[name]).length;
  // Open or closed as the person left it: never folded away under the cursor when the last filter is taken back.
  const [open, setOpen] = useState(() => active > 0 || Boolean(window.matchMedia?.(WIDE).matches));
  return (
    <FormProvider {...form}>
      <form
        role="search"
        aria-label={t('offers.searchAndFilter')}
        className="offer-filters"
        noValidate
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="offer-filters__search">
          <TextInput name="q" type="search" label={t('offers.search')} hint={t('offers.searchHint')} filter />
        </div>
        <details className="offer-filters__more" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary className="kern-link">{active > 0 ? t('offers.filtersActive', { count: active }) : t('offers.filters')}</summary>
          <div className="filter-bar">
            {people && (
              <SelectInput
                key={people.length}
                name="person"
                label={t('offers.person')}
                empty={t('offers.anyPerson')}
                options={people}
                filter
              />
            )}
            <SelectInput
              name="category"
              label={t('offers.category')}
              empty={t('common.all')}
              options={labels.options('OfferCategory', zOfferCategory.options)}
              filter
            />
            <SelectInput
              name="fieldOfAction"
              label={t('offers.fieldOfAction')}
              empty={t('common.all')}
              options={labels.options('FieldOfAction', zFieldOfAction.options)}
              filter
            />
            <SelectInput
              name="phase"
              label={t('case.phase')}
              empty={t('common.all')}
              options={labels.options('CasePhase', zIntegrationPhase.options)}
              filter
            />
            <SelectInput
              name="language"
              label={t('offers.language')}
              empty={t('offers.anyLanguage')}
              options={languageOptions(i18n.language)}
              filter
            />
            <SelectInput
              key={municipalities.options.length}
              name="municipality"
              label={t('offers.municipality')}
              empty={t('common.all')}
              options={municipalities.options}
              filter
            />
            <SelectInput
              name="free"
              label={t('offers.freePlaces')}
              empty={t('offers.anyPlaces')}
              options={[{ value: 'true', label: t('offers.onlyFree') }]}
              filter
            />
          </div>
        </details>
      </form>
    </FormProvider>
  );
}
