import { useTranslation } from 'react-i18next';
import { zOfferStatus } from '../../../api/generated/offer-service.zod';
import { Form } from '../../../components/form/Form';
import { SelectInput, TextArea } from '../../../components/form/Inputs';
import { useApiForm } from '../../../forms/useApiForm';
import { useLabels } from '../../../i18n/format';
import { AttendanceFields, BasicsFields } from './OfferFields';
import { offerFieldOf, offerSchema, offerValues, type OfferValues } from './offerForm';
import { PlaceFields } from './PlaceFields';
import { ScheduleFields } from './ScheduleFields';
import { TranslationFields } from './TranslationFields';
import { isOutdated, type Offer } from './useOwnOffers';

/**
 * A new offer, or one of the provider's offers as read with its version. Someone else's change in between is refused
 * (412): the offer's new version is read, what was typed stays, and saving again puts it over that change.
 */
export function OfferEditor({
  offer,
  save,
  reread,
  onDone,
  onCancel,
}: {
  offer?: Offer;
  save: (values: OfferValues) => Promise<Offer>;
  /** After a 412: the offer's version now. */
  reread: () => Promise<void>;
  onDone: (saved: Offer) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const api = useApiForm({
    schema: offerSchema,
    defaultValues: offerValues(offer) as never,
    submit: async (values: OfferValues) => {
      try {
        return await save(values);
      } catch (failure) {
        if (isOutdated(failure)) await reread();
        throw failure;
      }
    },
    fieldOf: offerFieldOf,
    confirmation: (saved: Offer) => t(offer ? 'provider.offerSaved' : 'provider.offerAdded', { title: saved.title }),
    valuesAfter: (saved: Offer) => offerValues(saved) as never,
    onDone,
  });
  const label = offer ? t('provider.edit', { title: offer.title }) : t('provider.newOffer');
  return (
    <Form api={api} label={label} submit={t('common.save')} onCancel={onCancel} className="stacked-form offer-editor">
      <h2 id="offer-editor-title" className="kern-heading-medium" tabIndex={-1}>
        {label}
      </h2>
      <BasicsFields />
      <PlaceFields />
      <ScheduleFields />
      <AttendanceFields />
      <TranslationFields />
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('provider.publishing')}</legend>
        <div className="kern-fieldset__body">
          <SelectInput
            name="status"
            label={t('provider.status')}
            required
            options={labels.options('OfferStatus', zOfferStatus.options)}
            hint={t('provider.statusHint')}
          />
          <TextArea name="internalNote" label={t('provider.internalNote')} hint={t('provider.internalNoteHint')} rows={3} />
        </div>
      </fieldset>
    </Form>
  );
}
