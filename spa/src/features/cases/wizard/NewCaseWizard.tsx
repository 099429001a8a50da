import { useEffect, useRef, useState } from 'react';
import { FormProvider, type FieldPath } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { callWithVersion, cases } from '../../../api/client';
import { CONFIRMATION_CARRIED } from '../../../components/Announcer';
import { ProblemAlert } from '../../../components/States';
import { withoutEmptyValues } from '../../../forms/schemas';
import { useApiForm } from '../../../forms/useApiForm';
import { HelpLink } from '../../help/HelpLink';
import { caseKey } from '../caseData';
import type { CaseInput } from '../caseInput';
import { focusSoon } from '../common/useEditing';
import { HouseholdStep } from './HouseholdStep';
import { ReviewStep } from './ReviewStep';
import { WhereStep } from './WhereStep';
import { errorPaths, LAST_STEP, STEPS, stepOf, wizardDefaults, wizardSchema, type WizardValues } from './wizardSchema';

/**
 * A new case in three steps: where the household lives, who belongs to it, and a last look before it is opened. One
 * form across the steps; each step is checked before "Weiter", and what the API refuses is shown at its field on its
 * step. The step is in the address, so the browser's "Zurück" goes back a step with everything typed kept.
 */
export function NewCaseWizard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [reached, setReached] = useState(0);
  const step = Math.min(Math.max(Number(params.get('step') ?? 1) - 1 || 0, 0), reached);

  const api = useApiForm({
    schema: wizardSchema,
    defaultValues: wizardDefaults() as never,
    submit: (values: WizardValues) => callWithVersion(cases.POST('/api/cases', { body: withoutEmptyValues(values) as CaseInput })),
    confirmation: (created) => t('wizard.created', { number: created.data.number }),
    onDone: (created) => {
      queryClient.setQueryData(caseKey(created.data.id!), { state: created.data, etag: created.etag });
      void queryClient.invalidateQueries({ queryKey: ['worklist'] });
      void queryClient.invalidateQueries({ queryKey: ['caseload'] });
      navigate(`/cases/${created.data.id}`, { replace: true, state: CONFIRMATION_CARRIED });
    },
  });

  // A new step (by the buttons or the browser's history) takes the focus to its heading, or to the field to correct.
  const shown = useRef(step);
  const focusNext = useRef<string>(undefined);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    const field = focusNext.current;
    focusNext.current = undefined;
    if (field) api.form.setFocus(field as FieldPath<WizardValues>);
    else focusSoon('wizard-step-title');
  }, [step, api.form]);

  const goTo = (next: number, field?: string) => {
    focusNext.current = field;
    setReached((before) => Math.max(before, next));
    setParams(next === 0 ? {} : { step: String(next + 1) });
  };

  async function next() {
    if (await api.form.trigger(STEPS[step].fields as unknown as FieldPath<WizardValues>[], { shouldFocus: true })) goTo(step + 1);
  }

  /** Sends the case; a field the API (or the check before sending) refuses sends the person back to its step and field. */
  async function create() {
    let errors: object = {};
    const stop = api.form.subscribe({ formState: { errors: true }, callback: (state) => (errors = state.errors ?? errors) });
    try {
      await api.onSubmit();
    } finally {
      stop();
    }
    const first = errorPaths(errors)
      .map((path) => ({ path, step: stepOf(path) }))
      .find((error) => error.step !== undefined && error.step < LAST_STEP);
    if (first) goTo(first.step!, first.path);
  }

  return (
    <div className="kern-stack wizard">
      <h1 className="kern-heading-large">{t('wizard.title')}</h1>
      <HelpLink topic="newCase" />
      <ol className="wizard-steps" aria-label={t('wizard.steps')}>
        {STEPS.map((candidate, index) => (
          <li
            key={candidate.name}
            aria-current={index === step ? 'step' : undefined}
            className={index < step ? 'wizard-steps__done' : undefined}
          >
            {t(`wizard.step.${candidate.name}`)}
          </li>
        ))}
      </ol>
      <FormProvider {...api.form}>
        <form
          className="stacked-form wizard-form"
          aria-labelledby="wizard-step-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void (step < LAST_STEP ? next() : create());
          }}
        >
          <h2 id="wizard-step-title" className="kern-heading-medium" tabIndex={-1}>
            {t('wizard.stepOf', { number: step + 1, total: STEPS.length, name: t(`wizard.step.${STEPS[step].name}`) })}
          </h2>
          {step === 0 && <WhereStep />}
          {step === 1 && <HouseholdStep />}
          {step === 2 && <ReviewStep onChange={(target) => goTo(target)} />}
          {(api.problem !== undefined || api.elsewhere.length > 0) && (
            <ProblemAlert error={api.problem} details={api.elsewhere} onRetry={() => void create()} />
          )}
          <div className="form-actions">
            {step < LAST_STEP ? (
              <button key="next" type="submit" className="kern-btn kern-btn--primary">
                <span className="kern-label">{t('common.next')}</span>
              </button>
            ) : (
              <button
                key="create"
                type="submit"
                className="kern-btn kern-btn--primary"
                disabled={api.busy}
                aria-busy={api.busy || undefined}
              >
                <span className="kern-label">{t('wizard.create')}</span>
              </button>
            )}
            {step > 0 && (
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => goTo(step - 1)}>
                <span className="kern-label">{t('common.back')}</span>
              </button>
            )}
          </div>
        </form>
      </FormProvider>
    </div>
  );
}
