import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { zDataCategory, zGoalInput, zMeasureInput } from '../../../api/generated/case-service.zod';
import { Form } from '../../../components/form/Form';
import { SelectInput, TextInput } from '../../../components/form/Inputs';
import { useApiForm } from '../../../forms/useApiForm';
import { useLabels } from '../../../i18n/format';
import type { VersionedCase } from '../caseData';
import { memberNameOf } from '../caseInput';
import type { CaseState } from '../caseTypes';

const goalSchema = zGoalInput.refine((values) => Boolean(values.needId) || Boolean(values.category), {
  path: ['category'],
  params: { rule: 'required' },
});
export type GoalValues = z.infer<typeof zGoalInput>;
export type MeasureValues = z.infer<typeof zMeasureInput>;

/** A goal of the support plan: what for (a need, or a data category that says who may see it). */
export function GoalForm({
  state,
  save,
  onDone,
  onCancel,
}: {
  state: CaseState;
  save: (values: GoalValues) => Promise<VersionedCase>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const api = useApiForm({
    schema: goalSchema,
    defaultValues: { title: '', needId: '', category: '' } as never,
    submit: save,
    confirmation: (_, values: GoalValues) => t('plan.goalAdded', { title: values.title }),
    onDone,
  });
  const needs = (state.needs ?? []).filter((need) => !need.closedOn);
  return (
    <Form api={api} label={t('goal.add')} submit={t('goal.add')} onCancel={onCancel}>
      <TextInput name="title" label={t('goal.goalTitle')} required />
      <div className="form-grid">
        <SelectInput
          name="needId"
          label={t('goal.need')}
          options={needs.map((need) => ({
            value: need.id ?? '',
            label: `${labels.label('NeedKind', need.kind)} – ${need.memberId ? memberNameOf(state, need.memberId) : t('needs.household')}`,
          }))}
        />
        <SelectInput
          name="category"
          label={t('goal.category')}
          hint={t('plan.categoryHint')}
          options={labels.options('DataCategory', zDataCategory.options)}
        />
      </div>
    </Form>
  );
}

/** A measure towards a goal: what, who is responsible (KIM or an authority taking part), by when. */
export function MeasureForm({
  authorities,
  measure,
  save,
  onDone,
  onCancel,
}: {
  authorities: string[];
  measure?: MeasureValues;
  save: (values: MeasureValues) => Promise<VersionedCase>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const api = useApiForm({
    schema: zMeasureInput,
    defaultValues: {
      description: measure?.description ?? '',
      responsibleAuthority: measure?.responsibleAuthority ?? 'KIM',
      dueDate: measure?.dueDate ?? '',
      status: measure?.status ?? 'PLANNED',
      endedOn: measure?.endedOn ?? '',
    } as never,
    submit: save,
    confirmation: (_, values: MeasureValues) =>
      measure ? t('plan.measureSaved', { measure: values.description }) : t('plan.measureAdded', { measure: values.description }),
    onDone,
  });
  return (
    <Form
      api={api}
      label={measure ? t('plan.editMeasure', { measure: measure.description }) : t('goal.addMeasure')}
      submit={measure ? t('plan.saveMeasure') : t('goal.addMeasure')}
      onCancel={onCancel}
    >
      <TextInput name="description" label={t('goal.measure')} required />
      <div className="form-grid">
        <SelectInput
          name="responsibleAuthority"
          label={t('goal.responsible')}
          required
          options={labels.options('Authority', ['KIM', ...authorities])}
        />
        <TextInput name="dueDate" label={t('goal.dueDate')} type="date" />
      </div>
    </Form>
  );
}
