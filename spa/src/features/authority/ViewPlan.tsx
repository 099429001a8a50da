import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { Empty } from '../../components/States';
import { todayIso, useLabels } from '../../i18n/format';
import { SectionHeading } from '../cases/common/SectionHeading';
import { useMemberName, type ViewData } from './viewData';

/** The needs in the shared categories, open first, for whom and since when closed. */
export function ViewNeeds({ data }: { data: ViewData }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const memberName = useMemberName(data);
  const needs = [...(data.needs ?? [])].sort((a, b) => Number(Boolean(a.closedOn)) - Number(Boolean(b.closedOn)));
  return (
    <section aria-labelledby="view-needs" className="case-section">
      <SectionHeading id="view-needs" title={t('authorityView.section.needs')} />
      {needs.length === 0 && <Empty text={t('authorityView.noNeeds')} />}
      <ul className="item-list">
        {needs.map((need) => (
          <li key={need.id} className="item-list__item">
            <div>
              <strong>
                {labels.label('NeedKind', need.kind)} – {memberName(need.memberId)}
              </strong>
              <div className="kern-body kern-body--small">
                {need.closedOn
                  ? t('needs.closedOn', { date: labels.date(need.closedOn), reason: labels.label('NeedClosingReason', need.closedReason) })
                  : t('authorityView.needOpen')}
                {' · '}
                {labels.label('DataCategory', need.category)}
                {need.comment && ` · ${need.comment}`}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The support plan's goals in the shared categories, each with its measures: who does what by when. */
export function ViewPlan({ data }: { data: ViewData }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { authority } = useSession();
  const goals = data.goals ?? [];
  return (
    <section aria-labelledby="view-plan" className="case-section">
      <SectionHeading id="view-plan" title={t('authorityView.section.plan')} />
      {goals.length === 0 && <Empty text={t('authorityView.noGoals')} />}
      {goals.map((goal) => (
        <article key={goal.id} className="kern-card goal-card" aria-labelledby={`goal-${goal.id}`}>
          <div className="kern-card__container">
            <h3 id={`goal-${goal.id}`} className="kern-heading-small">
              {goal.title}
            </h3>
            <p className="kern-body kern-body--small">
              {labels.label('GoalStatus', goal.status)} · {labels.label('DataCategory', goal.category)}
            </p>
            {(goal.measures ?? []).length === 0 ? (
              <Empty text={t('authorityView.noMeasures')} />
            ) : (
              <ul className="item-list">
                {(goal.measures ?? []).map((measure) => {
                  const open = ['PLANNED', 'IN_PROGRESS'].includes(measure.status ?? '');
                  return (
                    <li key={measure.id} className="item-list__item">
                      <div>
                        <strong>{measure.description}</strong>{' '}
                        {measure.responsibleAuthority === authority && open && (
                          <span className="kern-badge kern-badge--info">
                            <span className="kern-label">{t('authorityView.yourTask')}</span>
                          </span>
                        )}
                        <div className="kern-body kern-body--small">
                          {labels.label('MeasureStatus', measure.status)}
                          {measure.endedOn && ` ${t('plan.endedOn', { date: labels.date(measure.endedOn) })}`} ·{' '}
                          {t('plan.responsible', { who: labels.label('Authority', measure.responsibleAuthority) })}
                          {measure.dueDate && ` · ${t('goal.due', { date: labels.date(measure.dueDate) })}`}{' '}
                          {open && measure.dueDate && measure.dueDate < todayIso() && (
                            <span className="kern-badge kern-badge--warning">
                              <span className="kern-label">{t('plan.overdue')}</span>
                            </span>
                          )}
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        </article>
      ))}
    </section>
  );
}
