import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, cases, type CaseSchemas } from '../../api/client';
import { useAction } from '../../api/useAction';
import { todayIso, useLabels } from '../../i18n/format';
import { Button, CheckboxGroup, SelectField, TextField } from '../../components/Fields';
import { Empty, ProblemAlert } from '../../components/States';
import { memberNameOf, type CaseSectionProps } from './caseTypes';
import { AUTHORITIES, DATA_CATEGORIES, EMPLOYMENT, FAMILY_STATUSES, SCHOOLING } from '../../api/enums';

/** Needs assessment (seed 002), the needs derived from it, the support plan's goals and measures, and conferences. */
export function PlanSection(props: CaseSectionProps) {
  const { t } = useTranslation();
  return (
    <section id="plan" aria-labelledby="plan-title" className="case-section">
      <h2 id="plan-title" className="kern-heading-medium">
        {t('case.section.plan')}
      </h2>
      <AssessmentForm {...props} />
      <Needs {...props} />
      <Goals {...props} />
      <Conferences {...props} />
    </section>
  );
}

type MemberAnswers = CaseSchemas['MemberAssessmentInput'];

function AssessmentForm({ state, etag, reload }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const previous = state.assessment;
  const [assessedOn, setAssessedOn] = useState(previous?.assessedOn ?? todayIso());
  const [familyStatus, setFamilyStatus] = useState(previous?.familyStatus ?? '');
  const [answers, setAnswers] = useState<MemberAnswers[]>(
    (state.members ?? []).map((member) => {
      const before = previous?.members?.find((answer) => answer.memberId === member.id);
      // The form asks a part of the questionnaire; the answers it does not ask are sent back as they were, because
      // the API replaces the whole assessment.
      return {
        memberId: member.id!,
        yearsOfSchooling: before?.yearsOfSchooling,
        vocationalQualification: before?.vocationalQualification,
        qualificationRecognised: before?.qualificationRecognised,
        schooling: (before?.schooling ?? undefined) as MemberAnswers['schooling'],
        employment: (before?.employment ?? undefined) as MemberAnswers['employment'],
        inChildcareOrSchool: before?.inChildcareOrSchool ?? false,
        healthSupport: before?.healthSupport ?? false,
      };
    }),
  );
  const change = (index: number, patch: Partial<MemberAnswers>) =>
    setAnswers((current) => current.map((answer, at) => (at === index ? { ...answer, ...patch } : answer)));
  return (
    <form
      className="stacked-form"
      aria-labelledby="assessment-title"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            call(
              cases.PUT('/api/cases/{id}/assessment', {
                params: { path: { id: state.id! }, header: { 'If-Match': etag } },
                body: {
                  assessedOn,
                  familyStatus: familyStatus as CaseSchemas['FamilyStatus'],
                  members: answers,
                  leisureInterests: previous?.leisureInterests,
                  // Needs added by hand stay (the derived ones follow from the answers).
                  additionalNeeds: (state.needs ?? [])
                    .filter((need) => !need.derived)
                    .map((need) => ({ kind: need.kind as CaseSchemas['NeedKind'], memberId: need.memberId, comment: need.comment })),
                },
              }),
            ),
          reload,
        );
      }}
    >
      <h3 id="assessment-title" className="kern-heading-small">
        {t('assessment.title')}
      </h3>
      {previous && (
        <p className="kern-body kern-body--small">
          {t('assessment.last', { date: labels.date(previous.assessedOn), by: previous.assessedBy })}
        </p>
      )}
      <TextField
        label={t('assessment.assessedOn')}
        field="assessedOn"
        type="date"
        value={assessedOn}
        onChange={setAssessedOn}
        error={action.error}
        required
      />
      <SelectField
        label={t('assessment.familyStatus')}
        field="familyStatus"
        value={familyStatus}
        empty={t('common.chooseCategory')}
        required
        onChange={setFamilyStatus}
        error={action.error}
        options={labels.options('FamilyStatus', FAMILY_STATUSES)}
      />
      {answers.map((answer, index) => (
        <fieldset key={answer.memberId} className="kern-fieldset">
          <legend className="kern-label">{memberNameOf(state, answer.memberId)}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            <SelectField
              label={t('assessment.schooling')}
              field={`members[${index}].schooling`}
              value={answer.schooling ?? ''}
              empty="–"
              onChange={(value) => change(index, { schooling: (value || undefined) as MemberAnswers['schooling'] })}
              error={action.error}
              options={labels.options('Schooling', SCHOOLING)}
            />
            <SelectField
              label={t('assessment.employment')}
              field={`members[${index}].employment`}
              value={answer.employment ?? ''}
              empty="–"
              onChange={(value) => change(index, { employment: (value || undefined) as MemberAnswers['employment'] })}
              error={action.error}
              options={labels.options('Employment', EMPLOYMENT)}
            />
            <CheckboxGroup
              label={t('assessment.situation')}
              field={`members[${index}]`}
              values={[answer.inChildcareOrSchool ? 'inChildcareOrSchool' : '', answer.healthSupport ? 'healthSupport' : ''].filter(
                Boolean,
              )}
              onChange={(values) =>
                change(index, {
                  inChildcareOrSchool: values.includes('inChildcareOrSchool'),
                  healthSupport: values.includes('healthSupport'),
                })
              }
              options={[
                { value: 'inChildcareOrSchool', label: t('assessment.inChildcareOrSchool') },
                { value: 'healthSupport', label: t('assessment.healthSupport') },
              ]}
            />
          </div>
        </fieldset>
      ))}
      <Button type="submit" busy={action.busy}>
        {t('assessment.save')}
      </Button>
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(reload)} />}
    </form>
  );
}

