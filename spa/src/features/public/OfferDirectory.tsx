import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, offers, type OfferSchemas } from '../../api/client';
import { zOfferCategory } from '../../api/generated/offer-service.zod';
import { useDebounced } from '../../api/useDebounced';
import { SelectInput, TextInput } from '../../components/form/Inputs';
import { Empty, Loading, ProblemAlert } from '../../components/States';
import type { LanguageCode } from '../../i18n';
import { useLabels } from '../../i18n/format';
import { PublicOfferCard } from './PublicOfferCard';

/** The public directory of active offers, in the page's language where the offer is translated, else in German. */
export function OfferDirectory({ language }: { language: LanguageCode }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const form = useForm({ defaultValues: { q: '', category: '' } });
  const { q, category } = useWatch({ control: form.control });
  const text = useDebounced((q ?? '').trim().slice(0, 200));
  const query = {
    lang: language,
    q: text || undefined,
    category: (category || undefined) as OfferSchemas['OfferCategory'] | undefined,
    size: 50,
  };
  const loaded = useQuery({
    queryKey: ['public', 'offers', query],
    queryFn: () => call(offers.GET('/api/offers/public', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const items = loaded.data?.items ?? [];
  return (
    <section aria-labelledby="offer-directory">
      <h2 id="offer-directory" className="kern-heading-medium">
        {t('public.offers')}
      </h2>
      <FormProvider {...form}>
        <form className="filter-bar" role="search" aria-label={t('public.offers')} noValidate onSubmit={(event) => event.preventDefault()}>
          <TextInput name="q" type="search" label={t('public.search')} filter />
          <SelectInput
            name="category"
            label={t('public.category')}
            empty={t('common.all')}
            options={labels.options('OfferCategory', zOfferCategory.options)}
            filter
          />
        </form>
      </FormProvider>
      {loaded.error && <ProblemAlert error={loaded.error} onRetry={() => void loaded.refetch()} />}
      {loaded.isPending && <Loading />}
      {loaded.data && items.length === 0 && <Empty text={t('public.noOffers')} />}
      <ul className="offer-list" aria-busy={loaded.isPlaceholderData || undefined}>
        {items.map((offer) => (
          <li key={offer.id}>
            <PublicOfferCard offer={offer} pageLanguage={language} />
          </li>
        ))}
      </ul>
    </section>
  );
}
