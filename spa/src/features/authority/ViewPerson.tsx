import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/format';
import { countryName, languageName } from '../../i18n/places';
import type { ViewAssessmentMember, ViewMember } from './viewData';

/**
 * A person of the household with what the view shares of them: a fact appears only when its category is shared (the
 * key is there), as "–" when shared but not recorded.
 */
export function ViewPerson({
  member,
  number,
  assessment,
}: {
  member: Partial<ViewMember>;
  number: number;
  assessment?: ViewAssessmentMember;
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const name = [member.firstName, member.lastName].filter(Boolean).join(' ') || t('authorityView.personN', { number });
  const yesNo = (value?: boolean | null) => (value === true ? t('authorityView.yes') : value === false ? t('authorityView.no') : '–');
  const facts: [string, ReactNode][] = [];
  const add = (shared: boolean, label: string, value: ReactNode) => shared && facts.push([label, value]);
  add('birthDate' in member, t('member.birthDate'), labels.date(member.birthDate));
  add('gender' in member, t('member.gender'), labels.label('Gender', member.gender));
  add('nationality' in member, t('member.nationality'), countryName(member.nationality, i18n.language));
  add(
    'languages' in member,
    t('member.languages'),
    (member.languages ?? [])
      .map((skill) => `${languageName(skill.code, i18n.language)} (${labels.label('LanguageLevel', skill.level)})`)
      .join(', ') || '–',
  );
  add('arrivalDate' in member, t('member.arrivalDate'), labels.date(member.arrivalDate));
  add('residenceStatus' in member, t('member.residenceStatus'), labels.label('ResidenceStatus', member.residenceStatus));
  add('residenceValidUntil' in member, t('member.residenceValidUntil'), labels.date(member.residenceValidUntil));
  if (assessment) {
    add('schooling' in assessment, t('assessment.schooling'), labels.label('Schooling', assessment.schooling));
    add(
      'yearsOfSchooling' in assessment,
      t('authorityView.yearsOfSchooling'),
      assessment.yearsOfSchooling == null ? '–' : new Intl.NumberFormat(i18n.language).format(assessment.yearsOfSchooling),
    );
    add('vocationalQualification' in assessment, t('assessment.qualification'), assessment.vocationalQualification || '–');
    add('qualificationRecognised' in assessment, t('assessment.qualificationRecognised'), yesNo(assessment.qualificationRecognised));
    add('employment' in assessment, t('assessment.employment'), labels.label('Employment', assessment.employment));
    add('inChildcareOrSchool' in assessment, t('assessment.inChildcareOrSchool'), yesNo(assessment.inChildcareOrSchool));
    add('healthSupport' in assessment, t('assessment.healthSupport'), yesNo(assessment.healthSupport));
  }
  return (
    <article className="kern-card member-card" aria-labelledby={`person-${member.id}`}>
      <div className="kern-card__container">
        <h3 id={`person-${member.id}`} className="kern-heading-small">
          {name}
        </h3>
        {facts.length === 0 ? (
          <p className="kern-body kern-body--small">{t('authorityView.nothingOfPerson')}</p>
        ) : (
          <dl className="fact-list">
            {facts.map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))}
          </dl>
        )}
      </div>
    </article>
  );
}
