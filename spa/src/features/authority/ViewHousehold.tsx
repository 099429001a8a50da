import { useTranslation } from 'react-i18next';
import { useMunicipalities, usePlaces } from '../../api/reference';
import { Empty } from '../../components/States';
import { useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import { ViewPerson } from './ViewPerson';
import type { ViewData } from './viewData';

/**
 * The household: where it lives and where the case stands (master data), then each person with what is shared of
 * them. Without master data the people have no names; without master data and residence the view has no people.
 */
export function ViewHousehold({ data }: { data: ViewData }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const municipalities = useMunicipalities();
  const places = usePlaces(data.municipalityId);
  const assessment = data.assessment;
  const quarter = places.quarters.find((candidate) => candidate.id === data.quarterId)?.name;
  const accommodation = places.accommodations.find((candidate) => candidate.id === data.accommodationId)?.name;
  // People come from the members (master data or residence) or, failing those, from the shared parts of the assessment.
  const people = data.members ?? (assessment?.members ?? []).map((member) => ({ id: member.memberId }));
  const hasFacts = data.phase !== undefined || Boolean(assessment?.familyStatus) || (assessment?.leisureInterests ?? []).length > 0;
  return (
    <section aria-labelledby="view-household" className="case-section">
      <SectionHeading id="view-household" title={t('authorityView.section.household')} />
      {hasFacts && (
        <dl className="fact-list">
          {data.phase !== undefined && (
            <>
              <dt>{t('case.phase')}</dt>
              <dd>
                {labels.label('CasePhase', data.phase)}
                {data.phase === 'CLOSED' && data.closedReason ? ` – ${data.closedReason}` : ''}
              </dd>
              <dt>{t('authorityView.livesIn')}</dt>
              <dd>{[municipalities.name(data.municipalityId), quarter, accommodation].filter(Boolean).join(', ')}</dd>
              <dt>{t('case.nextReview')}</dt>
              <dd>{labels.date(data.nextReview)}</dd>
            </>
          )}
          {assessment?.familyStatus && (
            <>
              <dt>{t('assessment.familyStatus')}</dt>
              <dd>{labels.label('FamilyStatus', assessment.familyStatus)}</dd>
            </>
          )}
          {(assessment?.leisureInterests ?? []).length > 0 && (
            <>
              <dt>{t('authorityView.leisure')}</dt>
              <dd>{assessment?.leisureInterests?.join(', ')}</dd>
            </>
          )}
        </dl>
      )}
      {assessment?.assessedOn && (
        <p className="kern-body kern-body--small">{t('authorityView.assessedOn', { date: labels.date(assessment.assessedOn) })}</p>
      )}
      {people.length === 0 ? (
        <Empty text={t('authorityView.noPeople')} />
      ) : (
        <div className="member-list">
          {people.map((member, index) => (
            <ViewPerson
              key={member.id}
              member={member}
              number={index + 1}
              assessment={assessment?.members?.find((candidate) => candidate.memberId === member.id)}
            />
          ))}
        </div>
      )}
    </section>
  );
}
