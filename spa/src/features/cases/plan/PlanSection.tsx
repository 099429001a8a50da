import { useTranslation } from 'react-i18next';
import { cases, type CaseSchemas } from '../../../api/client';
import { Empty, ProblemAlert } from '../../../components/States';
import { withoutEmptyValues } from '../../../forms/schemas';
import { todayIso, useLabels } from '../../../i18n/format';
import { useCaseChange } from '../caseData';
import type { CaseState } from '../caseTypes';
import { ActionButton } from '../common/ActionButton';
import { SectionHeading } from '../common/SectionHeading';
import { useCaseAction } from '../common/useCaseAction';
import { useEditing } from '../common/useEditing';
import { GoalForm, MeasureForm, type MeasureValues } from './PlanForms';
import { MeasureRow } from './MeasureRow';

type Goal = CaseSchemas['Goal'];
type Measure = CaseSchemas['Measure'];

/** The support plan (Hilfeplan): goals, and for each the measures with who does them by when, moved on step by step. */
export function PlanSection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const editing = useEditing();
  const action = useCaseAction();
  const id = state.id!;
  const change = useCaseChange(id, (current) => current.goals ?? []);
  const authorities = (state.participations ?? []).filter((p) => !p.until || p.until >= todayIso()).map((p) => p.authority ?? '');
  const goals = state.goals ?? [];

  const goalInput = (goal: Goal, status: string) => ({
    title: goal.title ?? '',
    needId: goal.needId,
    category: goal.category,
    status: status as never,
  });
  const measureInput = (measure: Measure, patch: Partial<MeasureValues>) =>
    ({
      description: measure.description ?? '',
      responsibleAuthority: measure.responsibleAuthority ?? 'KIM',
      dueDate: measure.dueDate,
      status: measure.status,
      endedOn: measure.endedOn,
      ...patch,
    }) as MeasureValues;
  const putMeasure = (goal: Goal, measure: Measure, body: MeasureValues) =>
    change.change((current) =>
      cases.PUT('/api/cases/{id}/goals/{goal}/measures/{measure}', {
        params: { path: { id, goal: goal.id!, measure: measure.id! }, header: { 'If-Match': current.etag } },
        body: withoutEmptyValues(body),
      }),
    );

  return (
    <section aria-labelledby="plan-title" className="case-section">
      <SectionHeading id="plan-title" title={t('case.section.plan')}>
        {!editing.is('goal') && <ActionButton onClick={() => editing.start('goal')}>{t('goal.add')}</ActionButton>}
      </SectionHeading>
      {action.problem !== undefined && <ProblemAlert error={action.problem} />}
      {editing.is('goal') && (
        <GoalForm
          state={state}
          save={(values) =>
            change.change((current) =>
              cases.POST('/api/cases/{id}/goals', {
                params: { path: { id }, header: { 'If-Match': current.etag } },
                body: withoutEmptyValues(values),
              }),
            )
          }
          onDone={() => editing.stop('plan-title')}
          onCancel={() => editing.stop('plan-title')}
        />
      )}
      {goals.length === 0 && <Empty text={t('goal.none')} />}
      {goals.map((goal) => (
        <article key={goal.id} className="kern-card goal-card" aria-labelledby={`goal-${goal.id}`}>
          <div className="kern-card__container">
            <div className="section-heading">
              <h3 id={`goal-${goal.id}`} className="kern-heading-small" tabIndex={-1}>
                {goal.title}
              </h3>
              <div className="card-actions">
                {(['ACHIEVED', 'DROPPED', 'OPEN'] as const).map((status) => (
                  <ActionButton
                    key={status}
                    kind="tertiary"
                    disabled={goal.status === status}
                    busy={action.isBusy(`${goal.id}:${status}`)}
                    onClick={() =>
                      void action.run(
                        `${goal.id}:${status}`,
                        () =>
                          change.change((current) =>
                            cases.PUT('/api/cases/{id}/goals/{goal}', {
                              params: { path: { id, goal: goal.id! }, header: { 'If-Match': current.etag } },
                              body: goalInput(goal, status),
                            }),
                          ),
                        t('plan.goalStatus', { title: goal.title, status: labels.label('GoalStatus', status) }),
                      )
                    }
                  >
                    {t(`plan.goalTo.${status}`)}
                  </ActionButton>
                ))}
              </div>
            </div>
            <p className="kern-body kern-body--small">
              {labels.label('GoalStatus', goal.status)} · {labels.label('DataCategory', goal.category)}
            </p>
            <ul className="item-list">
              {(goal.measures ?? []).map((measure) =>
                editing.is('measure:' + measure.id) ? (
                  <li key={measure.id}>
                    <MeasureForm
                      authorities={authorities}
                      measure={measureInput(measure, {})}
                      save={(values) => putMeasure(goal, measure, measureInput(measure, values))}
                      onDone={() => editing.stop(`measure-${measure.id}`)}
                      onCancel={() => editing.stop(`measure-${measure.id}`)}
                    />
                  </li>
                ) : (
                  <MeasureRow
                    key={measure.id}
                    measure={measure}
                    busy={action.busy}
                    onEdit={() => editing.start('measure:' + measure.id)}
                    onStep={(status) =>
                      void action.run(
                        `${measure.id}:${status}`,
                        () =>
                          putMeasure(
                            goal,
                            measure,
                            measureInput(measure, { status, endedOn: status === 'IN_PROGRESS' ? undefined : todayIso() }),
                          ),
                        t('plan.measureStatus', { measure: measure.description, status: labels.label('MeasureStatus', status) }),
                        status === 'CANCELLED'
                          ? {
                              title: t('plan.cancelTitle', { measure: measure.description }),
                              body: t('plan.cancelBody'),
                              confirm: t('plan.cancelConfirm'),
                            }
                          : undefined,
                      )
                    }
                  />
                ),
              )}
            </ul>
            {editing.is('add-measure:' + goal.id) ? (
              <MeasureForm
                authorities={authorities}
                save={(values) =>
                  change.change((current) =>
                    cases.POST('/api/cases/{id}/goals/{goal}/measures', {
                      params: { path: { id, goal: goal.id! }, header: { 'If-Match': current.etag } },
                      body: withoutEmptyValues(values),
                    }),
                  )
                }
                onDone={() => editing.stop(`goal-${goal.id}`)}
                onCancel={() => editing.stop(`goal-${goal.id}`)}
              />
            ) : (
              <ActionButton onClick={() => editing.start('add-measure:' + goal.id)}>{t('goal.addMeasure')}</ActionButton>
            )}
          </div>
        </article>
      ))}
    </section>
  );
}
