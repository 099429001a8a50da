import { useTranslation } from 'react-i18next';
import { zGender, zResidenceStatus } from '../../../api/generated/case-service.zod';
import { SelectInput, TextInput } from '../../../components/form/Inputs';
import { useLabels } from '../../../i18n/format';
import { countryOptions } from '../../../i18n/places';
import { LanguagesInput } from './LanguagesInput';

/**
 * The inputs of a person: names, birth date, gender, nationality and languages chosen by name, arrival, residence
 * status and until when. `prefix` places them in a larger form ("members.1." in the new-case wizard).
 */
export function MemberFields({ prefix = '' }: { prefix?: string }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  return (
    <>
      <div className="form-grid">
        <TextInput name={`${prefix}firstName`} label={t('member.firstName')} required autoComplete="off" />
        <TextInput name={`${prefix}lastName`} label={t('member.lastName')} required autoComplete="off" />
        <TextInput name={`${prefix}birthDate`} label={t('member.birthDate')} type="date" />
        <SelectInput name={`${prefix}gender`} label={t('member.gender')} options={labels.options('Gender', zGender.options)} />
        <SelectInput name={`${prefix}nationality`} label={t('member.nationality')} options={countryOptions(i18n.language)} />
        <TextInput name={`${prefix}arrivalDate`} label={t('member.arrivalDate')} type="date" />
        <SelectInput
          name={`${prefix}residenceStatus`}
          label={t('member.residenceStatus')}
          options={labels.options('ResidenceStatus', zResidenceStatus.options)}
        />
        <TextInput
          name={`${prefix}residenceValidUntil`}
          label={t('member.residenceValidUntil')}
          type="date"
          hint={t('household.validUntilHint')}
        />
      </div>
      <LanguagesInput name={`${prefix}languages`} />
    </>
  );
}
