import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMunicipalities, usePlaces } from '../../../api/reference';
import { useLabels } from '../../../i18n/format';
import { countryName, languageName } from '../../../i18n/places';
import { ActionButton } from '../common/ActionButton';
import type { WizardValues } from './wizardSchema';

/** A last look before the case is opened: where, and each person in words, with the way back to change them. */
export function ReviewStep({ onChange }: { onChange: (step: number) => void }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const values = useWatch<WizardValues>() as WizardValues;
  const municipalities = useMunicipalities();
  const places = usePlaces(values.municipalityId);
  const quarter = places.quarters.find((candidate) => candidate.id === values.quarterId)?.name;
  const accommodation = places.accommodations.find((candidate) => candidate.id === values.accommodationId)?.name;
  const people = values.members ?? [];
  return (
    <div className="wizard-review">
      <section aria-labelledby="review-where" className="wizard-review__part">
        <h3 id="review-where" className="kern-heading-small">
          {t('wizard.step.where')}
        </h3>
        <dl className="fact-list">
          <dt>{t('wizard.municipality')}</dt>
          <dd>{municipalities.name(values.municipalityId)}</dd>
          <dt>{t('wizard.quarter')}</dt>
          <dd>{quarter ?? '–'}</dd>
          <dt>{t('wizard.accommodation')}</dt>
          <dd>{accommodation ?? t('wizard.privateHousing')}</dd>
        </dl>
        <ActionButton kind="tertiary" onClick={() => onChange(0)}>
          {t('wizard.changeWhere')}
        </ActionButton>
      </section>
      {people.map((person, index) => {
        const name = `${person.firstName} ${person.lastName}`;
        return (
          <section key={index} aria-labelledby={`review-person-${index}`} className="wizard-review__part">
            <h3 id={`review-person-${index}`} className="kern-heading-small">
              {t('wizard.member', { number: index + 1 })}: {name}
            </h3>
            <dl className="fact-list">
              <dt>{t('member.birthDate')}</dt>
              <dd>{labels.date(person.birthDate)}</dd>
              <dt>{t('member.gender')}</dt>
              <dd>{labels.label('Gender', person.gender)}</dd>
              <dt>{t('member.nationality')}</dt>
              <dd>{countryName(person.nationality, i18n.language)}</dd>
              <dt>{t('member.languages')}</dt>
              <dd>
                {(person.languages ?? []).filter((skill) => skill.code).length === 0
                  ? '–'
                  : (person.languages ?? [])
                      .filter((skill) => skill.code)
                      .map((skill) => `${languageName(skill.code, i18n.language)} (${labels.label('LanguageLevel', skill.level)})`)
                      .join(', ')}
              </dd>
              <dt>{t('member.residenceStatus')}</dt>
              <dd>{labels.label('ResidenceStatus', person.residenceStatus)}</dd>
              <dt>{t('member.residenceValidUntil')}</dt>
              <dd>{labels.date(person.residenceValidUntil)}</dd>
              <dt>{t('member.arrivalDate')}</dt>
              <dd>{labels.date(person.arrivalDate)}</dd>
            </dl>
            <ActionButton kind="tertiary" onClick={() => onChange(1)}>
              {t('wizard.changePerson', { name })}
            </ActionButton>
          </section>
        );
      })}
    </div>
  );
}