function Needs({ state }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <>
      <h3 className="kern-heading-small">{t('need.title')}</h3>
      {(state.needs ?? []).length === 0 ? (
        <Empty text={t('need.none')} />
      ) : (
        <ul className="kern-list">
          {(state.needs ?? []).map((need) => (
            <li key={need.id}>
              {labels.label('NeedKind', need.kind)} – {memberNameOf(state, need.memberId)}
              {need.derived && <span className="kern-body--muted"> ({t('need.derived')})</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Goals({ state, etag, reload }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const [title, setTitle] = useState('');
  const [needId, setNeedId] = useState('');
  // A goal for a need takes the need's category; one without a need says which category it belongs to.
  const [category, setCategory] = useState('');
  return (
    <>
      <h3 className="kern-heading-small">{t('goal.title')}</h3>
      {(state.goals ?? []).length === 0 && <Empty text={t('goal.none')} />}
      <ul className="kern-list goal-list">
        {(state.goals ?? []).map((goal) => (
          <li key={goal.id}>
            <strong>{goal.title}</strong> · {labels.label('GoalStatus', goal.status)}
            <ul className="kern-list">
              {(goal.measures ?? []).map((measure) => (
                <li key={measure.id}>
                  {measure.description} – {labels.label('Authority', measure.responsibleAuthority)} ·{' '}
                  {labels.label('MeasureStatus', measure.status)}
                  {measure.dueDate && ` · ${t('goal.due', { date: labels.date(measure.dueDate) })}`}
                </li>
              ))}
            </ul>
            <MeasureForm state={state} etag={etag} reload={reload} goalId={goal.id!} />
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        aria-label={t('goal.add')}
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(
            () =>
              call(
                cases.POST('/api/cases/{id}/goals', {
                  params: { path: { id: state.id! }, header: { 'If-Match': etag } },
                  body: { title, needId: needId || undefined, category: needId ? undefined : (category as CaseSchemas['DataCategory']) },
                }),
              ),
            () => {
              setTitle('');
              reload();
            },
          );
        }}
      >
        <TextField label={t('goal.goalTitle')} field="title" value={title} onChange={setTitle} error={action.error} required />
        <SelectField
          label={t('goal.need')}
          field="needId"
          value={needId}
          onChange={setNeedId}
          empty="–"
          error={action.error}
          options={(state.needs ?? []).map((need) => ({
            value: need.id!,
            label: `${labels.label('NeedKind', need.kind)} – ${memberNameOf(state, need.memberId)}`,
          }))}
        />
        {!needId && (
          <SelectField
            label={t('goal.category')}
            field="category"
            value={category}
            onChange={setCategory}
            empty={t('common.chooseCategory')}
            required
            error={action.error}
            options={labels.options('DataCategory', DATA_CATEGORIES)}
          />
        )}
        <Button type="submit" busy={action.busy}>
          {t('goal.add')}
        </Button>
      </form>
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(reload)} />}
    </>
  );
}

function MeasureForm({ state, etag, reload, goalId }: CaseSectionProps & { goalId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const [description, setDescription] = useState('');
  const [responsibleAuthority, setResponsibleAuthority] = useState('KIM');
  const [dueDate, setDueDate] = useState('');
  return (
    <form
      className="inline-form"
      aria-label={t('goal.addMeasure')}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(
          () =>
            call(
              cases.POST('/api/cases/{id}/goals/{goal}/measures', {
                params: { path: { id: state.id!, goal: goalId }, header: { 'If-Match': etag } },
                body: { description, responsibleAuthority, dueDate: dueDate || undefined },
              }),
            ),
          () => {
            setDescription('');
            reload();
          },
        );
      }}
    >
      <TextField
        label={t('goal.measure')}
        field="description"
        value={description}
        onChange={setDescription}
        error={action.error}
        required
      />
      <SelectField
        label={t('goal.responsible')}
        field="responsibleAuthority"
        value={responsibleAuthority}
        onChange={setResponsibleAuthority}
        error={action.error}
        options={labels.options('Authority', ['KIM', ...AUTHORITIES])}
      />
      <TextField label={t('goal.dueDate')} field="dueDate" type="date" value={dueDate} onChange={setDueDate} error={action.error} />
      <Button type="submit" kind="secondary" busy={action.busy}>
        {t('goal.addMeasure')}
      </Button>
      {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(reload)} />}
    </form>
  );
}

function Conferences({ state, etag, reload }: CaseSectionProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const action = useAction();
  const [heldOn, setHeldOn] = useState(todayIso());
  const [participants, setParticipants] = useState<string[]>(['KIM']);
  const [decision, setDecision] = useState('');
  const [responsibleAuthority, setResponsibleAuthority] = useState('KIM');
  const [category, setCategory] = useState('');
  const taking = [
    'KIM',
    ...(state.participations ?? []).filter((participation) => !participation.until).map((participation) => participation.authority!),
  ];
  return (
    <>
      <h3 className="kern-heading-small">{t('conference.title')}</h3>
      {(state.conferences ?? []).length === 0 && <Empty text={t('conference.none')} />}
      <ul className="kern-list">
        {(state.conferences ?? []).map((conference) => (
          <li key={conference.id}>
            {labels.date(conference.heldOn)} –{' '}
            {(conference.participants ?? []).map((participant) => labels.label('Authority', participant)).join(', ')}
            <ul className="kern-list">
              {(conference.decisions ?? []).map((made, index) => (
                <li key={index}>{made.text}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <form
        className="stacked-form"
        aria-label={t('conference.add')}
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(
            () =>
              call(
                cases.POST('/api/cases/{id}/conferences', {
                  params: { path: { id: state.id! }, header: { 'If-Match': etag } },
                  body: {
                    heldOn,
                    participants,
                    decisions: decision
                      ? [
                          {
                            text: decision,
                            responsibleAuthority,
                            category: (category || undefined) as CaseSchemas['DataCategory'] | undefined,
                          },
                        ]
                      : [],
                  },
                }),
              ),
            () => {
              setDecision('');
              reload();
            },
          );
        }}
      >
        <TextField
          label={t('conference.heldOn')}
          field="heldOn"
          type="date"
          value={heldOn}
          onChange={setHeldOn}
          error={action.error}
          required
        />
        <CheckboxGroup
          label={t('conference.participants')}
          field="participants"
          values={participants}
          onChange={setParticipants}
          error={action.error}
          options={labels.options('Authority', taking)}
        />
        <TextField
          label={t('conference.decision')}
          field="decisions[0].text"
          value={decision}
          onChange={setDecision}
          error={action.error}
          multiline
        />
        <SelectField
          label={t('goal.responsible')}
          field="decisions[0].responsibleAuthority"
          value={responsibleAuthority}
          onChange={setResponsibleAuthority}
          error={action.error}
          options={labels.options('Authority', taking)}
        />
        <SelectField
          label={t('conference.category')}
          field="decisions[0].category"
          value={category}
          onChange={setCategory}
          empty="–"
          error={action.error}
          options={labels.options('DataCategory', DATA_CATEGORIES)}
        />
        <Button type="submit" busy={action.busy}>
          {t('conference.add')}
        </Button>
        {action.error !== undefined && <ProblemAlert error={action.error} onRetry={action.retryAfter(reload)} />}
      </form>
    </>
  );
}
