import { useTranslation } from 'react-i18next';
import { cases } from '../../../api/client';
import { useTeam } from '../../../api/reference';
import { Empty, ProblemAlert } from '../../../components/States';
import { withoutEmptyValues } from '../../../forms/schemas';
import { useLabels } from '../../../i18n/format';
import { useCaseChange } from '../caseData';
import { memberNameOf } from '../caseInput';
import type { CaseState } from '../caseTypes';
import { ActionButton } from '../common/ActionButton';
import { SectionHeading } from '../common/SectionHeading';
import { useCaseAction } from '../common/useCaseAction';
import { useEditing } from '../common/useEditing';
import { AssessmentForm, assessmentInput } from './AssessmentForm';
import { CloseNeedForm, NeedForm } from './NeedForms';

/** The needs assessment and the needs: found by it or added by hand, open or closed with the reason. */
export function NeedsSection({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const team = useTeam();
  const action = useCaseAction();
  const editing = useEditing();
  const id = state.id!;
  const change = useCaseChange(id, (current) => current.needs ?? []);
  const needs = state.needs ?? [];
  const open = needs.filter((need) => !need.closedOn);
  const closed = needs.filter((need) => need.closedOn);
  const needTitle = (need: (typeof needs)[number]) =>
    `${labels.label('NeedKind', need.kind)} – ${need.memberId ? memberNameOf(state, need.memberId) : t('needs.household')}`;
  const start = (key: string) => {
    change.begin();
    editing.start(key);
  };
  const assessment = state.assessment;

  return (
    <section aria-labelledby="needs-title" className="case-section">
      <SectionHeading id="needs-title" title={t('case.section.needs')}>
        {!editing.is('need') && <ActionButton onClick={() => start('need')}>{t('needs.add')}</ActionButton>}
        {!editing.is('assessment') && (
          <ActionButton onClick={() => start('assessment')}>{assessment ? t('needs.reassess') : t('needs.assess')}</ActionButton>
        )}
      </SectionHeading>
      <p className="kern-body">
        {assessment
          ? t('needs.lastAssessment', {
              date: labels.date(assessment.assessedOn),
              by: team.name(assessment.assessedBy, t('overview.unknownPerson')),
              family: labels.label('FamilyStatus', assessment.familyStatus),
            })
          : t('needs.noAssessment')}
      </p>
      {action.problem !== undefined && <ProblemAlert error={action.problem} />}
      {editing.is('assessment') && (
        <AssessmentForm
          state={state}
          save={(values) =>
            change.change((current) =>
              cases.PUT('/api/cases/{id}/assessment', {
                params: { path: { id }, header: { 'If-Match': current.etag } },
                body: assessmentInput(current.state, values) as never,
              }),
            )
          }
          onDone={() => editing.stop('needs-title')}
          onCancel={() => editing.stop('needs-title')}
        />
      )}
      {editing.is('need') && (
        <NeedForm
          state={state}
          save={(values) =>
            change.change((current) =>
              cases.POST('/api/cases/{id}/needs', {
                params: { path: { id }, header: { 'If-Match': current.etag } },
                body: withoutEmptyValues(values),
              }),
            )
          }
          onDone={() => editing.stop('needs-title')}
          onCancel={() => editing.stop('needs-title')}
        />
      )}
      <h3 className="kern-heading-small">{t('needs.open', { count: open.length })}</h3>
      {open.length === 0 && <Empty text={t('needs.noneOpen')} />}
      <ul className="item-list">
        {open.map((need) => (
          <li key={need.id} className="item-list__item">
            <div>
              <strong id={`need-${need.id}`} tabIndex={-1}>
                {needTitle(need)}
              </strong>
              <div className="kern-body kern-body--small">
                {need.derived ? t('needs.derived') : t('needs.byHand')}
                {need.comment && ` · ${need.comment}`}
              </div>
              {editing.is('close:' + need.id) && (
                <CloseNeedForm
                  title={needTitle(need)}
                  save={(values) =>
                    change.change((current) =>
                      cases.POST('/api/cases/{id}/needs/{need}/close', {
                        params: { path: { id, need: need.id! }, header: { 'If-Match': current.etag } },
                        body: withoutEmptyValues(values),
                      }),
                    )
                  }
                  onDone={() => editing.stop('needs-title')}
                  onCancel={() => editing.stop(`need-${need.id}`)}
                />
              )}
            </div>
            {!editing.is('close:' + need.id) && (
              <ActionButton
                kind="tertiary"
                onClick={() => start('close:' + need.id)}
                aria-label={t('needs.closeTitle', { need: needTitle(need) })}
              >
                {t('needs.close')}
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
      {closed.length > 0 && (
        <>
          <h3 className="kern-heading-small">{t('needs.closedTitle', { count: closed.length })}</h3>
          <ul className="item-list">
            {closed.map((need) => (
              <li key={need.id} className="item-list__item">
                <div>
                  <span id={`need-${need.id}`} tabIndex={-1}>
                    {needTitle(need)}
                  </span>
                  <div className="kern-body kern-body--small">
                    {t('needs.closedOn', {
                      date: labels.date(need.closedOn),
                      reason: labels.label('NeedClosingReason', need.closedReason),
                    })}
                    {need.closedNote && ` · ${need.closedNote}`}
                  </div>
                </div>
                <ActionButton
                  kind="tertiary"
                  aria-label={t('needs.reopenTitle', { need: needTitle(need) })}
                  busy={action.isBusy('reopen:' + need.id)}
                  onClick={() =>
                    void action.run(
                      'reopen:' + need.id,
                      () =>
                        change.change((current) =>
                          cases.POST('/api/cases/{id}/needs/{need}/reopen', {
                            params: { path: { id, need: need.id! }, header: { 'If-Match': current.etag } },
                          }),
                        ),
                      t('needs.reopened', { need: needTitle(need) }),
                    )
                  }
                >
                  {t('needs.reopen')}
                </ActionButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
