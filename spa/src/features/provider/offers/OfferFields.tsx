import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zFieldOfAction, zIntegrationPhase, zOfferCategory } from '../../../api/generated/offer-service.zod';
import { ChoiceGroup, SelectInput, TextArea, TextInput } from '../../../components/form/Inputs';
import { useLabels } from '../../../i18n/format';
import { languageOptions } from '../../../i18n/places';
import { ActionButton } from '../../cases/common/ActionButton';
import { GENDERS, RESIDENCE_STATUSES } from './offerForm';

/** What the offer is: title and description (German), kind, field of action, phases, target groups, languages. */
export function BasicsFields() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t('provider.about')}</legend>
      <div className="kern-fieldset__body">
        <TextInput name="title" label={t('provider.title')} required />
        <TextArea name="description" label={t('provider.description')} required rows={4} />
        <div className="form-grid">
          <SelectInput
            name="category"
            label={t('offers.category')}
            required
            options={labels.options('OfferCategory', zOfferCategory.options)}
          />
          <SelectInput
            name="fieldOfAction"
            label={t('offers.fieldOfAction')}
            required
            options={labels.options('FieldOfAction', zFieldOfAction.options)}
          />
        </div>
        <ChoiceGroup name="phases" label={t('provider.phases')} required options={labels.options('CasePhase', zIntegrationPhase.options)} />
        <TextInput name="targetGroups" label={t('provider.targetGroups')} hint={t('provider.listHint')} />
        <LanguagesField />
      </div>
    </fieldset>
  );
}

/** The languages spoken in the offer, each chosen by its name. */
function LanguagesField() {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'languages' });
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t('provider.languages')}</legend>
      <div className="kern-fieldset__body">
        {fields.map((field, index) => (
          <div key={field.id} className="language-row">
            <SelectInput
              name={`languages.${index}.code`}
              label={t('provider.languageN', { number: index + 1 })}
              options={languageOptions(i18n.language)}
              required
            />
            <ActionButton kind="tertiary" onClick={() => remove(index)}>
              {t('provider.removeLanguage', { number: index + 1 })}
            </ActionButton>
          </div>
        ))}
        <ActionButton kind="tertiary" onClick={() => append({ code: '' })}>
          {t('provider.addLanguage')}
        </ActionButton>
      </div>
    </fieldset>
  );
}

/** How many can take part and who: places, ages, genders, residence statuses; when it runs and what it costs. */
export function AttendanceFields() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t('provider.attendance')}</legend>
      <div className="kern-fieldset__body">
        <div className="form-grid">
          <TextInput name="capacity" type="number" label={t('provider.capacity')} hint={t('provider.capacityHint')} />
          <TextInput name="eligibility.minAge" type="number" label={t('provider.minAge')} />
          <TextInput name="eligibility.maxAge" type="number" label={t('provider.maxAge')} />
        </div>
        <ChoiceGroup
          name="eligibility.genders"
          label={t('provider.genders')}
          hint={t('provider.noneMeansAll')}
          options={GENDERS.map((gender) => ({ value: gender, label: t(`offers.gender.${gender}`) }))}
        />
        <ChoiceGroup
          name="eligibility.residenceStatuses"
          label={t('provider.residenceStatuses')}
          hint={t('provider.noneMeansAll')}
          options={labels.options('ResidenceStatus', RESIDENCE_STATUSES)}
        />
        <div className="form-grid">
          <TextInput name="startsOn" type="date" label={t('provider.startsOn')} />
          <TextInput name="endsOn" type="date" label={t('provider.endsOn')} />
          <TextInput name="costEuro" type="number" label={t('provider.costEuro')} hint={t('provider.costHint')} />
          <TextInput name="costNote" label={t('provider.costNote')} />
        </div>
      </div>
    </fieldset>
  );
}
