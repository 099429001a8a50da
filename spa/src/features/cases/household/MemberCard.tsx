import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../i18n/format';
import { countryName, languageName } from '../../../i18n/places';
import { todayIso } from '../../../i18n/format';
import type { Member } from '../caseTypes';
import { ActionButton } from '../common/ActionButton';

/** Days before the end of a permit from which the worklist flags it (the case-service's RiskRules). */
const PERMIT_WARNING_DAYS = 60;

function permitState(until?: string | null): 'expired' | 'expiring' | undefined {
  if (!until) return undefined;
  const today = todayIso();
  if (until < today) return 'expired';
  const warning = new Date(Date.parse(today) + PERMIT_WARNING_DAYS * 86_400_000).toISOString().slice(0, 10);
  return until <= warning ? 'expiring' : undefined;
}

/** A person of the household as people read it, with the actions on them. */
export function MemberCard({
  member,
  onEdit,
  onEditPermit,
  onRemove,
  removing,
}: {
  member: Member;
  onEdit: () => void;
  onEditPermit: () => void;
  /** Absent when the person cannot be removed (a case needs at least one). */
  onRemove?: () => void;
  removing: boolean;
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const name = `${member.firstName} ${member.lastName}`;
  const permit = permitState(member.residenceValidUntil);
  return (
    <article className="kern-card member-card" aria-labelledby={`member-${member.id}`}>
      <div className="kern-card__container">
        <h3 id={`member-${member.id}`} className="kern-heading-small" tabIndex={-1}>
          {name}
        </h3>
        <dl className="fact-list">
          <dt>{t('member.birthDate')}</dt>
          <dd>{labels.date(member.birthDate)}</dd>
          <dt>{t('member.gender')}</dt>
          <dd>{labels.label('Gender', member.gender)}</dd>
          <dt>{t('member.nationality')}</dt>
          <dd>{countryName(member.nationality, i18n.language)}</dd>
          <dt>{t('member.languages')}</dt>
          <dd>
            {(member.languages ?? []).length === 0
              ? '–'
              : (member.languages ?? [])
                  .map(
                    (skill) =>
                      `${languageName(skill.code, i18n.language)} (${t(`enum.LanguageLevel.${skill.level}`, { defaultValue: skill.level })})`,
                  )
                  .join(', ')}
          </dd>
          <dt>{t('member.residenceStatus')}</dt>
          <dd>{labels.label('ResidenceStatus', member.residenceStatus)}</dd>
          <dt>{t('member.residenceValidUntil')}</dt>
          <dd>
            {labels.date(member.residenceValidUntil)}{' '}
            {permit && (
              <span className={'kern-badge ' + (permit === 'expired' ? 'kern-badge--danger' : 'kern-badge--warning')}>
                <span className="kern-label">{t(`household.permit.${permit}`)}</span>
              </span>
            )}
          </dd>
          <dt>{t('member.arrivalDate')}</dt>
          <dd>{labels.date(member.arrivalDate)}</dd>
        </dl>
        <div className="card-actions">
          <ActionButton onClick={onEditPermit} aria-label={t('household.editPermitOf', { name })}>
            {t('household.editPermitShort')}
          </ActionButton>
          <ActionButton onClick={onEdit} aria-label={t('household.editPerson', { name })}>
            {t('common.edit')}
          </ActionButton>
          {onRemove && (
            <ActionButton kind="tertiary" onClick={onRemove} busy={removing} aria-label={t('household.removePerson', { name })}>
              {t('household.remove')}
            </ActionButton>
          )}
        </div>
      </div>
    </article>
  );
}
