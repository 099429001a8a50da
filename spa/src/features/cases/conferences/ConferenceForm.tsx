import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { zConferenceInput, zDataCategory } from '../../../api/generated/case-service.zod';
import { Form } from '../../../components/form/Form';
import { ChoiceGroup, SelectInput, TextInput } from '../../../components/form/Inputs';
import { pastOrPresentDate } from '../../../forms/schemas';
import { useApiForm } from '../../../forms/useApiForm';
import { todayIso, useLabels } from '../../../i18n/format';
import type { VersionedCase } from '../caseData';
import { ActionButton } from '../common/ActionButton';

const conferenceSchema = zConferenceInput.extend({ heldOn: pastOrPresentDate });
export type ConferenceValues = z.infer<typeof conferenceSchema>;

/** The minutes of a case conference: when, who took part, what was decided (each decision becomes a measure). */
export function ConferenceForm({
  authorities,
  goals,
  save,
  onDone,
  onCancel,
}: {
  authorities: string[];
  goals: { id: string; title: string }[];
  save: (values: ConferenceValues) => Promise<VersionedCase>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const api = useApiForm({
    schema: conferenceSchema,
    defaultValues: {
      heldOn: todayIso(),
      participants: ['KIM'],
      decisions: [{ text: '', responsibleAuthority: 'KIM', dueDate: '', goalId: '', category: '' }],
    } as never,
    submit: save,
    confirmation: (_, values: ConferenceValues) =>
      t('conferences.recorded', { date: labels.date(values.heldOn), count: values.decisions.length }),
    onDone,
  });
  return (
    <Form api={api} label={t('conference.add')} submit={t('conference.add')} onCancel={onCancel}>
      <TextInput name="heldOn" label={t('conference.heldOn')} type="date" required />
      <ChoiceGroup
        name="participants"
        label={t('conference.participants')}
        required
        options={labels.options('Authority', ['KIM', ...authorities])}
      />
      <Decisions authorities={authorities} goals={goals} />
    </Form>
  );
}

function Decisions({ authorities, goals }: { authorities: string[]; goals: { id: string; title: string }[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'decisions' });
  return (
    <>
      {fields.map((field, index) => (
        <fieldset key={field.id} className="kern-fieldset">
          <legend className="kern-label">{t('conferences.decisionN', { number: index + 1 })}</legend>
          <div className="kern-fieldset__body">
            <TextInput name={`decisions.${index}.text`} label={t('conference.decision')} required />
            <div className="form-grid">
              <SelectInput
                name={`decisions.${index}.responsibleAuthority`}
                label={t('goal.responsible')}
                required
                options={labels.options('Authority', ['KIM', ...authorities])}
              />
              <TextInput name={`decisions.${index}.dueDate`} label={t('goal.dueDate')} type="date" />
              <SelectInput
                name={`decisions.${index}.goalId`}
                label={t('conferences.goal')}
                empty={t('conferences.newGoal')}
                options={goals.map((goal) => ({ value: goal.id, label: goal.title }))}
              />
              <SelectInput
                name={`decisions.${index}.category`}
                label={t('conference.category')}
                hint={t('conferences.categoryHint')}
                options={labels.options('DataCategory', zDataCategory.options)}
              />
            </div>
            {fields.length > 1 && (
              <ActionButton kind="tertiary" onClick={() => remove(index)}>
                {t('conferences.removeDecision', { number: index + 1 })}
              </ActionButton>
            )}
          </div>
        </fieldset>
      ))}
      <ActionButton
        kind="tertiary"
        onClick={() => append({ text: '', responsibleAuthority: 'KIM', dueDate: '', goalId: '', category: '' })}
      >
        {t('conferences.addDecision')}
      </ActionButton>
    </>
  );
}
